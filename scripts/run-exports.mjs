// `npm run test:exports`: proves the exported training scripts run. For every case in
// scripts/exports/cases.ts (recommendations of each export kind on several GPUs) it writes the
// script as the app exports it, swaps in a tiny random model of the same family and a few lines of
// data (scripts/python/tiny_models.py), runs it for 2 optimizer steps on the CPU (`--cpu`) and
// checks: exit 0, a finite loss, 2 steps, and printed settings equal to the plan field by field.
// Multi-GPU plans' accelerate and DeepSpeed files are loaded with accelerate's and json's parsers.
// Cases served from GGUF then run their exported merge, conversion, quantisation and llama-server
// line on what training saved (scripts/run-artifacts.mjs). Each script writes to its default
// --output-dir inside its case directory, where the exported steps look for it.
// Creates the Python environment first when it is missing (scripts/python-env.sh).
// Two scripts run at a time. Exits 1 on any failure. EXPORTS_ONLY=<substring> runs matching cases.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { checkArtifacts } from './run-artifacts.mjs';

const root = resolve(import.meta.dirname, '..');
const python = join(root, '.venv-exports', 'bin', 'python');
const PARALLEL = Number(process.env.EXPORTS_PARALLEL ?? 2);
const started = Date.now();
/** Offline, one thread per process (two processes share two cores), quiet warnings. */
const PYTHON_ENV = {
  ...process.env,
  HF_HUB_OFFLINE: '1',
  HF_DATASETS_OFFLINE: '1',
  TOKENIZERS_PARALLELISM: 'false',
  OMP_NUM_THREADS: '1',
  PYTHONWARNINGS: 'ignore',
};

const env = spawnSync('bash', [join(root, 'scripts', 'python-env.sh')], { stdio: 'inherit' });
if (env.status !== 0) {
  console.error('Could not create the Python environment (.venv-exports); see above.');
  process.exit(1);
}

const work = await mkdtemp(join(tmpdir(), 'tunewise-exports-'));
await build({
  configFile: false,
  logLevel: 'error',
  ssr: { noExternal: true },
  build: {
    ssr: join(root, 'scripts', 'exports', 'cases.ts'),
    outDir: join(work, 'bundle'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'cases.mjs' } },
  },
});
/** @type {typeof import('./exports/cases')} */
const bundle = await import(pathToFileURL(join(work, 'bundle', 'cases.mjs')).href);
const { exportCases, settingsMismatches, parameterCases, KNOWN_DIFFERENCES } = bundle;
const only = process.env.EXPORTS_ONLY;
const cases = exportCases().filter((c) => !only || c.id.includes(only));

/**
 * @template {{ name: string }} T
 * @param {T[]} items
 */
const unique = (items) => [...new Map(items.map((item) => [item.name, item])).values()];
const spec = { models: unique(cases.map((c) => c.model)), data: unique(cases.map((c) => c.data)) };
await writeFile(join(work, 'spec.json'), JSON.stringify(spec));
const tiny = spawnSync(
  python,
  [join(root, 'scripts/python/tiny_models.py'), join(work, 'spec.json'), work],
  {
    encoding: 'utf8',
  },
);
if (tiny.status !== 0) {
  console.error(tiny.stdout, tiny.stderr);
  process.exit(1);
}
console.log(tiny.stdout.trim());

/**
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, seconds: number }>}
 */
function run(args, cwd) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(python, args, {
      cwd,
      env: PYTHON_ENV,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr, seconds: (Date.now() - t0) / 1000 }));
  });
}

/** @param {string} stdout @param {string} tag */
function tagged(stdout, tag) {
  const line = stdout.split('\n').find((l) => l.startsWith(`${tag} `));
  return line ? JSON.parse(line.slice(tag.length + 1)) : null;
}

/** @param {import('./exports/cases').ExportCase} c @param {number} index */
async function prepareCase(c, index) {
  const dir = join(work, `case-${index}`);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(c.files)) await writeFile(join(dir, name), text);
  const argv = [
    '--model',
    join(work, 'models', c.model.name),
    '--data',
    join(work, 'data', `${c.data.name}.jsonl`),
    '--max-steps',
    '2',
    '--cpu',
  ];
  return { dir, script: 'train.py', argv };
}

