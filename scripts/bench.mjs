// `npm run bench`: bundles the benchmarks with Vite (minified, as the browser gets the code),
// runs them in Node and prints the median of each against its budget. Exits 1 over budget.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = await mkdtemp(join(tmpdir(), 'tunewise-bench-'));
try {
  await build({
    configFile: false,
    logLevel: 'error',
    // Bundle dependencies too (zod), as the browser build does.
    ssr: { noExternal: true },
    build: {
      ssr: resolve('bench/index.ts'),
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
    },
  });
  /** @type {{ runAll: () => import('../bench/harness').BenchResult[] }} */
  const { runAll } = await import(pathToFileURL(join(outDir, 'bench.mjs')).href);
  const results = runAll();
  console.log(`node ${process.version}, ${results[0]?.runs ?? 0} timed runs after warm-up\n`);
  for (const r of results) {
    const verdict = r.withinBudget ? 'ok' : 'OVER BUDGET';
    console.log(
      `${r.name}: median ${r.medianMs.toFixed(2)} ms (p90 ${r.p90Ms.toFixed(2)}, min ${r.minMs.toFixed(2)}) ` +
        `— budget ${r.budgetMs} ms: ${verdict}\n  ${r.work}`,
    );
  }
  process.exitCode = results.every((r) => r.withinBudget) ? 0 : 1;
} finally {
  await rm(outDir, { recursive: true, force: true });
}
