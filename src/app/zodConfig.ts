import { configureZodEarly } from './zodEarly';

/**
 * zod probes `new Function` the first time it builds an object schema, to see whether it may
 * compile fast parsers. Our CSP forbids eval, so the probe logs a CSP violation on every page and
 * real violations drown in it. Without JIT, parsing gives the same results, a little slower.
 *
 * Schemas are built when their modules load, so the setting must come before any of them. In the
 * browser the page's first script (src/boot.ts) sets it before any chunk loads; this module does
 * the same, the same way, as the first setup file of every Vitest project, and
 * `tests/zodConfig.test.ts` checks that zod reads the object it writes.
 */
configureZodEarly();
