import { describe, expect, it } from 'vitest';
import { deviceOf } from '../recommend/hardware';
import { engineDeviceOf, planEngine } from './plan';
import { planBytesAt } from './planBytes';
import { request } from './testSupport';
import type { Engine } from './types';

const GIB = 2 ** 30;
const rtx4090 = deviceOf('rtx-4090', 24);
const mac = deviceOf('apple-24gb', 24);
const edge = { ...deviceOf('custom', 8), id: 'edge', kind: 'edge' as const };

describe('engineDeviceOf', () => {
  it('keeps the headroom off vLLM and SGLang, which pre-allocate, and on the engines that do not', () => {
    expect(engineDeviceOf('vllm', rtx4090, 40).memoryBytes).toBe(rtx4090.usableBytes);
    expect(engineDeviceOf('sglang', rtx4090, 40).memoryBytes).toBe(rtx4090.usableBytes);
    expect(engineDeviceOf('transformers', rtx4090, 40).memoryBytes).toBe(
      Math.floor(rtx4090.usableBytes * 0.6),
    );
    expect(engineDeviceOf('mlx', mac, 10).memoryBytes).toBe(Math.floor(mac.usableBytes * 0.9));
  });
});

describe('planBytesAt', () => {
  const cases: [Engine, typeof rtx4090, string][] = [
    ['vllm', rtx4090, 'Qwen/Qwen2.5-7B-Instruct'],
    ['mlx', mac, 'Qwen/Qwen2.5-7B-Instruct'],
    ['llama.cpp', edge, 'meta-llama/Llama-3.2-3B-Instruct'],
  ];
  it.each(cases)(
    '%s: at or below the capacity exactly up to the plan’s longest context',
    (engine, device, id) => {
      const on = engineDeviceOf(engine, device, 10);
      const ask = request(id, { contextTokens: 8192, concurrency: 2, modelContextTokens: 131_072 });
      const plan = planEngine(engine, ask, on);
      expect(plan.maxContextTokens).toBeGreaterThan(1024);
      expect(plan.maxContextTokens).toBeLessThan(131_072);
      const at = (tokens: number) => planBytesAt(plan, ask, on, tokens);
      expect(at(plan.maxContextTokens)).toBeLessThanOrEqual(plan.capacityBytes);
      // One KV block (16 tokens in vLLM) further no longer fits.
      expect(at(plan.maxContextTokens + 16)).toBeGreaterThan(plan.capacityBytes);
      expect(at(8192) <= plan.capacityBytes).toBe(plan.fits);
      expect(at(2048)).toBeLessThan(at(8192));
      expect(at(8192) / GIB).toBeGreaterThan(1);
    },
  );
});
