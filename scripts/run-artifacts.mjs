// The artifact half of `npm run test:exports`: for each case served from GGUF (scripts/exports
// cases with `artifact`), after its 2-step training run, the exported steps run in the case's
// directory as a user would run them there: the merge (python -c … merge_and_unload, verbatim),
// convert_hf_to_gguf.py with the exported arguments (scripts/python/convert_gguf.py), llama-quantize
// (verbatim, and once more for each other mix the fixture records), and the llama-server arguments
// through llama.cpp's parser, loading the model and generating 4 tokens (scripts/llama). llama.cpp
// comes from npm (scripts/llama-cpp.mjs). Checked: the merged checkpoint's tensor bytes and the
// adapter's equal what src/domain/serving/artifacts.ts predicts for the tiny config, generate()
// gives 4 tokens, every GGUF file has exactly the bytes src/domain/serving/fixtures/measuredGgufTiny.ts
// records, and the server parses -c and -np as the plan says.
import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { llamaCppTools } from './llama-cpp.mjs';

/**
 * @param {string} command @param {string[]} args @param {string} cwd @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function run(command, args, cwd, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** @param {string} stdout @param {string} tag */
function tagged(stdout, tag) {
  const line = stdout.split('\n').find((l) => l.startsWith(`${tag} `));
  return line ? JSON.parse(line.slice(tag.length + 1)) : null;
}

/** The shell lines of an exported launch script, by the tool each starts with. */
function exportedSteps(/** @type {string} */ script) {
  const lines = script.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const find = (/** @type {string} */ start) => lines.find((l) => l.startsWith(start)) ?? null;
  return {
    merge: find('python -c '),
    convert: find('python convert_hf_to_gguf.py '),
    quantize: find('llama-quantize '),
    server: find('llama-server '),
  };
}

/** @param {string} text */
const tail = (text) => text.trim().split('\n').slice(-4).join(' | ');

/**
 * @typedef {Pick<typeof import('./exports/cases'), 'predictArtifacts' | 'LLAMA_CPP' | 'MEASURED_GGUF_TINY' | 'MEASURED_MERGED_TINY' | 'TINY_CONFIGS'>} Bundle
 * @typedef {{ c: import('./exports/cases').ExportCase, dir: string, steps: ReturnType<typeof exportedSteps> }} Job
 */

/** The code of the exported `python -c "…"` step, as the shell passes it (no $, `, \\ or " inside). */
const MERGE_CODE = /^python -c "([^"$`\\]*)"$/;

/**
 * @param {{
 *   root: string, python: string, env: NodeJS.ProcessEnv, work: string,
 *   cases: { c: import('./exports/cases').ExportCase, dir: string, trained: boolean }[],
 *   bundle: Bundle,
 * }} options
 * @returns {Promise<string[]>} problems
 */
export async function checkArtifacts({ root, python, env, work, cases, bundle }) {
  if (cases.length === 0) return [];
  const started = Date.now();
  /** @type {string[]} */
  const problems = [];
  /** @type {Job[]} */
  const jobs = [];
  for (const { c, dir, trained } of cases) {
    const steps = exportedSteps(c.artifact?.script ?? '');
    if (!trained) problems.push(`${c.id}: the training run failed, so its artifacts were not made`);
    else if (
      !steps.merge ||
      !MERGE_CODE.test(steps.merge) ||
      !steps.convert ||
      !steps.quantize ||
      !steps.server
    )
      problems.push(
        `${c.id}: the launch script lacks a python -c merge, convert, quantise or server line:\n${c.artifact?.script}`,
      );
    else jobs.push({ c, dir, steps });
  }
  /** @type {ReturnType<typeof llamaCppTools>} */
  let tools;
  try {
    tools = llamaCppTools(root, bundle.LLAMA_CPP);
  } catch (error) {
    return [
      ...problems,
      `artifacts: llama.cpp ${bundle.LLAMA_CPP.version} tools: ${String(error)}`,
    ];
  }
  const shellEnv = { ...env, PATH: `${tools.bin}:${dirname(python)}:${env.PATH ?? ''}` };
  const file = join(work, 'artifact-jobs.json');
  await writeFile(
    file,
    JSON.stringify(
      jobs.map(({ dir, steps }) => ({
        dir,
        merge: MERGE_CODE.exec(steps.merge ?? '')?.[1],
        adapter: /from_pretrained\('([^']+)'/.exec(steps.merge ?? '')?.[1],
        convert: (steps.convert ?? '').split(' ').slice(2),
        llamaCpp: tools.source,
      })),
    ),
  );
  const batch = await run(
    python,
    [join(root, 'scripts/python/run_artifacts.py'), file],
    work,
    shellEnv,
  );
  if (batch.code !== 0) problems.push(`artifacts: run_artifacts.py failed: ${tail(batch.stderr)}`);
  for (const job of jobs) problems.push(...(await checkCase(job, { tools, shellEnv, bundle })));
  console.log(
    `artifacts: ${jobs.length} LoRA/QLoRA exports merged, converted to GGUF, quantised and served with llama.cpp ${bundle.LLAMA_CPP.version} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return problems;
}

/**
 * @param {Job} job
 * @param {{ shellEnv: NodeJS.ProcessEnv, tools: ReturnType<typeof llamaCppTools>, bundle: Bundle }} ctx
 */
