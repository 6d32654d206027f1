/// <reference types="vite/client" />
/**
 * The parameter-count check of the export run test: every published config the memory engine is
 * tested on (fixtures/configs2026 and referenceConfigs) with the engine's count, for
 * scripts/python/count_parameters.py to compare with what transformers itself builds on the meta
 * device. A difference must be listed below with its reason, or the run fails.
 */
import { countParameters, modelSpecFromConfig } from '../../src/domain/memory';
import type { PublishedConfig } from '../../src/domain/memory/fixtures/configs2026/types';
import { referenceConfigs } from '../../src/domain/memory/fixtures/referenceConfigs';

const fixtures = import.meta.glob<Record<string, unknown>>(
  '../../src/domain/memory/fixtures/configs2026/*.ts',
  { eager: true },
);

export interface ParameterCase {
  config: Record<string, unknown>;
  ours: number;
  /** Which transformers class to build: a causal LM, a bare encoder, or a seq2seq model. */
  kind: 'decoder' | 'encoder' | 'encoder-decoder';
}

/** Where Tunewise's count and transformers' are known to differ, and why. */
export const KNOWN_DIFFERENCES: Record<
  string,
  { difference: number | 'unbuildable'; reason: string }
> = {
  mistralSmall31: {
    difference: 671_088_640,
    reason:
      'the config does not say tie_word_embeddings, and transformers 5.18 ties Mistral3’s 131,072 × 5,120 head to the embeddings by default; the published checkpoint stores both (24.0B), as Tunewise counts',
  },
  gemma4_31b: {
    difference: 2_364,
    reason:
      'the checkpoint stores 2,364 values transformers keeps as buffers (the vision tower’s std_bias and std_scale, 2 × 1,152, and one layer scalar per block), which the published total counts',
  },
  gemma4_26b_a4b: {
    difference: 2_334,
    reason:
      'the checkpoint stores 2,334 values transformers keeps as buffers (the vision tower’s std_bias and std_scale, 2 × 1,152, and one layer scalar for each of the 30 blocks), which the published total counts, as the 31B’s',
  },
  gemma4_e2b: {
    difference: 963,
    reason:
      'the checkpoint stores 963 values transformers keeps as buffers (35 layer scalars, 448 vision and 480 audio clip bounds), which Tunewise counts as the 31B’s',
  },
  gemma3n_e2b: {
    difference: 'unbuildable',
    reason:
      'its MobileNet-v5 vision tower is a timm model; timm needs torchvision, and the package index holds only CUDA builds of it, which do not load beside CPU torch 2.13. Tunewise counts the tower as timm builds it (294,126,912, counted once with timm on the meta device; the commit is in src/domain/memory/visionTowers.ts)',
  },
  'reference:bigscience/T0_3B': t5Head(65_798_144),
  'reference:bigscience/mt0-xxl': t5Head(1_024_458_752),
  'reference:Qwen-1.8B': remoteCode('qwen'),
  'reference:Qwen-7B': remoteCode('qwen'),
  'reference:Qwen-14B': remoteCode('qwen'),
  'reference:Qwen-72B': remoteCode('qwen'),
  'reference:Baichuan-13B': remoteCode('baichuan'),
  falconH1_0_5b: {
    difference: 'unbuildable',
    reason:
      'the trimmed public copy omits mamba_d_ssm, and transformers refuses mamba_expand × hidden_size = 2,048 for 24 heads; Tunewise takes the inner width as mamba_n_heads × mamba_d_head = 1,536, which gives the published 521M',
  },
};

/** T5 v1.1 and mT5 store an untied output head; transformers 5.18 ties it whatever the config says. */
function t5Head(headParameters: number) {
  return {
    difference: headParameters,
    reason:
      'transformers 5.18’s T5Config forces tie_word_embeddings = True (models/t5/configuration_t5.py: “we tie weights always”), while T5 v1.1 and mT5 checkpoints store a separate output head, which the published count includes',
  };
}

function remoteCode(modelType: string) {
  return {
    difference: 'unbuildable' as const,
    reason: `model_type ${modelType} exists only as the checkpoint's own remote code, which cannot be downloaded here`,
  };
}

function isPublished(value: unknown): value is PublishedConfig {
  return typeof value === 'object' && value !== null && 'config' in value && 'published' in value;
}

export function parameterCases(): Record<string, ParameterCase> {
  const cases: Record<string, ParameterCase> = {};
  const add = (name: string, config: Record<string, unknown>) => {
    const spec = modelSpecFromConfig(config);
    const kind =
      spec.numDecoderLayers > 0
        ? 'encoder-decoder'
        : spec.kind === 'encoder'
          ? 'encoder'
          : 'decoder';
    cases[name] = { config, ours: countParameters(spec).total, kind };
  };
  for (const module of Object.values(fixtures)) {
    for (const [name, value] of Object.entries(module as Record<string, unknown>))
      if (isPublished(value)) add(name, value.config);
  }
  for (const [name, reference] of Object.entries(referenceConfigs))
    add(`reference:${name}`, reference.config);
  return cases;
}
