import { z } from 'zod';
import { DOMAIN_IDS, PURPOSE_IDS } from './vocabulary';

/**
 * Schemas of the shipped catalogs. The catalogs themselves are typed TypeScript data; these
 * schemas check the facts a type cannot: every fact has a source, numbers are in range, and
 * unverified values are flagged rather than guessed. The catalog tests parse every entry.
 */

/** Where a fact comes from: a URL, or `github:owner/repo path @commit`, or the title of a published document (report, paper, licence text). */
export const sourceSchema = z.string().trim().min(8, 'a source must say where the fact comes from');

/** How sure we are of a fact: read from the primary source, from a faithful copy, or not checked. */
export const factStatusSchema = z.enum(['verified', 'secondary', 'unverified']);
export type FactStatus = z.infer<typeof factStatusSchema>;

/** The six purposes of the guide's purpose → architecture table. */
export const purposeSchema = z.enum(PURPOSE_IDS);
export type Purpose = z.infer<typeof purposeSchema>;

/** Domains a user can name in the task step, and that a model can be strong in. */
export const domainSchema = z.enum(DOMAIN_IDS);
export type Domain = z.infer<typeof domainSchema>;

export const strengthSchema = z.enum([
  'general',
  'code',
  'math',
  'reasoning',
  'multilingual',
  'long-context',
  'tool-use',
  'retrieval',
  'classification',
  'medical',
  'legal',
  'scientific',
  'finance',
]);
export type Strength = z.infer<typeof strengthSchema>;

export const licenseIdSchema = z.enum([
  'apache-2.0',
  'mit',
  'llama-3.1',
  'llama-3.2',
  'llama-3.3',
  'llama-4',
  'gemma',
  'gemma-4-apache-2.0',
  'qwen',
  'qwen-research',
  'cc-by-nc-4.0',
  'mistral-research',
  'gpt-oss-apache-2.0',
  'nvidia-open-model',
  'bigcode-openrail-m',
]);
export type LicenseId = z.infer<typeof licenseIdSchema>;

/**
 * Benchmarks the catalog records. General knowledge: MMLU, MMLU-Pro; graduate-level science:
 * GPQA-Diamond; instruction following (strict output formats): IFEval; code: HumanEval,
 * HumanEval+ (EvalPlus), LiveCodeBench; embeddings: MTEB (v1 / v2, English / multilingual / code /
 * Chinese); retrieval and reranking: MTEB-R (the retrieval tasks of MTEB v2) and BEIR.
 */
export const benchmarkNameSchema = z.enum([
  'MMLU',
  'MMLU-Pro',
  'GPQA-Diamond',
  'IFEval',
  'HumanEval',
  'HumanEval+',
  'LiveCodeBench',
  'MTEB',
  'MTEB-R',
  'BEIR',
]);
export type BenchmarkName = z.infer<typeof benchmarkNameSchema>;

/** The language a figure was measured in: "code" for programming-language suites. */
export const benchmarkLanguageSchema = z.enum(['en', 'multilingual', 'zh', 'code']);
export type BenchmarkLanguage = z.infer<typeof benchmarkLanguageSchema>;

/**
 * A published benchmark figure, with the setting it was measured in and where it was read. Two
 * figures are comparable only when name, variant, language and shots are all equal.
 */
