import { describe, expect, it } from 'vitest';
import { licenseAnswersSchema, type LicenseAnswers } from './answers';
import { allLicenseVerdicts, licenseById, licenseVerdict } from './licenseVerdict';

const answers = (partial: Partial<LicenseAnswers>): LicenseAnswers =>
  licenseAnswersSchema.parse(partial);
const verdict = (id: Parameters<typeof licenseById>[0], partial: Partial<LicenseAnswers>) =>
  licenseVerdict(licenseById(id), answers(partial));

describe('license verdicts', () => {
  it('allows permissive licenses for any use, with notices kept', () => {
    for (const id of ['apache-2.0', 'mit'] as const) {
      const result = verdict(id, {
        intendedUse: 'commercial',
        attributionOk: false,
        redistributeWeights: true,
      });
      expect(result.verdict).toBe('allowed');
      expect(result.obligations.length).toBeGreaterThan(0);
    }
  });

  it('allows the Llama licenses commercially on conditions: Built with Llama, the AUP', () => {
    const result = verdict('llama-3.1', { intendedUse: 'commercial' });
    expect(result.verdict).toBe('conditions');
    expect(result.reasons.join(' ')).toMatch(/Built with Llama/);
    expect(result.reasons.join(' ')).toMatch(/acceptable-use policy/);
  });

  it('requires a separate Llama license above 700 million monthly users', () => {
    const result = verdict('llama-3.3', { userScale: 'over-700m' });
    expect(result.verdict).toBe('not-allowed');
    expect(result.reasons.join(' ')).toMatch(/700 million/);
    expect(verdict('llama-3.3', { userScale: '100m-700m' }).verdict).toBe('conditions');
  });

  it('rules out Llama when visible attribution is not acceptable, and adds the naming rule when redistributing', () => {
    expect(verdict('llama-3.2', { attributionOk: false }).verdict).toBe('not-allowed');
    expect(verdict('llama-3.2', { redistributeWeights: true }).reasons.join(' ')).toMatch(/Llama/);
  });

  it('applies the Qwen License threshold of 100 million monthly users', () => {
    expect(verdict('qwen', { userScale: 'under-100m' }).verdict).toBe('conditions');
    expect(verdict('qwen', { userScale: '100m-700m' }).verdict).toBe('not-allowed');
  });

  it('limits the Qwen Research License and CC-BY-NC-4.0 to research', () => {
    for (const id of ['qwen-research', 'cc-by-nc-4.0'] as const) {
      expect(verdict(id, { intendedUse: 'commercial' }).verdict).toBe('not-allowed');
      expect(verdict(id, { intendedUse: 'internal' }).reasons.join(' ')).toMatch(
        /internal business use counts as commercial/,
      );
      expect(verdict(id, { intendedUse: 'research' }).verdict).not.toBe('not-allowed');
    }
  });

  it('requires credit under CC-BY-NC even for research', () => {
    expect(verdict('cc-by-nc-4.0', { intendedUse: 'research', attributionOk: false }).verdict).toBe(
      'not-allowed',
    );
  });

  it('puts Gemma under conditions: the use restrictions pass on to anyone you share with', () => {
    const result = verdict('gemma', {});
    expect(result.verdict).toBe('conditions');
  });

  it('rules out the Mistral Research License for commercial and internal use', () => {
    for (const intendedUse of ['commercial', 'internal'] as const) {
      const result = verdict('mistral-research', { intendedUse });
      expect(result.verdict).toBe('not-allowed');
      expect(result.reasons.join(' ')).toMatch(/allows no commercial use/);
    }
    expect(verdict('mistral-research', { intendedUse: 'research' }).verdict).toBe('conditions');
  });

  it('warns that Llama 4 multimodal models grant no rights to those domiciled in the EU', () => {
    const result = verdict('llama-4', { intendedUse: 'commercial' });
    expect(result.verdict).toBe('conditions');
    expect(result.reasons.join(' ')).toMatch(/multimodal models .* European Union/);
    expect(result.obligations.join(' ')).toMatch(/Indemnify Meta/);
  });

  it('allows Gemma 4 like Apache 2.0, and gpt-oss with its usage policy', () => {
    expect(verdict('gemma-4-apache-2.0', { intendedUse: 'commercial' }).verdict).toBe('allowed');
    const gptOss = verdict('gpt-oss-apache-2.0', {
      intendedUse: 'commercial',
      attributionOk: false,
    });
    expect(gptOss.verdict).toBe('conditions');
    expect(gptOss.obligations.join(' ')).toMatch(/applicable law/);
  });

  it('gives a verdict for every license in the catalog', () => {
    const all = allLicenseVerdicts(answers({}));
    expect(all.map((v) => v.licenseId)).toContain('apache-2.0');
    // Nine licences plus Llama 4, Gemma 4 (Apache 2.0), gpt-oss, the Mistral Research License,
    // the NVIDIA Open Model License and BigCode OpenRAIL-M.
    expect(all).toHaveLength(15);
    expect(all.find((v) => v.licenseId === 'bigcode-openrail-m')?.verdict).toBe('conditions');
  });
});
