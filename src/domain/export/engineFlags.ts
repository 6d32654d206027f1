import { LLAMA_CPP } from '../stack/versions';

/**
 * Command-line flags of the serving tools, as extracted from their sources at the versions the
 * launch commands are written for. engineFlags.test.ts checks that every flag a launch plan emits
 * is here. Lists marked "subset" hold the flags read and checked, not the tool's every option.
 */
export interface ToolFlags {
  /** The command as the launch plan starts it. */
  command: string;
  flags: readonly string[];
  /** Values a positional argument or typed flag accepts, where the launch plan writes one. */
  choices?: Readonly<Record<string, readonly string[]>>;
  complete: boolean;
  source: string;
  status: 'verified' | 'secondary';
}

const LLAMA_SOURCE = `llama.cpp ${LLAMA_CPP.version} as npm ${LLAMA_CPP.npmPackage} ${LLAMA_CPP.npmVersion} ships it (llama/gitRelease.bundle)`;
const MLX_LM =
  'github:ml-explore/mlx-lm @d78bf58e217c904ec282ed8da9b947491f78c022 (mlx_lm/_version.py 0.32.0)';
const VLLM_ENGINE =
  'github:vllm-project/vllm vllm/engine/arg_utils.py @002f10e0cfa1373a19a0d2756598a34b700d20e5';
const VLLM_FRONTEND =
  'vllm/entrypoints/openai/cli_args.py @789340fbad95a900ca3c467c9cee33b3d905fd61';

export const TOOL_FLAGS: readonly ToolFlags[] = [
  {
    command: 'python convert_hf_to_gguf.py',
    flags: [
      '--vocab-only',
      '--outfile',
      '--outtype',
      '--bigendian',
      '--use-temp-file',
      '--no-lazy',
      '--model-name',
      '--verbose',
      '--split-max-tensors',
      '--split-max-size',
      '--dry-run',
      '--no-tensor-first-split',
      '--metadata',
      '--print-supported-models',
      '--remote',
      '--mmproj',
      '--mtp',
      '--no-nextn',
      '--no-mtp',
      '--dspark',
      '--mistral-format',
      '--disable-mistral-community-chat-template',
      '--sentence-transformers-dense-modules',
      '--fuse-gate-up-exps',
      '--fp8-as-q8',
      '--fuse-qkv',
      '--target-model-dir',
    ],
    choices: { '--outtype': ['f32', 'f16', 'bf16', 'q8_0', 'tq1_0', 'tq2_0', 'auto'] },
    complete: true,
    source: `${LLAMA_SOURCE}: convert_hf_to_gguf.py parse_args`,
    status: 'verified',
  },
  {
    command: 'llama-quantize',
    flags: [
      '--help',
      '--allow-requantize',
      '--leave-output-tensor',
      '--pure',
      '--imatrix',
      '--include-weights',
      '--exclude-weights',
      '--output-tensor-type',
      '--token-embedding-type',
      '--tensor-type',
      '--tensor-type-file',
      '--prune-layers',
      '--keep-split',
      '--override-kv',
      '--dry-run',
      '--max-buffer-size',
    ],
    // The type argument (subset: the mixes Tunewise plans).
    choices: { type: ['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M'] },
    complete: true,
    source: `${LLAMA_SOURCE}: tools/quantize/quantize.cpp usage() and QUANT_OPTIONS`,
    status: 'verified',
  },
  {
    command: 'llama-server',
    flags: ['-m', '-c', '-np', '-ngl', '-fa', '-ctk', '-ctv', '--lora', '--port'],
    choices: {
      '-fa': ['on', 'off', 'auto'],
      '-ctk': ['f16', 'q8_0', 'q4_0'],
      '-ctv': ['f16', 'q8_0', 'q4_0'],
    },
    complete: false,
    source: `${LLAMA_SOURCE}: common/arg.cpp common_arg {"-m", "--model"}, {"-c", "--ctx-size"}, {"-np", "--parallel"}, {"-ngl", "--gpu-layers"}, {"-fa", "--flash-attn"} [on|off|auto], {"-ctk", "--cache-type-k"}, {"-ctv", "--cache-type-v"}, {"--lora"}, {"--port"}; the export run test also parses the exported line with llama.cpp's own parser`,
    status: 'verified',
  },
  {
    command: 'vllm serve',
    flags: [
      '--max-model-len',
      '--quantization',
      '--tensor-parallel-size',
      '--gpu-memory-utilization',
      '--kv-cache-dtype',
      '--max-num-seqs',
      '--max-num-batched-tokens',
      '--enable-lora',
      '--max-loras',
      '--max-lora-rank',
      '--lora-dtype',
      '--max-cpu-loras',
      '--lora-modules',
      '--port',
      '--host',
    ],
    complete: false,
    source: `${VLLM_ENGINE} (EngineArgs.add_cli_args, a late-2026 main commit whose CacheConfig defaults to 0.92: --max-model-len and --quantization in the ModelConfig group, --tensor-parallel-size in ParallelConfig, --gpu-memory-utilization, --kv-cache-dtype in CacheConfig, --enable-lora, --max-loras, --max-lora-rank, --lora-dtype, --max-cpu-loras in LoRAConfig, --max-num-batched-tokens, --max-num-seqs in SchedulerConfig) and ${VLLM_FRONTEND} (FrontendArgs.lora_modules, port, host; a commit of the 0.11 line, not re-read at the current one)`,
    status: 'secondary',
  },
  {
    command: 'mlx_lm.convert',
    flags: [
      '--hf-path',
      '--model',
      '--mlx-path',
      '-q',
      '--quantize',
      '--q-group-size',
      '--q-bits',
      '--q-mode',
      '--quant-predicate',
      '--dtype',
      '--upload-repo',
      '--dequantize',
      '--trust-remote-code',
    ],
    complete: true,
    source: `${MLX_LM} mlx_lm/convert.py configure_parser`,
    status: 'verified',
  },
  {
    command: 'mlx_lm.fuse',
    flags: [
      '--model',
      '--save-path',
      '--adapter-path',
      '--upload-repo',
      '--dequantize',
      '--export-gguf',
      '--gguf-path',
      '--trust-remote-code',
    ],
    complete: true,
    source: `${MLX_LM} mlx_lm/fuse.py parse_arguments`,
    status: 'verified',
  },
  {
    command: 'mlx_lm.server',
    flags: [
      '--model',
      '--adapter-path',
      '--host',
      '--port',
      '--allowed-origins',
      '--draft-model',
      '--num-draft-tokens',
      '--trust-remote-code',
      '--log-level',
      '--chat-template',
      '--use-default-chat-template',
      '--temp',
      '--top-p',
      '--top-k',
      '--min-p',
      '--max-tokens',
      '--chat-template-args',
      '--decode-concurrency',
      '--prompt-concurrency',
      '--prefill-step-size',
      '--prompt-cache-size',
      '--prompt-cache-bytes',
      '--pipeline',
    ],
    complete: true,
    source: `${MLX_LM} mlx_lm/server.py main argparse`,
    status: 'verified',
  },
];

/** The tool a shell line runs, by the longest command it starts with; null for other lines. */
export function toolOf(line: string): ToolFlags | null {
  const matches = TOOL_FLAGS.filter((t) => line === t.command || line.startsWith(`${t.command} `));
  return matches.sort((a, b) => b.command.length - a.command.length)[0] ?? null;
}
