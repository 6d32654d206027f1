import type { ModelSpec } from '../memory/spec';
import type { Device } from '../recommend/hardware';
import { defaultEngine, enginesFor, planEngine, servingDeviceOf, speedBounds } from './plan';
import type { SpeedBounds } from './plan';
import { servingByContext, type ServingByContextChart } from './chart';
import { artifacts, type Artifact } from './artifacts';
import type { Engine, EnginePlan, ServingRequest } from './types';

export interface EngineDeployment {
  /** The engine the launch command is for: the device's default. */
  engine: Engine;
  /** One plan per engine worth comparing on the device, the default first. */
  engines: EnginePlan[];
  /** Upper bounds from bandwidth and FLOPs for the default engine; null without catalog figures. */
  speed: SpeedBounds | null;
  /** Serving memory against context, one line per engine. */
  chart: ServingByContextChart;
  /** Ways to ship the fine-tune: size on disk and serving memory at the request. */
  artifacts: Artifact[];
}

/** Each engine's plan for serving `model` at the user's context × concurrency on `device`. */
export function engineDeployment(
  model: ModelSpec,
  device: Device,
  ask: {
    contextTokens: number;
    concurrency: number;
    weightBits: 16 | 8 | 4;
    adapter: ServingRequest['adapter'];
  },
  modelContextTokens: number,
): EngineDeployment {
  const serving = servingDeviceOf(device);
  const request: ServingRequest = {
    model,
    contextTokens: ask.contextTokens,
    concurrency: ask.concurrency,
    modelContextTokens: Math.max(ask.contextTokens, modelContextTokens),
    gpus: 1,
    weightBits: ask.weightBits,
    adapter: ask.adapter,
  };
  const names = enginesFor(device.kind);
  const engines = names.map((engine) => planEngine(engine, request, serving));
  const first = engines[0] as EnginePlan;
  return {
    engine: defaultEngine(device.kind),
    engines,
    speed: speedBounds(first, request, serving),
    chart: servingByContext(names, request, serving),
    artifacts: artifacts(request, serving),
  };
}
