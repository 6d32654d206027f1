// The llama.cpp tools the export run test converts and quantises with, from npm: node-llama-cpp
// ships llama.cpp's source as a git bundle (convert_hf_to_gguf.py, gguf-py, tools/quantize) and
// @node-llama-cpp/linux-x64 the prebuilt shared libraries (libllama, libllama-common, ggml). The
// release is LLAMA_CPP in src/domain/stack/versions.ts. `npm pack` fetches both tarballs (no
// install scripts run); llama-quantize and the llama-server argument check (scripts/llama) are
// compiled against the prebuilt libraries with g++, a few seconds. Cached in
// node_modules/.cache/tunewise-llama-cpp/<version> until node_modules is reinstalled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} command @param {string[]} args @param {string} cwd */
function sh(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed: ${(r.stderr || r.stdout || String(r.error)).trim().slice(-800)}`,
    );
  return r.stdout;
}

/**
 * @param {string} root the repository
 * @param {{ npmPackage: string, npmVersion: string, version: string }} release
 * @returns {{ source: string, bin: string, convert: string }} llama.cpp's source tree, the
 *   directory holding llama-quantize and tunewise-llama-server-check (beside the libraries, where
 *   ggml looks for its CPU backends), and convert_hf_to_gguf.py
 */
export function llamaCppTools(root, release) {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `the GGUF check needs Linux x64 (prebuilt libraries), not ${process.platform}-${process.arch}`,
    );
  const dir = join(root, 'node_modules', '.cache', 'tunewise-llama-cpp', release.npmVersion);
  const source = join(dir, 'llama.cpp');
  const bin = join(dir, 'lib', 'package', 'bins', 'linux-x64');
  const done = join(bin, 'tunewise-llama-server-check');
  if (!existsSync(done)) build(root, dir, release);
  return { source, bin, convert: join(source, 'convert_hf_to_gguf.py') };
}

/** @param {string} root @param {string} dir @param {{ npmPackage: string, npmVersion: string }} release */
function build(root, dir, release) {
  spawnSync('rm', ['-rf', dir]);
  spawnSync('mkdir', ['-p', join(dir, 'pkg'), join(dir, 'lib')]);
  const main = `${release.npmPackage}@${release.npmVersion}`;
  const libs = `@${release.npmPackage}/linux-x64@${release.npmVersion}`;
  const packed = sh('npm', ['pack', '--silent', main, libs], dir).trim().split('\n');
  sh('tar', ['xzf', join(dir, packed[0] ?? ''), '-C', join(dir, 'pkg')], dir);
  sh('tar', ['xzf', join(dir, packed[1] ?? ''), '-C', join(dir, 'lib')], dir);
  sh(
    'git',
    ['clone', '--quiet', join(dir, 'pkg', 'package', 'llama', 'gitRelease.bundle'), 'llama.cpp'],
    dir,
  );
  const source = join(dir, 'llama.cpp');
  const bin = join(dir, 'lib', 'package', 'bins', 'linux-x64');
  const libllama = readdirSync(bin).filter((f) => /^lib(llama|ggml)\.v.*\.so$/.test(f));
  const link = [
    `-L${bin}`,
    '-l:libllama-common.so',
    ...libllama.map((f) => `-l:${f}`),
    '-l:libggml-base.so',
    `-Wl,-rpath,${bin}`,
  ];
  const include = ['include', 'common', 'ggml/include', 'vendor'].map(
    (d) => `-I${join(source, d)}`,
  );
  const cxx = process.env.CXX ?? 'g++';
  const flags = ['-std=c++17', '-O1', ...include];
  sh(
    cxx,
    [
      ...flags,
      join(source, 'tools/quantize/quantize.cpp'),
      join(source, 'tools/quantize/main.cpp'),
      '-o',
      join(bin, 'llama-quantize'),
      ...link,
    ],
    dir,
  );
  sh(
    cxx,
    [
      ...flags,
      join(root, 'scripts/llama/server_check.cpp'),
      '-o',
      join(bin, 'tunewise-llama-server-check'),
      ...link,
    ],
    dir,
  );
}