/** @param {import('./exports/cases').ExportCase} c @param {string} dir */
async function judgeCase(c, dir) {
  const [stdout = '', stderr = '', status = ''] = await Promise.all(
    ['stdout.txt', 'stderr.txt', 'status.txt'].map((f) =>
      readFile(join(dir, f), 'utf8').catch(() => ''),
    ),
  );
  const [code, seconds] = status.trim().split(' ').map(Number);
  const problems = [];
  const settings = tagged(stdout, 'TUNEWISE_SETTINGS');
  const outcome = tagged(stdout, 'TUNEWISE_RESULT');
  if (code !== 0)
    problems.push(
      `exit ${status.trim() ? code : 'missing'}: ${stderr.trim().split('\n').slice(-6).join('\n    ')}`,
    );
  if (!settings) problems.push('printed no TUNEWISE_SETTINGS line');
  else problems.push(...settingsMismatches(c.expected, settings));
  if (code === 0 && !outcome) problems.push('printed no TUNEWISE_RESULT line');
  if (outcome && !outcome.finite) problems.push('the loss is not finite');
  if (outcome && outcome.steps !== 2) problems.push(`ran ${outcome.steps} optimizer steps, not 2`);
  return { c, dir, seconds: seconds || 0, settings, problems };
}

/** @typedef {Awaited<ReturnType<typeof judgeCase>>} CaseResult */

/**
 * Accelerate/DeepSpeed files of multi-GPU cases, loaded by their parsers and compared with the plan.
 * @param {CaseResult[]} results
 */
async function checkLaunchFiles(results) {
  const multi = results.filter((r) => r.c.launcher !== 'single');
  if (multi.length === 0) return [];
  const check = await run(
    [join(root, 'scripts/python/check_launch.py'), ...multi.map((r) => r.dir)],
    work,
  );
  if (check.code !== 0)
    return [
      `launch configs: check_launch.py failed: ${check.stderr.trim().split('\n').slice(-4).join(' | ')}`,
    ];
  const seen = new Map(
    check.stdout
      .split('\n')
      .filter((l) => l.startsWith('TUNEWISE_LAUNCH '))
      .map((l) => JSON.parse(l.slice(16)))
      .map((s) => [s.dir, s]),
  );
  const problems = [];
  for (const r of multi) {
    const s = seen.get(r.dir) ?? {};
    const want = {
      distributedType: /** @type {Record<string, string>} */ ({
        ddp: 'MULTI_GPU',
        fsdp2: 'FSDP',
        zero2: 'DEEPSPEED',
        zero3: 'DEEPSPEED',
      })[r.c.launcher],
      numProcesses: r.c.gpus,
      ...(r.c.launcher === 'fsdp2'
        ? { fsdpVersion: 2, fsdpOffloadParams: r.c.cpuOffload !== 'none' }
        : {}),
      ...(r.c.launcher.startsWith('zero')
        ? {
            deepspeedFile: 'ds_config.json',
            zeroStage: r.c.launcher === 'zero3' ? 3 : 2,
            offloadOptimizer: r.c.cpuOffload !== 'none',
            offloadParams: r.c.launcher === 'zero3' && r.c.cpuOffload === 'optimizer+params',
          }
        : {}),
    };
    for (const [field, value] of Object.entries(want)) {
      if (s[field] !== value)
        problems.push(
          `${r.c.id}: launch config ${field} is ${JSON.stringify(s[field])}, plan ${JSON.stringify(value)}`,
        );
    }
    if (
      !(r.c.files['train.py'] ?? '').includes(
        'accelerate launch --config_file accelerate_config.yaml train.py',
      )
    ) {
      problems.push(`${r.c.id}: the script does not say how to launch it with accelerate`);
    }
  }
  return problems;
}

/**
 * The engine's parameter count of every published config it is tested on, against the count of
 * the modules transformers builds for that config on the meta device (nothing allocated).
 * A difference must be one of KNOWN_DIFFERENCES, to the parameter.
 */
