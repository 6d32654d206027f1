import type { CatalogModel } from '../schema';
import { gemma4Models } from './gemma-4';

/**
 * The pretrained (base) Gemma 4 checkpoints. keras-hub's converter maps its base presets to these
 * repositories and gives them the same size as the instruction-tuned ones, so each entry reuses
 * its -it sibling's config and facts and says so; only what differs is written out.
 */

const CONVERTER =
  'github:keras-team/keras-hub tools/checkpoint_conversion/convert_gemma4_hf_checkpoints.py @71453d08f59edc90d276e999319fc51e61cbf82c (preset to repository map: gemma4_2b google/gemma-4-E2B, gemma4_4b google/gemma-4-E4B, gemma4_26b_a4b google/gemma-4-26B-A4B, gemma4_31b google/gemma-4-31B) and keras_hub/src/models/gemma4/gemma4_presets.py (base and instruction-tuned presets of each size have the same parameter count)';

function pretrainedOf(instructId: string, id: string): CatalogModel {
  const instruct = gemma4Models.find((model) => model.id === instructId);
  if (!instruct) throw new Error(`no Gemma 4 entry ${instructId}`);
  const name = id.slice(id.indexOf('/') + 1);
  return {
    ...instruct,
    id,
    name,
    purposes: ['text-generation'],
    variant: 'base',
    configStatus: instruct.configStatus === 'unverified' ? 'unverified' : 'secondary',
    parameters: {
      ...instruct.parameters,
      status: instruct.parameters.status === 'unverified' ? 'unverified' : 'secondary',
      source: `${instruct.parameters.source} (counted for ${instruct.name}, whose shape this checkpoint shares per ${CONVERTER})`,
    },
    benchmarks: [],
    sources: [CONVERTER, ...instruct.sources],
    notes: [
      `Pretrained (PT) checkpoint of ${instruct.name}, the starting point for continued pretraining or for instruction tuning of your own. Config: ${instruct.name}'s file; this checkpoint's own config.json was not read (secondary).`,
      ...instruct.notes.filter((note) => !note.startsWith('Instruction-tuned')),
    ],
  };
}

export const gemma4BaseModels: CatalogModel[] = [
  pretrainedOf('google/gemma-4-E2B-it', 'google/gemma-4-E2B'),
  pretrainedOf('google/gemma-4-E4B-it', 'google/gemma-4-E4B'),
  pretrainedOf('google/gemma-4-26B-A4B-it', 'google/gemma-4-26B-A4B'),
  pretrainedOf('google/gemma-4-31B-it', 'google/gemma-4-31B'),
];
