import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { leanModel } from '../src/domain/catalog/lean';
import type { CatalogModel } from '../src/domain/catalog/schema';

const LEAN_ID = '\0tunewise:lean-catalog';

/**
 * The production build's model catalog without its provenance text. The family modules under
 * src/domain/catalog/models/ stay the one human-readable source (tests and the dev server read them
 * as written); at build time this plugin evaluates them once and hands every importer of the
 * catalog index a generated module holding `leanModel` copies as JSON, so the sources and notes
 * (about three quarters of the catalog's bytes) never reach the browser, where no code reads them.
 */
export function leanCatalog(): Plugin {
  let root = process.cwd();
  let indexPath = '';
  return {
    name: 'tunewise:lean-catalog',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      indexPath = resolve(root, 'src/domain/catalog/models/index.ts');
    },
    async resolveId(source, importer, options) {
      if (!importer || importer === LEAN_ID || !/catalog\/models(\/index(\.ts)?)?$/.test(source)) {
        return null;
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === indexPath ? LEAN_ID : null;
    },
    async load(id) {
      if (id !== LEAN_ID) return null;
      const [{ module: catalog }, { module: lean }] = await Promise.all([
        runnerImport<{ catalogModels: readonly CatalogModel[] }>(indexPath, {
          root,
          configFile: false,
          logLevel: 'error',
        }),
        runnerImport<{ leanModel: typeof leanModel }>(resolve(root, 'src/domain/catalog/lean.ts'), {
          root,
          configFile: false,
          logLevel: 'error',
        }),
      ]);
      const models = JSON.stringify(catalog.catalogModels.map(lean.leanModel));
      const lookup = JSON.stringify(resolve(root, 'src/domain/catalog/lookup.ts'));
      return [
        `import { catalogLookup } from ${lookup};`,
        `export const catalogModels = JSON.parse(${JSON.stringify(models)});`,
        'export const { findModel, specOfModel } = catalogLookup(catalogModels);',
      ].join('\n');
    },
  };
}
