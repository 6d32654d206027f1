import { describe, expect, it } from 'vitest';
import { repoFile } from './testSupport';
import type { Answers } from '../recommend/answers';
import { recommend } from '../recommend/recommend';
import { TOOL_FLAGS, toolOf } from './engineFlags';
import { launchPlan } from './launchCommand';

/** SGLang's launch_server flags: python/sglang/srt/server_args.py was not read for this check. */
const SGLANG_UNCHECKED = ['--model-path', '--context-length', '--mem-fraction-static', '--tp'];

type Given = Parameters<typeof recommend>[0];

/** Deployments covering every engine and every optional flag the launch plans write. */
const GRID: [string, Given][] = [
  ['vLLM, LoRA on the base', { hardware: { gpuId: 'rtx-4090' } }],
  [
    'vLLM, full fine-tune',
    { hardware: { gpuId: 'h100-80gb' }, scale: { method: 'full', sizeBand: '1-3b' } },
  ],
  [
    'vLLM, fp8 weights on an L4 at 32k × 32',
    {
      hardware: { gpuId: 'h100-80gb', deploymentTarget: 'other-gpu', servingGpuId: 'l4' },
      scale: { contextWindow: 32768, concurrency: 32 },
    },
  ],
  [
    'vLLM, a 70B on an H100',
    {
      hardware: { gpuId: 'h100-80gb', deploymentTarget: 'other-gpu', servingGpuId: 'h100-80gb' },
      scale: { sizeBand: '70b-plus' },
    },
  ],
  ['llama.cpp, edge, q8_0 KV', { hardware: { deploymentTarget: 'edge', customServingGb: 16 } }],
  ['llama.cpp, CPU server', { hardware: { deploymentTarget: 'cpu', customServingGb: 64 } }],
  [
    'llama.cpp, QLoRA on a T4, edge',
    {
      hardware: { gpuId: 't4', deploymentTarget: 'edge', customServingGb: 8 },
      scale: { method: 'qlora' },
    },
  ],
  ['MLX, Apple silicon', { hardware: { gpuId: 'apple-64gb' } }],
  ['MLX, Apple silicon 16 GB', { hardware: { gpuId: 'apple-16gb' } }],
];

function shellLines(given: Given): string[] {
  const plan = launchPlan(recommend(given as Partial<Answers>));
  if (!plan) return [];
  return [...plan.steps.map((s) => s.command).filter(Boolean), plan.command];
}

/** Every -flag of a line, and the value after each (null for a switch). */
function flagsOf(line: string): [string, string | null][] {
  const words = line.split(' ');
  return words.flatMap((word, i) => {
    if (!/^--?[a-z]/.test(word)) return [];
    const next = words[i + 1];
    return [[word, next && !next.startsWith('-') ? next : null] as [string, string | null]];
  });
}

describe('launch command flags against the tools’ sources', () => {
  const lines = GRID.flatMap(([, given]) => shellLines(given));

  it('the grid reaches every tool the launch plans run', () => {
    const tools = new Set(lines.map((line) => toolOf(line)?.command ?? line.split(' ')[0]));
    for (const command of [
      'vllm serve',
      'llama-server',
      'llama-quantize',
      'python convert_hf_to_gguf.py',
      'mlx_lm.convert',
      'mlx_lm.fuse',
      'mlx_lm.server',
    ])
      expect(tools).toContain(command);
  });

  it('every flag a launch plan writes exists in that tool at the cited version', () => {
    const unknown: string[] = [];
    for (const line of lines) {
      if (line.startsWith('python -c ') || line.startsWith('python -m sglang')) continue;
      const tool = toolOf(line);
      if (!tool) {
        unknown.push(`no flag list for: ${line}`);
        continue;
      }
      for (const [flag, value] of flagsOf(line)) {
        if (!tool.flags.includes(flag)) unknown.push(`${tool.command} ${flag}`);
        const allowed = tool.choices?.[flag];
        if (allowed && value !== null && !allowed.includes(value))
          unknown.push(`${tool.command} ${flag} ${value}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('every flag literal in launchCommand.ts, the optional ones too, is in a tool’s list', () => {
    const literals = [
      ...repoFile('src/domain/export/launchCommand.ts')
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
        .matchAll(/[`'\s](--?[a-z][a-z0-9-]*)[\s'`]/g),
    ].map((m) => m[1]!);
    expect(literals).toContain('--kv-cache-dtype');
    const known = new Set(TOOL_FLAGS.flatMap((t) => t.flags));
    expect(literals.filter((flag) => !known.has(flag) && !SGLANG_UNCHECKED.includes(flag))).toEqual(
      [],
    );
  });

  it('llama-quantize is given a type it lists', () => {
    const quantize = lines.filter((line) => line.startsWith('llama-quantize '));
    expect(quantize.length).toBeGreaterThan(0);
    const types = TOOL_FLAGS.find((t) => t.command === 'llama-quantize')!.choices!.type!;
    for (const line of quantize) expect(types).toContain(line.split(' ')[3]);
  });

  it('a flag a tool does not have is caught', () => {
    const server = toolOf('llama-server -m x.gguf --flash-attention')!;
    expect(
      flagsOf('llama-server -m x.gguf --flash-attention')
        .map(([f]) => f)
        .filter((f) => !server.flags.includes(f)),
    ).toEqual(['--flash-attention']);
  });

  it('every list names its source at a version', () => {
    for (const tool of TOOL_FLAGS) expect(tool.source).toMatch(/@[0-9a-f]{40}|v\d+\.\d+\.\d+/);
  });
});