export const benchmarkSchema = z.strictObject({
  name: benchmarkNameSchema,
  /** Percentage points (0–100), as the source reports it. */
  value: z.number().min(0).max(100),
  /**
   * What makes two figures of one benchmark comparable, beyond shots and language: the suite
   * version or subset ("v1", "17 datasets"), the metric ("strict prompt"), the release window
   * (LiveCodeBench "2023-05 to 2024-09"), or the prompting ("CoT"); "" for the benchmark as
   * published, with nothing further to tell apart.
   */
  variant: z.string(),
  language: benchmarkLanguageSchema,
  /** Examples in the prompt; null when the source does not say or the suite has no prompt. */
  shots: z.number().int().min(0).max(64).nullable(),
  /** e.g. "5-shot, macro average", "pass@1, 0-shot", "MTEB English v2, mean over tasks". */
  setting: z.string().min(3),
  source: sourceSchema,
  /** "verified" when read in the source itself; "secondary" when copied from a third party. */
  status: factStatusSchema.exclude(['unverified']),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;

/**
 * A Hugging Face `config.json`, as published (the fields the memory model reads, with the same
 * names and values). Unknown extra fields are allowed: a user's pasted config has many.
 */
export const hfConfigSchema = z.looseObject({
  model_type: z.string().min(1),
});
export type HfConfig = z.infer<typeof hfConfigSchema>;

export const catalogModelSchema = z.strictObject({
  /** Hugging Face repository id, e.g. "meta-llama/Llama-3.1-8B-Instruct". */
  id: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'an id is "owner/name" as on Hugging Face'),
  name: z.string().min(2),
  family: z.string().min(2),
  developer: z.string().min(2),
  /** The purposes the model fits as published (before any further fine-tuning). */
  purposes: z.array(purposeSchema).min(1),
  /**
   * base: pretrained only (or an MLM encoder); instruct: aligned to follow instructions;
   * task-tuned: already trained for its purpose (embedding models, rerankers).
   */
  variant: z.enum(['base', 'instruct', 'task-tuned']),
  /** The network the weights form: decoder-only, encoder-only. */
  backbone: z.enum(['decoder', 'encoder']),
  /** The Hugging Face config.json the memory model reads. */
  config: hfConfigSchema,
  configStatus: factStatusSchema,
  /** Exact stored parameter count (all experts for MoE), as published or computed from the config. */
  parameters: z.strictObject({
    total: z.number().int().positive(),
    /** "exact" for a stored-parameter count; "rounded" for a headline figure such as "149M". */
    precision: z.enum(['exact', 'rounded']),
    /** Parameters used per token; only for mixture-of-experts models. */
    active: z.number().int().positive().optional(),
    status: factStatusSchema,
    source: sourceSchema,
  }),
  /**
   * An embedding model's sentence-transformers Dense modules after pooling (modules.json: 2_Dense,
   * 3_Dense, …), which hold weights the config.json does not describe: counted with the model.
   */
  denseModules: z
    .strictObject({
      layers: z
        .array(
          z.strictObject({
            inFeatures: z.number().int().positive(),
            outFeatures: z.number().int().positive(),
            bias: z.boolean(),
          }),
        )
        .min(1),
      status: factStatusSchema,
      source: sourceSchema,
    })
    .optional(),
  /** Context window in tokens: native (trained) and extended (with the published RoPE scaling). */
  context: z.strictObject({
    native: z.number().int().positive(),
    extended: z.number().int().positive().optional(),
    status: factStatusSchema,
    source: sourceSchema,
    note: z.string().optional(),
  }),
  /** "english" when trained/evaluated for English only; "multilingual" otherwise. */
  languages: z.strictObject({
    coverage: z.enum(['english', 'multilingual']),
    /** As stated by the developer, e.g. ["en", "de", "fr"], or a sentence such as "100+ languages". */
    stated: z.string().min(2),
  }),
  strengths: z.array(strengthSchema).min(1),
  license: z.strictObject({
    id: licenseIdSchema,
    status: factStatusSchema,
    source: sourceSchema,
  }),
  benchmarks: z.array(benchmarkSchema),
  /**
   * Fill-in-the-middle: the model was trained to complete a gap between a prefix and a suffix
   * (IDE completion), with these special tokens, as its card or repository documents them.
   */
  fim: z
    .strictObject({
      tokens: z.strictObject({ prefix: z.string(), suffix: z.string(), middle: z.string() }),
      status: factStatusSchema.exclude(['unverified']),
      source: sourceSchema,
    })
    .optional(),
  /**
   * Release year-month, e.g. "2024-07": from the model card, the release announcement, the paper
   * or the Hub repository's first commit, with that source in `sources`.
   */
  released: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'released is "YYYY-MM"'),
  /**
   * The checkpoint that replaces this one (e.g. Qwen3-8B after Qwen3-8B-Instruct-2507), as its
   * developer says so: the successor's catalog id, why in one sentence, and where it is said. A
   * superseded model never ranks above its successor when both are candidates.
   */
  supersededBy: z
    .strictObject({
      id: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
      reason: z.string().min(10),
      source: sourceSchema,
    })
    .optional(),
  sources: z.array(sourceSchema).min(1),
  /** Anything a user must know: traps, caveats, what is unverified and why. */
  notes: z.array(z.string().min(5)),
});
export type CatalogModel = z.input<typeof catalogModelSchema>;

export const gpuClassSchema = z.enum(['consumer', 'workstation', 'datacenter', 'apple']);
export type GpuClass = z.infer<typeof gpuClassSchema>;

/**
 * Peak figures for a speed estimate, as the vendor publishes them. Throughput is dense (no 2:4
 * structured sparsity, which datasheets often quote at twice the dense figure) and counts a fused
 * multiply-add as two operations; tensor figures are with FP32 accumulate, the mode mixed-precision
 * training uses (GeForce cards run it at half their FP16-accumulate rate).
 */
