import type { CatalogModel } from '../schema';
import { QWEN3_5_CARD_SRC, qwenThinkingFigures } from './sources/qwen-thinking-figures';
import { QWEN3_5_NOTE as NOTE, QWEN3_5_SRC } from './sources/qwen3-5';
import {
  QWEN3_5_35B_A3B_CONFIG,
  QWEN3_5_MOE_NOTE as MOE,
  QWEN3_5_MOE_SRC,
} from './sources/qwen3-5-moe';

/**
 * Qwen3.5-35B-A3B (Qwen, February 2026), base and post-trained: the family's smallest mixture of
 * experts, the hybrid DeltaNet / gated-attention stack with every feed-forward block made of 256
 * small experts. The config is the multimodal one (qwen3_5_moe); see the notes for its sources.
 */

const SRC = { ...QWEN3_5_SRC, ...QWEN3_5_MOE_SRC } as const;

const PARAMETERS = {
  total: 35107181936,
  precision: 'exact',
  active: 3901560176,
  status: 'secondary',
  source: `${SRC.KERAS_QWEN3_5_MOE}; equal to the count computed from this config (active: computed)`,
} as const;

const CONTEXT = {
  native: 262144,
  status: 'unverified',
  source: SRC.TRANSFORMERS,
  note: "Assumed as for the other Qwen3.5 sizes: max_position_embeddings 262144 (not read for this checkpoint; transformers' class default is 32768, which published files override).",
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated: 'Multilingual (Qwen series); the language list of the Qwen3.5 cards was not read',
} as const;

const NOTES = [
  MOE.SHAPE,
  MOE.ACTIVE,
  MOE.MOE_MEMORY,
  NOTE.HYBRID,
  NOTE.VISION,
  NOTE.MTP,
  NOTE.KERNELS,
  NOTE.LICENSE_UNVERIFIED,
];

const SOURCES = [
  SRC.SLIME_35B,
  SRC.TRANSFORMERS,
  SRC.KERAS_QWEN3_5_MOE,
  SRC.HUB_LISTING,
  SRC.QWEN3_README,
];

export const qwen35_35bA3bModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3.5-35B-A3B-Base',
    name: 'Qwen3.5-35B-A3B-Base',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: QWEN3_5_35B_A3B_CONFIG,
    configStatus: 'unverified',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'code', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-02',
    sources: SOURCES,
    notes: [
      'Pretrained checkpoint (created on the Hub on 2026-02-24, per a public listing of the Qwen organisation).',
      ...NOTES,
    ],
  },
  {
    id: 'Qwen/Qwen3.5-35B-A3B',
    name: 'Qwen3.5-35B-A3B',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_5_35B_A3B_CONFIG,
    configStatus: 'unverified',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: qwenThinkingFigures({
      mmluPro: 85.3,
      gpqa: 84.2,
      ifEval: 91.9,
      liveCodeBench: 74.6,
      where: 'Language table of the Qwen3.5-35B-A3B model card (column Qwen3.5-35B-A3B)',
      source: QWEN3_5_CARD_SRC.MEDIUM,
    }),
    released: '2026-02',
    sources: [QWEN3_5_CARD_SRC.MEDIUM, ...SOURCES],
    notes: [
      'Benchmarks: the card\u2019s Language table in thinking mode, the default (Qwen\u2019s evaluation; the same setting as the Qwen3-2507 Thinking cards, whose figures the Qwen3.5 cards reprint). MMLU-Redux is not a catalog benchmark.',
      'Post-trained (chat) model, created on the Hub on 2026-02-24 per a public listing of the Qwen organisation.',
      ...NOTES,
    ],
  },
];
