import type { CatalogModel } from '../schema';
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
    benchmarks: [],
    released: '2025-06',
    sources: [CARD_32, CARD_31, CONFIG_SOURCE],
    notes: [
      'A minor update of Mistral Small 3.1 Instruct: better at following precise instructions, about half as many runaway (infinite or repetitive) generations, and a sturdier function-calling template; other abilities should match or slightly exceed 3.1.',
      'The architecture is that of Mistral Small 3.1 (the card\u2019s key features are "same as" 3.1), so the 3.1 config is used; the 3.2 config.json itself was not read.',
      'No benchmark figure is listed: the stored copy of the card showed the benchmark headings but not the table values.',
      ...SHARED_NOTES,
      'Release month from the model name (2506).',
    ],
  },
];
