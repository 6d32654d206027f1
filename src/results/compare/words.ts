import type { Candidate } from '../../domain/recommend';
import { VERDICT_TEXT } from '../LicenseTable';

/** A pasted model carries no licence Tunewise can read. */
export const UNKNOWN_LICENSE = 'Licence unknown — check it yourself';

/** A model's licence verdict in words, or the pasted model's unknown licence. */
export function licenseWords(candidate: Candidate): string {
  return candidate.license
    ? `${VERDICT_TEXT[candidate.license.verdict]}: ${candidate.license.name}`
    : UNKNOWN_LICENSE;
}