export const gpuThroughputSchema = z
  .strictObject({
    /** Dense bf16 tensor (matrix) throughput, TFLOPS. Absent where the GPU has no bf16 (Volta, Turing). */
    bf16DenseTflops: z.number().positive().optional(),
    /** Dense fp16 tensor throughput, TFLOPS; given only where bf16 is absent, for fp16 mixed precision. */
    fp16DenseTflops: z.number().positive().optional(),
    /** Dense fp8 tensor throughput, TFLOPS; absent where the GPU has no fp8 tensor path. */
    fp8DenseTflops: z.number().positive().optional(),
    /** Peak memory bandwidth, GB/s (decimal gigabytes per second, as datasheets give it). */
    memoryBandwidthGBs: z.number().positive(),
    sources: z.array(sourceSchema).min(1),
    status: factStatusSchema,
    /** How a figure was read or derived, and why it is unverified when it is. */
    note: z.string().min(5).optional(),
  })
  .refine((t) => t.bf16DenseTflops !== undefined || t.fp16DenseTflops !== undefined, {
    message: 'a GPU needs a bf16 or, without bf16, an fp16 tensor throughput',
  })
  .refine((t) => t.status !== 'unverified' || (t.note?.length ?? 0) > 0, {
    message: 'an unverified throughput says why in its note',
  });
export type GpuThroughput = z.input<typeof gpuThroughputSchema>;

export const gpuSchema = z.strictObject({
  /** Stable slug used in URLs, e.g. "rtx-4090", "a100-80gb", "apple-m-64gb". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  vendor: z.enum(['nvidia', 'amd', 'apple']),
  class: gpuClassSchema,
  /** Microarchitecture, e.g. "Ada Lovelace", "Hopper", "CDNA 3", "Apple silicon". */
  architecture: z.string().min(2),
  /** The memory as marketed, e.g. 24 for "24 GB". */
  marketedMemoryGb: z.number().positive(),
  /**
   * Bytes a training process can address on one device. NVIDIA/AMD: the total the driver reports
   * (nvidia-smi "Total", MiB × 2^20). Apple: the share of unified memory the GPU may wire by default.
   */
  usableMemoryBytes: z.number().int().positive(),
  capabilities: z.strictObject({
    bf16: z.boolean(),
    /** FlashAttention-2 kernels (NVIDIA Ampere and newer; ROCm build on MI300X). */
    flashAttention2: z.boolean(),
    /** bitsandbytes 4-bit (NF4) quantisation, the QLoRA path. */
    bitsandbytes4bit: z.boolean(),
    fp8: z.boolean(),
  }),
  /** The figures a speed estimate needs: peak dense tensor throughput and memory bandwidth. */
  throughput: gpuThroughputSchema,
  sources: z.array(sourceSchema).min(1),
  notes: z.array(z.string().min(5)),
});
export type Gpu = z.input<typeof gpuSchema>;

export const licenseSchema = z.strictObject({
  id: licenseIdSchema,
  name: z.string().min(2),
  /** Groups licenses for the verdict table: permissive, Llama, Gemma, Qwen, non-commercial. */
  family: z.enum(['permissive', 'llama', 'gemma', 'qwen', 'non-commercial']),
  url: z.string().url(),
  commercialUse: z.boolean(),
  /**
   * Monthly active users above which a separate license is needed (Llama: 700 million, counted on
   * the release date; Qwen License: 100 million). Absent when there is no threshold.
   */
  monthlyActiveUserLimit: z.number().int().positive().optional(),
  /** A visible attribution the license requires, e.g. "Built with Llama"; absent when none. */
  attributionText: z.string().optional(),
  /** Whether derivative model names must carry a prefix, and which. */
  namingRule: z.string().optional(),
  /** Whether an acceptable-use policy or use restrictions bind the user and derivatives. */
  acceptableUsePolicy: z.boolean(),
  /**
   * A restriction by where the licensee lives, in one sentence the verdict shows as it stands
   * (Llama 3.2 and 4: no rights to the multimodal models for those domiciled in the EU).
   */
  regionRestriction: z.string().min(10).optional(),
  /** Whether weights (and derivatives) may be redistributed, and on what terms, in one sentence. */
  redistribution: z.string().min(10),
  /** Each obligation as one plain sentence. */
  obligations: z.array(z.string().min(10)).min(1),
  sources: z.array(sourceSchema).min(1),
  notes: z.array(z.string().min(5)),
});
export type License = z.input<typeof licenseSchema>;
