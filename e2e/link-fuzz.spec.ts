import fc from 'fast-check';
import { normalizeAnswers } from '../src/domain/recommend';
import { decodeLink, encodeAnswers } from '../src/domain/share/urlCodec';
import { STEPS } from '../src/steps/steps';
import { expect, test } from './fixtures';

/**
 * Generated links, loaded in Chromium one page load each: garbage, mutations of real links
 * (dropped, repeated and altered keys, stray keys, extra or malformed `v`), Object.prototype names
 * as keys and values, unusable model configs and version-1 query links. Every page must render
 * without an error page or a console error, and its notice must name exactly the fields the codec
 * ignored. The expectation comes from the same codec the page uses, read in Node.
 */

const PATHS = [...STEPS.map((step) => step.path), '/recommendation', '/summary'];
const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const REAL = encodeAnswers(
  normalizeAnswers({
    task: { purpose: 'similarity', languages: 'multilingual', projectName: 'Search & more' },
    hardware: { gpuId: 'a100-80gb', gpuCount: 2, sharding: true },
    scale: { loraRank: 32, loraTargets: ['q', 'v'] },
    license: { intendedUse: 'internal' },
    baseline: { floor: 41.5 },
  }).answers,
  5,
);

/** base64url of a config the engine cannot use: heads that do not divide, or 10^12 layers. */
const UNUSABLE = [
  {
    name: 'Odd heads',
    config: {
      model_type: 'llama',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 30,
      intermediate_size: 11008,
      vocab_size: 32000,
    },
  },
  {
    name: 'Huge',
    config: {
      model_type: 'llama',
      hidden_size: 4096,
      num_hidden_layers: 1e12,
      num_attention_heads: 32,
      intermediate_size: 11008,
      vocab_size: 32000,
    },
  },
  {
    name: 'No vocab',
    config: {
      model_type: 'mistral',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      intermediate_size: 14336,
    },
  },
].map((model) => Buffer.from(JSON.stringify(model)).toString('base64url'));

const value = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '1',
    '2',
    '3',
    '99',
    'abc',
    '-1',
    '1e3',
    '0x40',
    '1,5',
    'NaN',
    'Infinity',
  ),
  fc.constantFrom('chat', 'reranking', 'a100-80gb', 'gtx-9999', 'all', 'q,,k', '%zz', '%E0%A4%A'),
  fc.constantFrom(...PROTO, ...UNUSABLE),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const key = fc.oneof(
  fc.constantFrom('v', 'done', 'p', 'gpu', 'n', 'seq', 'r', 'tgt', 'cm', 'name', 'floor', 'held'),
  fc.constantFrom(...PROTO, 'utm_source', 'V', ''),
);

const mutated = fc
  .tuple(fc.nat(), fc.nat(4), key, value)
  .map(([index, operation, extraKey, extraValue]) => {
    const parts = REAL.split('&');
    const at = index % parts.length;
    const name = (parts[at] ?? '').split('=')[0];
    if (operation === 0) parts.splice(at, 1);
    else if (operation === 1) parts.push(`${name}=${extraValue}`);
    else if (operation === 2) parts[at] = `${name}=${extraValue}`;
    else if (operation === 3) parts.push(`v=${extraValue}`);
    else parts.splice(at, 0, `${extraKey}=${extraValue}`);
    return parts.join('&');
  });
const garbage = fc
  .array(fc.tuple(key, value), { minLength: 1, maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
const duplicated = fc.tuple(fc.nat(), value).map(([index, v]) => {
  const parts = REAL.split('&');
  const part = parts[index % parts.length]!;
  return [...parts, `${part.split('=')[0]}=${v}`, part].join('&');
});

const link = fc
  .tuple(fc.constantFrom(...PATHS), fc.oneof(mutated, garbage, duplicated), fc.nat(9))
  .map(([path, params, where]) => (where === 0 ? `${path}?${params}` : `${path}#${params}`));

const LINKS = fc.sample(link, { numRuns: 120, seed: 20261201 });
const BATCHES = 4;

for (let batch = 0; batch < BATCHES; batch += 1) {
  test(`generated links, batch ${batch + 1} of ${BATCHES}: each page renders and names what it ignored`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const mine = LINKS.filter((_, index) => index % BATCHES === batch);
    for (const address of mine) {
      await page.goto(address);
      // What the page was opened with (it rewrites its address to its answers at once).
      const location = new URL(address, 'http://127.0.0.1');
      const decoded = decodeLink({ search: location.search, hash: location.hash });
      await expect(page.getByRole('heading', { level: 1 }), address).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
      const notice = page
        .locator('.notice')
        .filter({ hasText: /link (were not used|could not be read)/ });
      if (decoded.newer) {
        await expect(notice, address).toContainText('This link could not be read');
      } else if (decoded.hasAnswers && decoded.ignored.length > 0) {
        await expect(notice.locator('li'), address).toHaveText(decoded.ignored);
      } else {
        await expect(notice, address).toHaveCount(0);
      }
      // The next link opens on a browser with nothing saved, as a fresh visitor would.
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
    }
  });
}
