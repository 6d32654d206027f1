import { describe, expect, it } from 'vitest';
import { repoFile } from '../export/testSupport';
import { pipInstall, STACK } from './versions';

describe('STACK', () => {
  it('the export run test installs exactly the pinned versions (scripts/python/requirements.txt)', () => {
    const requirements = repoFile('scripts/python/requirements.txt')
      .split('\n')
      .filter((line) => line.includes('=='))
      .map((line) => line.trim());
    const pinned = Object.values(STACK)
      .filter((pkg) => pkg.pin === '==')
      .map((pkg) => `${pkg.name}==${pkg.version}`);
    expect(requirements.sort()).toEqual(pinned.sort());
  });

  it('targets transformers 5, TRL ≥ 1.7 and sentence-transformers ≥ 5.4 (CrossEncoder.add_adapter)', () => {
    expect(Number(STACK.transformers.version.split('.')[0])).toBe(5);
    const [trlMajor = 0, trlMinor = 0] = STACK.trl.version.split('.').map(Number);
    expect(trlMajor > 1 || (trlMajor === 1 && trlMinor >= 7)).toBe(true);
    const [stMajor = 0, stMinor = 0] = STACK.sentenceTransformers.version.split('.').map(Number);
    expect(stMajor > 5 || (stMajor === 5 && stMinor >= 4)).toBe(true);
  });

  it('every package names its source, and pip lines quote each requirement', () => {
    for (const pkg of Object.values(STACK)) expect(pkg.source.length).toBeGreaterThan(10);
    expect(pipInstall(['transformers', 'trl'])).toBe(
      'pip install "transformers==5.18.0" "trl==1.13.0"',
    );
  });
});
