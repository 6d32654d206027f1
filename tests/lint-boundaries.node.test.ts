import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('the src/domain boundary', () => {
  it('rejects a React import in src/domain', async () => {
    const code = "import { useState } from 'react';\nexport const hook = useState;\n";
    expect(await ruleIds(code, 'src/domain/fixture.ts')).toContain('no-restricted-imports');
  });

  it('rejects zustand, recharts and the router in src/domain', async () => {
    for (const lib of ['zustand', 'recharts', 'react-router']) {
      const code = `import * as lib from '${lib}';\nexport const used = lib;\n`;
      expect(await ruleIds(code, 'src/domain/fixture.ts')).toContain('no-restricted-imports');
    }
  });

  it('rejects window and localStorage in src/domain', async () => {
    expect(
      await ruleIds('export const w = window.innerWidth;\n', 'src/domain/fixture.ts'),
    ).toContain('no-restricted-globals');
    expect(
      await ruleIds("export const s = localStorage.getItem('x');\n", 'src/domain/fixture.ts'),
    ).toContain('no-restricted-globals');
  });

  it('accepts pure code in src/domain and browser code outside it', async () => {
    expect(
      await ruleIds('export const twice = (n: number) => n * 2;\n', 'src/domain/fixture.ts'),
    ).toEqual([]);
    expect(await ruleIds('export const w = window.innerWidth;\n', 'src/app/fixture.ts')).toEqual(
      [],
    );
  });
});
