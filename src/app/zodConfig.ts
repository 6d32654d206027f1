import { config } from 'zod/mini';

/**
 * zod probes `new Function` the first time it builds an object schema, to see whether it may
 * compile fast parsers. Our CSP forbids eval, so the probe logs a CSP violation on every page and
 * real violations drown in it. Without JIT, parsing gives the same results, a little slower.
 *
 * Schemas are built when their modules load, so this module must be imported before any of them:
 * first in src/main.tsx, and as the first setup file of every Vitest project.
 */
config({ jitless: true });
