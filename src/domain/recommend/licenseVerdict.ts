import { licenses } from '../catalog/licenses';
import type { License, LicenseId } from '../catalog/schema';
import type { LicenseAnswers } from './answers';

export type Verdict = 'allowed' | 'conditions' | 'not-allowed';

export interface LicenseVerdict {
  licenseId: LicenseId;
  name: string;
  family: License['family'];
  verdict: Verdict;
  /** Why the verdict is what it is, for the user's answers. */
  reasons: string[];
  /** What the user must do if they go ahead, one plain sentence each. */
  obligations: string[];
  url: string;
}

const USERS = { 'under-100m': 0, '100m-700m': 100_000_001, 'over-700m': 700_000_001 } as const;

/**
 * What a license means for the user's plan: commercial use, the monthly-active-user thresholds,
 * attribution the user must accept, redistribution duties. Not legal advice.
 */
export function licenseVerdict(license: License, answers: LicenseAnswers): LicenseVerdict {
  const blockers: string[] = [];
  const conditions: string[] = [];
  const commercialUse = answers.intendedUse !== 'research';
  if (commercialUse && !license.commercialUse) {
    blockers.push(
      answers.intendedUse === 'internal'
        ? `${license.name} allows no commercial use, and internal business use counts as commercial.`
        : `${license.name} allows no commercial use.`,
    );
  }
  const users = USERS[answers.userScale];
  // Llama's threshold counts the licensee's users whatever the use; Qwen's applies to commercial use.
  const thresholdApplies = license.family === 'llama' || commercialUse;
  if (
    thresholdApplies &&
    license.monthlyActiveUserLimit &&
    users > license.monthlyActiveUserLimit
  ) {
    blockers.push(
      `Above ${(license.monthlyActiveUserLimit / 1e6).toLocaleString('en-US')} million monthly active users you need a separate license from the licensor.`,
    );
  }
  const attributionRequired =
    Boolean(license.attributionText) && (license.family !== 'qwen' || answers.redistributeWeights);
  if (attributionRequired && !answers.attributionOk) {
    blockers.push(
      `It requires visible attribution (“${license.attributionText}”), which you said is not acceptable.`,
    );
  } else if (attributionRequired) {
    conditions.push(`Show “${license.attributionText}” where the license asks for it.`);
  }
  if (license.family === 'non-commercial' && !answers.attributionOk) {
    blockers.push('It requires credit to the creator, which you said is not acceptable.');
  }
  if (answers.redistributeWeights && license.namingRule) conditions.push(license.namingRule);
  if (license.acceptableUsePolicy)
    conditions.push('An acceptable-use policy binds you and anyone you pass the model to.');
  // Where the licensee lives can void the grant (Llama 3.2 and 4 multimodal models in the EU).
  if (license.regionRestriction) conditions.push(license.regionRestriction);
  const verdict: Verdict =
    blockers.length > 0
      ? 'not-allowed'
      : conditions.length > 0 || license.family !== 'permissive'
        ? 'conditions'
        : 'allowed';
  const reasons =
    blockers.length > 0
      ? blockers
      : verdict === 'allowed'
        ? [
            `${license.name} permits ${answers.intendedUse === 'research' ? 'research' : 'commercial'} use; keep the license and copyright notices.`,
          ]
        : [`${license.name} permits your use on conditions.`, ...conditions];
  return {
    licenseId: license.id,
    name: license.name,
    family: license.family,
    verdict,
    reasons,
    obligations: license.obligations,
    url: license.url,
  };
}

const byId = new Map(licenses.map((license) => [license.id, license]));

export function licenseById(id: LicenseId): License {
  return byId.get(id) as License;
}

/** Verdicts for every license in the catalog, in catalog order. */
export function allLicenseVerdicts(answers: LicenseAnswers): LicenseVerdict[] {
  return licenses.map((license) => licenseVerdict(license, answers));
}