async function checkCase({ c, dir, steps }, { shellEnv, tools, bundle }) {
  /** @type {string[]} */
  const problems = [];
  const fail = (/** @type {string} */ p) => problems.push(`${c.id}: ${p}`);
  const artifact = /** @type {import('./exports/artifactCases').ArtifactExport} */ (c.artifact);
  const measured = JSON.parse(await readFile(join(dir, 'artifact.json'), 'utf8').catch(() => '{}'));
  if (measured.error || !measured.merged) {
    fail(
      `the exported ${measured.step ?? 'merge'} step failed: ${measured.error ?? 'no artifact.json'}`,
    );
    return problems;
  }
  const config = JSON.parse(await readFile(join(dir, 'merged', 'config.json'), 'utf8'));
  const predicted = bundle.predictArtifacts(config, artifact);
  const recorded = bundle.TINY_CONFIGS[c.model.name] ?? {};
  for (const [key, value] of Object.entries(recorded)) {
    if (JSON.stringify(config[key]) !== JSON.stringify(value))
      fail(
        `merged config.json ${key} is ${JSON.stringify(config[key])}, measuredGgufTiny.ts records ${JSON.stringify(value)}`,
      );
  }
  if (measured.merged.tensorBytes !== bundle.MEASURED_MERGED_TINY[c.model.name])
    fail(
      `the merged tensor bytes ${measured.merged.tensorBytes} differ from measuredGgufTiny.ts (${bundle.MEASURED_MERGED_TINY[c.model.name]})`,
    );
  const expect = (
    /** @type {string} */ what,
    /** @type {unknown} */ got,
    /** @type {unknown} */ want,
  ) => {
    if (got !== want)
      fail(`${what} is ${JSON.stringify(got)}, Tunewise predicts ${JSON.stringify(want)}`);
  };
  expect(
    'the merged checkpoint’s tensor bytes',
    measured.merged.tensorBytes,
    predicted.mergedBf16Bytes,
  );
  expect('the merged checkpoint’s dtypes', measured.merged.dtypes.join(','), 'BF16');
  expect('the adapter’s parameters', measured.adapter.elements, predicted.adapterParameters);
  expect('the adapter’s tensor bytes', measured.adapter.tensorBytes, predicted.adapterBytes);
  if (measured.generated !== 4)
    fail(`generate() on the merged model gave ${measured.generated} tokens, not 4`);
  console.log(
    `     ${c.id} (${c.model.name}): merged ${measured.merged.tensorBytes} tensor bytes (+${measured.merged.fileBytes - measured.merged.tensorBytes} header), adapter ${measured.adapter.tensorBytes} (${measured.adapter.dtypes.join(',')})`,
  );

  const quantize = await run('bash', ['-c', steps.quantize ?? ''], dir, shellEnv);
  if (quantize.code !== 0) {
    fail(`${steps.quantize} failed: ${tail(quantize.stderr)}`);
    return problems;
  }
  const convertArgs = (steps.convert ?? '').split(' ').slice(2);
  const f16 = convertArgs[convertArgs.indexOf('--outfile') + 1] ?? 'model-f16.gguf';
  const [, , quantFile = '', quantMix = ''] = (steps.quantize ?? '').split(' ');
  /** @type {Record<string, number>} */
  const sizes = {
    F16: (await stat(join(dir, f16))).size,
    [quantMix]: (await stat(join(dir, quantFile))).size,
  };
  const fixture = bundle.MEASURED_GGUF_TINY.filter((row) => row.model === c.model.name);
  const mixes = new Set([...fixture.map((row) => row.type), ...Object.keys(predicted.ggufBytes)]);
  for (const type of mixes) {
    if (type in sizes) continue;
    const q = await run(
      join(tools.bin, 'llama-quantize'),
      [f16, `model-${type}.gguf`, type],
      dir,
      shellEnv,
    );
    if (q.code !== 0) fail(`llama-quantize to ${type} failed: ${tail(q.stderr)}`);
    else sizes[type] = (await stat(join(dir, `model-${type}.gguf`))).size;
  }
  if (fixture.length === 0) fail(`measuredGgufTiny.ts has no row for ${c.model.name}`);
  for (const row of fixture) {
    if (sizes[row.type] !== row.fileBytes)
      fail(
        `its ${row.type} GGUF is ${sizes[row.type]} bytes, measuredGgufTiny.ts records ${row.fileBytes}`,
      );
  }
  const ours = Object.entries(predicted.ggufBytes).map(
    ([mix, bytes]) => `${mix} ${sizes[mix]} measured / ${bytes} ggufSize`,
  );
  console.log(`     GGUF sizes: F16 ${sizes.F16}; ${ours.join('; ')}`);

  const serverArgs = (steps.server ?? '').split(' ').slice(1);
  const server = await run(
    join(tools.bin, 'tunewise-llama-server-check'),
    serverArgs,
    dir,
    shellEnv,
  );
  const served = tagged(server.stdout, 'TUNEWISE_GGUF');
  if (server.code !== 0 || !served) {
    fail(
      `llama-server ${serverArgs.join(' ')}: llama.cpp's parser or model load failed (exit ${server.code}): ${tail(server.stderr)}`,
    );
    return problems;
  }
  const flag = (/** @type {string} */ name) => Number(serverArgs[serverArgs.indexOf(name) + 1]);
  if (served.generated !== 4) fail(`the GGUF generated ${served.generated} tokens, not 4`);
  if (served.nCtx !== flag('-c'))
    fail(`llama.cpp's context is ${served.nCtx}, -c says ${flag('-c')}`);
  if (served.nSeqMax !== flag('-np'))
    fail(`llama.cpp runs ${served.nSeqMax} sequences, -np says ${flag('-np')}`);
  return problems;
}
