/**
 * The licenses the catalog's models ship under, summarised in plain language, one file per group
 * under licenses/.
 *
 * This is a plain-language summary to help choose a model, not legal advice. It paraphrases the
 * license texts listed in each entry's `sources`; where the two disagree, the license text wins.
 * Licenses change between versions: always read the LICENSE file shipped with the exact checkpoint
 * you download. Anything we could not read in the license text itself is said so in `notes`.
 */
import { customLicenses } from './licenses/custom';
import { llamaLicenses } from './licenses/llama';
import { nvidiaLicenses } from './licenses/nvidia';
import { openrailLicenses } from './licenses/openrail';
import { permissiveLicenses } from './licenses/permissive';
import type { License } from './schema';

export const licenses: License[] = [
  ...permissiveLicenses,
  ...llamaLicenses,
  ...customLicenses,
  ...nvidiaLicenses,
  ...openrailLicenses,
];
