import { config } from 'zod/mini';

/**
 * zod probes `new Function` the first time it builds an object schema, to see whether it may
 * compile fast parsers. Our CSP forbids eval, so the probe logs a CSP violation on every page and
 * real violations drown in it. Without JIT, parsing gives the same results, a little slower.
 *
 * Schemas are built when their modules load, so the setting must come before any of them. zod
 * keeps its configuration in `globalThis.__zod_globalConfig` and reads it when it probes, so the
 * page's first script sets `jitless` there before any chunk loads (`zodEarly.ts`, from
 * src/boot.ts), without loading zod; this module is the first setup file of every Vitest project,
 * and `tests/zodConfig.test.ts` checks that zod reads the object boot.ts writes.
 */
config({ jitless: true });