async function checkParameterCounts() {
  const file = join(work, 'parameter-cases.json');
  const cases = parameterCases();
  await writeFile(file, JSON.stringify(cases));
  const check = await run([join(root, 'scripts/python/count_parameters.py'), file], work);
  if (check.code !== 0)
    return [`parameter counts: count_parameters.py failed: ${check.stderr.trim().slice(-400)}`];
  const rows = check.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  const problems = [];
  let matched = 0;
  for (const row of rows.filter((r) => 'name' in r)) {
    const known = KNOWN_DIFFERENCES[row.name];
    const difference = row.transformers === null ? 'unbuildable' : row.ours - row.transformers;
    if (difference === 0 && !known) matched += 1;
    else if (!known || known.difference !== difference)
      problems.push(
        `${row.name}: Tunewise counts ${row.ours.toLocaleString('en-US')}, transformers ` +
          (row.transformers === null
            ? `cannot build it (${row.error})`
            : `${row.transformers.toLocaleString('en-US')} (difference ${difference})`),
      );
  }
  const version = rows.find((r) => 'transformers_version' in r)?.transformers_version;
  console.log(
    `parameter counts: ${matched} of ${Object.keys(cases).length} configs equal transformers ${version} exactly, ` +
      `${Object.keys(KNOWN_DIFFERENCES).length} known differences`,
  );
  return problems;
}

// Scripts share a Python process per worker (scripts/python/run_scripts.py): each still runs as
// its own __main__, but torch and transformers are imported once per worker, not per script.
const jobs = await Promise.all(cases.map((c, i) => prepareCase(c, i)));
const workers = Array.from({ length: Math.min(PARALLEL, cases.length) }, (_, w) =>
  jobs.map((job, i) => ({ job, i })).filter(({ i }) => i % PARALLEL === w),
);
/** @type {CaseResult[]} */
const results = [];
await Promise.all(
  workers.map(async (share, w) => {
    const file = join(work, `jobs-${w}.json`);
    await writeFile(file, JSON.stringify(share.map(({ job }) => job)));
    const child = spawn(python, [join(root, 'scripts/python/run_scripts.py'), file], {
      cwd: work,
      env: PYTHON_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdout.resume();
    const code = await new Promise((done) => child.on('close', done));
    if (code !== 0) console.error(errors.trim().split('\n').slice(-8).join('\n'));
    for (const { job, i } of share) {
      const r = await judgeCase(
        /** @type {import('./exports/cases').ExportCase} */ (cases[i]),
        job.dir,
      );
      results[i] = r;
      const verdict = r.problems.length === 0 ? 'ok  ' : 'FAIL';
      console.log(
        `${verdict} ${r.c.id} (${r.c.modelId} → ${r.c.model.name}) ${r.seconds.toFixed(1)} s`,
      );
      for (const p of r.problems) console.log(`     ${p}`);
    }
  }),
);
const launchProblems = await checkLaunchFiles(results);
const artifactProblems = await checkArtifacts({
  root,
  python,
  env: PYTHON_ENV,
  work,
  cases: results
    .filter((r) => r.c.artifact)
    .map((r) => ({ c: r.c, dir: r.dir, trained: r.problems.length === 0 })),
  bundle,
});
for (const p of artifactProblems) console.log(`FAIL ${p}`);
const countProblems = only ? [] : await checkParameterCounts();
for (const p of countProblems) console.log(`FAIL ${p}`);
for (const p of launchProblems) console.log(`FAIL ${p}`);

const failed =
  results.filter((r) => r.problems.length > 0).length +
  launchProblems.length +
  artifactProblems.length +
  countProblems.length;
console.log(
  `\n${results.length - results.filter((r) => r.problems.length > 0).length}/${results.length} exports ran and matched their plan; ` +
    `${launchProblems.length} launch-config problem(s); ${artifactProblems.length} artifact problem(s); ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
);
if (failed > 0 || process.env.EXPORTS_KEEP) console.log(`work dir (kept): ${work}`);
if (failed === 0 && !process.env.EXPORTS_KEEP) await rm(work, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
