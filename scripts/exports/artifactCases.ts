/**
 * The artifact half of the export run test: for cases served from GGUF, the exported launch script
 * (merge, convert, quantise, llama-server) and what Tunewise predicts for the tiny model the run
 * trains, computed from that model's config.json the same way the app sizes a real model.
 */
import { LORA_TARGETS, loraParameters, modelSpecFromConfig } from '../../src/domain/memory';
import { launchPlan, launchScript } from '../../src/domain/export/launchCommand';
import type { Recommendation } from '../../src/domain/recommend';
import { artifacts } from '../../src/domain/serving/artifacts';
import { ggufSize, GGUF_MIXES } from '../../src/domain/serving/gguf';
import {
  MEASURED_GGUF_TINY,
  MEASURED_MERGED_TINY,
  TINY_CONFIGS,
} from '../../src/domain/serving/fixtures/measuredGgufTiny';
import type { ServingDevice } from '../../src/domain/serving/types';

export { LLAMA_CPP } from '../../src/domain/stack/versions';
export { MEASURED_GGUF_TINY, MEASURED_MERGED_TINY, TINY_CONFIGS };

/** What a case's export says about shipping the trained model. */
export interface ArtifactExport {
  /** The launch script as the app shows it (launchScript). */
  script: string;
  engine: string;
  rank: number;
  targets: readonly string[];
}

export function artifactExport(rec: Recommendation): ArtifactExport | null {
  const launch = launchPlan(rec);
  const plan = rec.top?.training.plan;
  if (!launch || !plan || plan.method === 'full') return null;
  return {
    script: launchScript(launch),
    engine: launch.engine,
    rank: plan.options.loraRank,
    targets: plan.options.loraTargets ?? LORA_TARGETS,
  };
}

/** A CPU device: only the disk sizes are read from the artifacts list. */
const DISK_ONLY: ServingDevice = {
  kind: 'cpu',
  name: 'export run test',
  memoryBytes: 64 * 2 ** 30,
  fp8: false,
  flashAttention: false,
  bandwidthBytesPerSecond: null,
  flopsPerSecond: null,
};

export interface ArtifactPrediction {
  adapterParameters: number;
  adapterBytes: number;
  mergedBf16Bytes: number;
  ggufBytes: Record<string, number>;
}

/** Tunewise's sizes for the tiny model's artifacts, from its config.json and the plan's LoRA. */
export function predictArtifacts(
  config: Record<string, unknown>,
  exported: Pick<ArtifactExport, 'rank' | 'targets'>,
): ArtifactPrediction {
  const model = modelSpecFromConfig(config);
  const adapterParameters = loraParameters(
    model,
    exported.rank,
    exported.targets as typeof LORA_TARGETS,
  );
  const list = artifacts(
    {
      model,
      contextTokens: 512,
      concurrency: 1,
      modelContextTokens: 512,
      gpus: 1,
      weightBits: 16,
      adapter: { rank: exported.rank, parameters: adapterParameters },
    },
    DISK_ONLY,
  );
  const disk = (kind: string) => list.find((a) => a.kind === kind)?.diskBytes ?? Number.NaN;
  return {
    adapterParameters,
    adapterBytes: disk('adapter'),
    mergedBf16Bytes: disk('merged-bf16'),
    ggufBytes: Object.fromEntries(GGUF_MIXES.map((mix) => [mix, ggufSize(model, mix).fileBytes])),
  };
}
