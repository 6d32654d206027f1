import keys from './axolotlKeys.json';

type Config = Record<string, unknown>;

/**
 * Keys of a parsed Axolotl config that its schema does not know: top-level keys (and those of the
 * plugins it lists), dataset entries, a user-defined dataset format and `fsdp_config`, against
 * axolotlKeys.json (read from Axolotl's pydantic schema at a commit by scripts/python/axolotl_keys.py).
 */
export function unknownAxolotlKeys(config: Config): string[] {
  const plugins = (config.plugins as string[] | undefined) ?? [];
  const pluginKeys = Object.entries(keys.pluginKeys)
    .filter(([plugin]) => plugins.some((path) => path.includes(`.${plugin}.`)))
    .flatMap(([, names]) => names);
  const allowed = new Set([...keys.topLevel, ...pluginKeys]);
  const unknown = Object.keys(config).filter((key) => !allowed.has(key));
  for (const dataset of (config.datasets as Config[] | undefined) ?? []) {
    unknown.push(...Object.keys(dataset).filter((key) => !keys.dataset.includes(key)));
    if (typeof dataset.type === 'object' && dataset.type !== null) {
      unknown.push(
        ...Object.keys(dataset.type).filter((key) => !keys.datasetUserDefinedType.includes(key)),
      );
    }
  }
  const fsdp = (config.fsdp_config as Config | undefined) ?? {};
  unknown.push(...Object.keys(fsdp).filter((key) => !keys.fsdpConfig.includes(key)));
  return unknown;
}
