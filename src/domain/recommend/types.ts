import type { AdviceLine } from './advice';
import type { Answers, SizeBandId } from './answers';
import type { BaselinePlan } from './baseline';
import type { Candidate } from './candidates';
import type { CostAndFit } from './costAndFit';
import type { MemoryByContextChart, MemoryByMethodChart } from './charts';
import type { HardwarePlan } from './hardware';
import type { Lever } from './levers';
import type { LicenseVerdict } from './licenseVerdict';
import type { PinState } from './pin';
import type { PurposeGuide } from './purposes';
import type { QuickReferenceRow } from './quickReference';
import type { SizeBand } from './sizeBands';
import type { VariantDecision } from './variant';
import type { EngineDeployment } from '../serving/deployment';

export interface SizeBandDecision {
  /** The band the shortlist is drawn from: the one actually used. */
  band: SizeBand;
  suggested: SizeBandId;
  /** Why the guide suggests `suggested`, whatever the user chose. */
  suggestionReason: string;
  userChose: boolean;
  reasons: string[];
}

export interface Deployment {
  modelName: string;
  deviceName: string;
  contextTokens: number;
  concurrency: number;
  weightBits: 16 | 8 | 4;
  /** The default engine's verdict (serving.engines[0]), the shortlist's. */
  fits: boolean;
  /** That verdict in words, as the model's shortlist card gives it: the engine and the limit. */
  verdict: string;
  /**
   * Bytes the request needs with the default engine: weights, working memory (vLLM: the profile
   * peak, CUDA graphs and sampler) and the KV cache of context × concurrency.
   */
  totalBytes: number;
  weightsBytes: number;
  kvCacheBytes: number;
  /** What the default engine measures against: the GPU, the wired limit, or the RAM one app gets. */
  capacityBytes: number;
  /** Longest context per sequence that fits at this concurrency. */
  maxContextTokens: number;
  /** Per-engine plans (vLLM, SGLang, transformers, llama.cpp, MLX) and the default engine's speed bounds. */
  serving: EngineDeployment;
  /** The model's Hugging Face id, for the launch command. */
  modelId: string;
}

/** Everything the results, the summary, the share link and the exports show. Plain data. */
export interface Recommendation {
  answers: Answers;
  /** One sentence: what to fine-tune, how, on what. */
  decision: string;
  architecture: PurposeGuide;
  variant: VariantDecision;
  sizeBand: SizeBandDecision;
  hardware: HardwarePlan;
  /**
   * The plan's model, which the decision, charts, serving, levers, summary and exports read: the
   * pinned model when the user chose one that can be used, else the ranking's first.
   */
  top: Candidate | null;
  /** The model the user chose over the ranking, when it is the plan. */
  pin: PinState | null;
  /** Why a pinned model in the answers is not the plan (unknown id, another purpose, …). */
  pinError: string | null;
  shortlist: Candidate[];
  nearMisses: Candidate[];
  custom: Candidate | null;
  /** Why a pasted config.json could not be used. */
  customError: string | null;
  /**
   * Every model evaluated for these answers: the purpose's catalog models in the chosen variant
   * (shortlisted ones as the shortlist shows them), then the pasted one. Pins and comparisons
   * choose from these.
   */
  models: Candidate[];
  deployment: Deployment | null;
  charts: {
    memoryByMethod: MemoryByMethodChart;
    memoryByContext: MemoryByContextChart | null;
  };
  quickReference: QuickReferenceRow[];
  licenses: LicenseVerdict[];
  baseline: BaselinePlan;
  /** What people who do this task well do, one or two lines each. */
  advice: AdviceLine[];
  /** The scale step's levers for the top plan, each choice with the memory it would need. */
  levers: Lever[];
  /** Time and cost across GPUs, what would make it fit, and the runs behind the figures. */
  cost: CostAndFit['cost'];
  fitAdvice: CostAndFit['fitAdvice'];
  evidence: CostAndFit['evidence'];
}
