import type { CatalogModel, Gpu, License } from './schema';

/**
 * A catalog entry without the provenance text no code reads at run time: the entry's sources and
 * notes, and the source and note of its parameter count, context and licence. The production
 * build ships this copy to the browser (build/leanCatalog.ts), so the page that shows the answer
 * does not wait for text only the catalog's readers and tests use. Everything the recommendation,
 * the results and the exports read is kept, benchmark settings and sources and FIM tokens
 * included; lean.test.ts proves the recommendation and the exports are the same either way.
 */
export function leanModel(model: CatalogModel): CatalogModel {
  const { note: _note, ...context } = model.context;
  return {
    ...model,
    parameters: { ...model.parameters, source: '' },
    context: { ...context, source: '' },
    license: { ...model.license, source: '' },
    supersededBy: model.supersededBy && { ...model.supersededBy, source: '' },
    sources: [],
    notes: [],
  };
}

/** A GPU preset without its sources and the note on how its throughput was read; its notes stay (the hardware step shows them). */
export function leanGpu(gpu: Gpu): Gpu {
  const { note: _note, ...throughput } = gpu.throughput;
  return { ...gpu, throughput: { ...throughput, sources: [] }, sources: [] };
}

/** A licence without the sources and notes of its summary; its obligations and terms stay. */
export function leanLicense(license: License): License {
  return { ...license, sources: [], notes: [] };
}
