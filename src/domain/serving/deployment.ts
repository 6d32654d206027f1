import type { ModelSpec } from '../memory/spec';
import type { Device } from '../recommend/hardware';
import {
  defaultEngine,
  engineDeviceOf,
  enginesFor,
  planEngine,
  servingRequestOf,
  speedBounds,
  type ServingAsk,
} from './plan';
import type { SpeedBounds } from './plan';
import { servingByContext, type ServingByContextChart } from './chart';
import { artifacts, type Artifact } from './artifacts';
import type { Engine, EnginePlan } from './types';

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

/**
 * Each engine's plan for serving `model` at the user's context × concurrency on `device`, each on
 * the device as that engine sees it (engineDeviceOf: the headroom for engines that allocate as
 * they go). The default engine's plan is the shortlist's (fitServing plans the same request on
 * the same device), so the verdict here and there is one.
 */
export function engineDeployment(
  model: ModelSpec,
  device: Device,
  ask: ServingAsk,
  headroomPercent: number,
): EngineDeployment {
  const request = servingRequestOf(model, ask);
  const names = enginesFor(device.kind);
  const engines = names.map((engine) =>
    planEngine(engine, request, engineDeviceOf(engine, device, headroomPercent)),
  );
  const first = engines[0] as EnginePlan;
  const engine = defaultEngine(device.kind);
  // The chart and the artifacts are drawn against the default engine's capacity.
  const onDefault = engineDeviceOf(engine, device, headroomPercent);
  return {
    engine,
    engines,
    speed: speedBounds(first, request, onDefault),
    chart: servingByContext(names, request, onDefault),
    artifacts: artifacts(request, onDefault),
  };
}
