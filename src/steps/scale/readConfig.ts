import { ModelConfigError, readPastedConfig } from '../../domain/memory';

/** The most text the config box takes, pasted or uploaded: a config.json is a few KB. */
export const MAX_CONFIG_BYTES = 512 * 1024;

export type ReadConfig = { config: Record<string, unknown> } | { error: string };

/** Pasted text → the reduced config the answers keep, or what is wrong with it. */
export function readConfig(text: string): ReadConfig {
  try {
    return { config: readPastedConfig(text) };
  } catch (error) {
    return {
      error:
        error instanceof ModelConfigError ? error.message : 'This config.json could not be read.',
    };
  }
}

/** Why text is too big for the config box, or null: said before anything tries to read it. */
export function oversizeMessage(sizeBytes: number, what: string): string | null {
  if (sizeBytes <= MAX_CONFIG_BYTES) return null;
  const size =
    sizeBytes >= 1024 * 1024
      ? `${(sizeBytes / (1024 * 1024)).toFixed(1)} MB`
      : `${Math.round(sizeBytes / 1024)} KB`;
  return `${what} is ${size}; a config.json is a few KB, and the limit is ${MAX_CONFIG_BYTES / 1024} KB. Use the model’s config.json.`;
}
