import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend/recommend';
import { launchPlan, launchScript, vllmLoraRank } from './launchCommand';
import { trainingSetup } from './trainingSetup';

const legalChat = { purpose: 'chat', domain: 'legal' } as const;

describe('launch command', () => {
  it('a 7–8B model on a 24 GB GPU: vllm serve starts with the largest max_model_len and the KV blocks vLLM reports', () => {
    const r = recommend({ task: legalChat, hardware: { gpuId: 'rtx-4090' } });
    const d = r.deployment!;
    const vllm = d.serving.engines[0]!;
    expect(d.serving.engine).toBe('vllm');
    expect(vllm.settings.gpuMemoryUtilization).toBe(0.92);
    expect(Number(vllm.settings.kvBlocks)).toBeGreaterThan(1000);
    const launch = launchPlan(r)!;
    expect(launch.command).toMatch(
      new RegExp(
        `^vllm serve ${d.modelId} --max-model-len ${vllm.settings.maxModelLen} --gpu-memory-utilization 0\\.92 --max-num-seqs ${vllm.settings.maxNumSeqs}`,
      ),
    );
    expect(launchScript(launch)).toContain(
      `# KV cache: ${vllm.settings.kvBlocks} blocks of 16 tokens`,
    );
  });

  it('serves a LoRA plan as the adapter on the base, at the smallest rank vLLM accepts', () => {
    const r = recommend({
      task: legalChat,
      hardware: { gpuId: 'rtx-4090' },
      scale: { loraRank: 24 },
    });
    expect(r.top!.training.plan!.method).not.toBe('full');
    // The adapter is where the exported training script saves it (its --output-dir default).
    expect(launchPlan(r)!.command).toContain(
      `--enable-lora --lora-modules tuned=./${trainingSetup(r)!.outputDir} --max-lora-rank 32`,
    );
    expect(vllmLoraRank(16)).toBe(16);
    expect(vllmLoraRank(300)).toBe(320);
  });

  it('an edge target: merge, convert_hf_to_gguf.py, llama-quantize to Q4_K_M, then llama-server with -c = context × slots', () => {
    const r = recommend({
      task: legalChat,
      hardware: { gpuId: 'rtx-4090', deploymentTarget: 'edge', customServingGb: 16 },
      scale: { pinnedModel: 'Qwen/Qwen3-4B-Instruct-2507', method: 'lora' },
    });
    const launch = launchPlan(r)!;
    expect(launch.engine).toBe('llama.cpp');
    expect(r.top!.training.plan!.method).toBe('lora');
    const trained = `./${trainingSetup(r)!.outputDir}`;
    expect(launch.steps[0]!.command).toBe(
      `python -c "from peft import AutoPeftModelForCausalLM; m = AutoPeftModelForCausalLM.from_pretrained('${trained}', dtype='bfloat16'); m.merge_and_unload().save_pretrained('./merged'); __import__('transformers').AutoTokenizer.from_pretrained('${trained}').save_pretrained('./merged')"`,
    );
    expect(launch.versions).toEqual(['llama.cpp v0.5.0']);
    expect(launch.steps.map((s) => s.command)).toEqual([
      expect.stringContaining('merge_and_unload()'),
      'python convert_hf_to_gguf.py ./merged --outtype f16 --outfile model-f16.gguf',
      'llama-quantize model-f16.gguf model-Q4_K_M.gguf Q4_K_M',
    ]);
    const { contextTokens, concurrency } = r.deployment!;
    expect(launch.command).toMatch(
      new RegExp(
        `^llama-server -m model-Q4_K_M\\.gguf -c ${contextTokens * concurrency} -np ${concurrency} -ngl 0 -fa on`,
      ),
    );
  });

  it('Apple silicon: mlx_lm.fuse, mlx_lm.convert -q, then mlx_lm.server, written for mlx-lm 0.32.0', () => {
    const r = recommend({ task: legalChat, hardware: { gpuId: 'apple-64gb' } });
    const launch = launchPlan(r)!;
    expect(launch.engine).toBe('mlx');
    expect(launch.steps[0]!.command).toMatch(
      new RegExp(
        `^mlx_lm\\.fuse --model \\S+ --adapter-path \\./${trainingSetup(r)!.outputDir}/adapters `,
      ),
    );
    expect(launch.steps.at(-1)!.command).toMatch(
      /mlx_lm\.convert .* -q --q-bits (4|8) --q-group-size 64$/,
    );
    expect(launch.command).toMatch(/^mlx_lm\.server --model \.\/mlx-(4|8)bit/);
    expect(launch.versions).toEqual(['mlx-lm==0.32.0']);
  });

  it('a full fine-tune is served and converted from the training output, not the base model', () => {
    const vllm = recommend({
      task: legalChat,
      hardware: { gpuId: 'h100-80gb' },
      scale: { method: 'full', sizeBand: '1-3b' },
    });
    expect(launchPlan(vllm)!.command).toMatch(
      new RegExp(`^vllm serve \\./${trainingSetup(vllm)!.outputDir} `),
    );
    const edge = recommend({
      task: legalChat,
      hardware: { gpuId: 'h100-80gb', deploymentTarget: 'edge', customServingGb: 16 },
      scale: { method: 'full', sizeBand: '1-3b' },
    });
    const steps = launchPlan(edge)!.steps.map((s) => s.command);
    expect(steps[0]).toBe(
      `python convert_hf_to_gguf.py ./${trainingSetup(edge)!.outputDir} --outtype f16 --outfile model-f16.gguf`,
    );
    expect(steps.some((line) => line.includes('merge_and_unload'))).toBe(false);
  });
});
