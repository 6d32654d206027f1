import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Lean from '../src/domain/catalog/lean';
import type { CatalogModel, Gpu, License } from '../src/domain/catalog/schema';

const PREFIX = '\0tunewise:lean:';

/** The catalog modules the build replaces, and the module each becomes (lean data as JSON). */
const TARGETS: Record<string, (catalog: never, lean: typeof Lean, root: string) => string> = {
  'src/domain/catalog/models/index.ts': (catalog: { catalogModels: CatalogModel[] }, lean, root) =>
    [
      `import { catalogLookup } from ${JSON.stringify(resolve(root, 'src/domain/catalog/lookup.ts'))};`,
      `export const catalogModels = ${json(catalog.catalogModels.map(lean.leanModel))};`,
      'export const { findModel, specOfModel } = catalogLookup(catalogModels);',
    ].join('\n'),
  'src/domain/catalog/gpus.ts': (catalog: { gpus: Gpu[]; CUSTOM_GPU_ID: string }, lean) =>
    [
      `export const CUSTOM_GPU_ID = ${JSON.stringify(catalog.CUSTOM_GPU_ID)};`,
      `export const gpus = ${json(catalog.gpus.map(lean.leanGpu))};`,
    ].join('\n'),
  'src/domain/catalog/licenses.ts': (catalog: { licenses: License[] }, lean) =>
    `export const licenses = ${json(catalog.licenses.map(lean.leanLicense))};`,
};

/** JSON.parse of a string literal: parsed faster than the same object literal, and no larger. */
const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * The production build's catalogs without their provenance text. The catalog modules under
 * src/domain/catalog stay the one human-readable source (tests and the dev server read them as
 * written); at build time this plugin evaluates them once and hands every importer a generated
 * module holding the lean copies (src/domain/catalog/lean.ts) as JSON, so sources and notes no
 * code reads at run time never reach the browser.
 */
export function leanCatalog(): Plugin {
  let root = process.cwd();
  const load = <T>(file: string) =>
    runnerImport<T>(resolve(root, file), { root, configFile: false, logLevel: 'error' });
  return {
    name: 'tunewise:lean-catalog',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer, options) {
      if (
        !importer ||
        importer.startsWith(PREFIX) ||
        !/(^|\/)(models|gpus|licenses)(\/index)?(\.ts)?$/.test(source)
      ) {
        return null;
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const file = Object.keys(TARGETS).find((target) => resolved?.id === resolve(root, target));
      return file ? PREFIX + file : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      const [{ module: catalog }, { module: lean }] = await Promise.all([
        load<never>(file),
        load<typeof Lean>('src/domain/catalog/lean.ts'),
      ]);
      return (TARGETS[file] as (typeof TARGETS)[string])(catalog, lean, root);
    },
  };
}
