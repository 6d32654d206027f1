import { modelSpecFromConfig } from './config';
import { ownObject } from './configFields';
import { parseConfigText } from './parseJson';
import { reduceConfig } from './reduce';

/**
 * Reads the pasted text of a config.json into the reduced config that is stored and shared.
 * The whole config is checked before it is reduced, so that a field the reduction would drop
 * (a non-finite number such as 1e309) is reported as out of range, not as missing.
 *
 * @throws ModelConfigError when the text is not JSON, not an object, or not a usable config.
 */
export function readPastedConfig(text: string): ReturnType<typeof reduceConfig> {
  const parsed = parseConfigText(text);
  // JSON that is not an object (`"config"`), read the text: its message says "valid JSON but a
  // string", where the parsed string would be read as text again and called invalid JSON.
  modelSpecFromConfig(ownObject(parsed) ? parsed : text);
  const config = reduceConfig(ownObject(parsed) ?? {});
  modelSpecFromConfig(config);
  return config;
}
