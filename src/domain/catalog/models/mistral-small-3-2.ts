import type { Benchmark, CatalogModel } from '../schema';
import {
  CARD_31,
  CARD_32,
  CONFIG_SOURCE,
  CONTEXT,
  LANGUAGES,
  mistralSmall31Config,
  PARAMETERS,
  SHARED_NOTES,
} from './mistral-small-3-1';

/** The STEM table of the 3.2 card (Small 3.1 and 3.2 Instruct side by side), read in copies. */
const TABLE = `${CARD_32} (STEM table: MMLU, MMLU Pro (5-shot CoT), GPQA Diamond (5-shot CoT) for Small 3.1 and 3.2 24B Instruct; read in third-party copies of the table that agree figure for figure, and whose Small 3.1 column equals the 3.1 card: secondary)`;

const figure = (
  name: Benchmark['name'],
  value: number,
  variant: string,
  shots: number | null,
  setting: string,
): Benchmark => ({
  name,
  value,
  variant,
  language: 'en',
  shots,
  setting,
  source: TABLE,
  status: 'secondary',
});

/** Mistral Small 3.2 (2506, instruct): a minor update of 3.1 on the same architecture. */
export const mistralSmall3_2Models: CatalogModel[] = [
  {
    id: 'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
    name: 'Mistral-Small-3.2-24B-Instruct-2506',
    family: 'Mistral Small 3.2',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: mistralSmall31Config,
    configStatus: 'secondary',
    parameters: {
      ...PARAMETERS,
      source: `${CARD_32}; 24B as Mistral Small 3.1 (${CARD_31}); counted from the shared config: 24,011,361,280`,
    },
    context: { ...CONTEXT, source: `${CARD_32}; ${CARD_31}` },
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context', 'tool-use', 'code'],
    license: { id: 'apache-2.0', status: 'secondary', source: `${CARD_32}; ${CARD_31}` },
    benchmarks: [
      figure('MMLU', 80.5, '', null, 'STEM table of the Mistral Small 3.2 card (shots not stated)'),
      figure(
        'MMLU-Pro',
        69.06,
        'CoT',
        5,
        '5-shot chain-of-thought, STEM table of the Mistral Small 3.2 card',
      ),
      figure(
        'GPQA-Diamond',
        46.13,
        'CoT',
        5,
        '5-shot chain-of-thought, STEM table of the Mistral Small 3.2 card',
      ),
    ],
    released: '2025-06',
    sources: [TABLE, CARD_31, CONFIG_SOURCE],
    notes: [
      'A minor update of Mistral Small 3.1 Instruct: better at following precise instructions, about half as many runaway (infinite or repetitive) generations, and a sturdier function-calling template; other abilities should match or slightly exceed 3.1.',
      'The architecture is that of Mistral Small 3.1 (the card\u2019s key features are "same as" 3.1), so the 3.1 config is used; the 3.2 config.json itself was not read.',
      'Benchmarks from the card\u2019s STEM table in the settings the Mistral Small 3.1 card uses, so the two compare like for like (3.1: MMLU-Pro 66.76, GPQA Diamond 45.96). HumanEval Plus and MBPP Plus are given as pass@5 there, so no HumanEval+ figure (pass@1) is listed.',
      ...SHARED_NOTES,
      'Release month from the model name (2506).',
    ],
  },
];
