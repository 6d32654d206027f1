/**
 * The library versions Tunewise's exports target, each with where the version was read. One list:
 * every export's install line, the export run test's Python environment
 * (scripts/python/requirements.txt, kept equal by versions.test.ts) and the stack profile read
 * from here. The Python packages are the ones the export run test trains with on CPU; the CUDA-only
 * ones (bitsandbytes, flash-attn, Liger, Cut Cross-Entropy, DeepSpeed) cannot be installed there,
 * so they carry a minimum version instead of a tested pin.
 */
export interface PinnedPackage {
  /** The name pip installs. */
  name: string;
  /** An exact tested version ("==") or, for packages the run test cannot install, a minimum (">="). */
  version: string;
  pin: '==' | '>=';
  /** Where the version (or the feature that needs it) was read. */
  source: string;
}

const pinned = (name: string, version: string, source: string): PinnedPackage => ({
  name,
  version,
  pin: '==',
  source,
});
const atLeast = (name: string, version: string, source: string): PinnedPackage => ({
  name,
  version,
  pin: '>=',
  source,
});

export const STACK = {
  torch: pinned(
    'torch',
    '2.13.0',
    'PyPI torch 2.13.0 (the CPU build the export run test uses); transformers picks adamw_torch_fused by default from torch 2.8',
  ),
  transformers: pinned(
    'transformers',
    '5.18.0',
    'PyPI transformers 5.18.0 (transformers/__init__.py __version__); `dtype` replaced `torch_dtype`, `rope_parameters` replaced `rope_scaling` in 5.0',
  ),
  trl: pinned(
    'trl',
    '1.13.0',
    'PyPI trl 1.13.0 (trl/trainer/sft_config.py: loss_type defaults to "chunked_nll", activation_offloading, assistant_only_loss)',
  ),
  peft: pinned('peft', '0.21.0', 'PyPI peft 0.21.0 (peft/__init__.py __version__)'),
  accelerate: pinned(
    'accelerate',
    '1.15.0',
    'PyPI accelerate 1.15.0 (FSDP2 through fsdp_version: 2 in the accelerate config)',
  ),
  datasets: pinned('datasets', '5.0.1', 'PyPI datasets 5.0.1'),
  sentenceTransformers: pinned(
    'sentence-transformers',
    '6.0.1',
    'PyPI sentence-transformers 6.0.1; CrossEncoder.add_adapter (LoRA on rerankers) needs 5.4 or later (sentence_transformers/base/peft_mixin.py)',
  ),
  sentencepiece: atLeast(
    'sentencepiece',
    '0.2.0',
    "DeBERTa-v3's tokenizer is a SentencePiece model (transformers DebertaV2Tokenizer); protobuf reads its converted form",
  ),
  protobuf: atLeast(
    'protobuf',
    '4.25.0',
    'transformers convert_slow_tokenizer (SentencePiece → fast)',
  ),
  bitsandbytes: atLeast(
    'bitsandbytes',
    '0.45.0',
    'bitsandbytes 0.45 (bnb_4bit_quant_storage for FSDP-QLoRA, 8-bit and paged AdamW); CUDA only',
  ),
  flashAttn: atLeast(
    'flash-attn',
    '2.7.0',
    'Dao-AILab/flash-attention README: pip install flash-attn --no-build-isolation',
  ),
  liger: atLeast(
    'liger-kernel',
    '0.5.0',
    'linkedin/Liger-Kernel: fused linear cross-entropy; TRL use_liger_kernel=True',
  ),
  cutCrossEntropy: atLeast(
    'cut-cross-entropy',
    '25.1.1',
    'apple/ml-cross-entropy README: cut_cross_entropy.transformers.cce_patch',
  ),
  deepspeed: atLeast(
    'deepspeed',
    '0.16.0',
    'DeepSpeed ZeRO-2/3 through accelerate (deepspeed_config_file)',
  ),
  axolotl: atLeast(
    'axolotl',
    '0.18.0',
    'github:axolotl-ai-cloud/axolotl VERSION @067b021c8b87a9e5e380b9173c704cf7340e30f5 (the config keys in src/domain/export/axolotlKeys.json)',
  ),
  mlxLm: atLeast(
    'mlx-lm',
    '0.32.0',
    'github:ml-explore/mlx-lm mlx_lm/_version.py @d78bf58e217c904ec282ed8da9b947491f78c022 (lora config keys: mlx_lm/lora.py CONFIG_DEFAULTS, mlx_lm/examples/lora_config.yaml)',
  ),
  vllm: atLeast(
    'vllm',
    '0.29.0',
    'vLLM with Model Runner V2 for all models (https://github.com/vllm-project/vllm/pull/53183) and its CUDA graph reservation (PR 53306), the start-up the serving plan models (src/domain/serving/vllmGenerations.ts); `vllm serve` flags --max-model-len, --gpu-memory-utilization, --max-num-seqs, --kv-cache-dtype, --quantization, --tensor-parallel-size, --enable-lora, --max-lora-rank read in github:vllm-project/vllm vllm/engine/arg_utils.py @002f10e0cfa1373a19a0d2756598a34b700d20e5 (src/domain/export/engineFlags.ts); both PRs merged in August 2026, so 0.29.0 is taken as the first release with them: the release tag is unverified',
  ),
  sglang: atLeast(
    'sglang',
    '0.5.0',
    'SGLang: python -m sglang.launch_server --model-path --context-length --mem-fraction-static --tp (github:sgl-project/sglang python/sglang/srt/server_args.py); the minimum is unverified',
  ),
} as const satisfies Record<string, PinnedPackage>;

export type StackPackage = keyof typeof STACK;

/** A pip requirement, quoted for a shell: `"transformers==5.18.0"`. */
export function requirement(pkg: PinnedPackage): string {
  return `"${pkg.name}${pkg.pin}${pkg.version}"`;
}

/** `pip install …` for the given packages, in the order given. */
export function pipInstall(packages: readonly StackPackage[]): string {
  return `pip install ${packages.map((id) => requirement(STACK[id])).join(' ')}`;
}

/**
 * The llama.cpp release the GGUF steps and the llama-server flags are written for. The export run
 * test takes this release from npm: node-llama-cpp ships its source (a git bundle holding
 * convert_hf_to_gguf.py, gguf-py and tools/quantize) and @node-llama-cpp/linux-x64 its prebuilt
 * libraries, against which the test compiles llama-quantize. The bundle is one squashed commit, so
 * the upstream commit of the tag is not read here (status secondary).
 */
export const LLAMA_CPP = {
  name: 'llama.cpp',
  version: 'v0.5.0',
  npmPackage: 'node-llama-cpp',
  npmVersion: '3.22.1',
  source:
    'npm node-llama-cpp 3.22.1 llama/llama.cpp.info.json ({"tag": "v0.5.0", "llamaCppGithubRepo": "ggml-org/llama.cpp"}) and @node-llama-cpp/linux-x64 3.22.1 bins/linux-x64/_nlcBuildMetadata.json (llamaCpp.release "v0.5.0"); CMakeLists.txt LLAMA_VERSION 0.5.0',
  status: 'secondary',
} as const;
