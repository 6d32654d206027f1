/** Where zod 4 keeps its configuration (zod/v4/core/core.js: `globalThis.__zod_globalConfig`). */
export const ZOD_GLOBAL_CONFIG = '__zod_globalConfig';

/**
 * Turns zod's eval probe off before zod or any schema has loaded (see zodConfig.ts): zod takes
 * this object as its configuration when it loads, and reads `jitless` from it when it probes.
 */
export function configureZodEarly() {
  const global = globalThis as Record<string, unknown>;
  const config = (global[ZOD_GLOBAL_CONFIG] ?? {}) as Record<string, unknown>;
  config.jitless = true;
  global[ZOD_GLOBAL_CONFIG] = config;
}
