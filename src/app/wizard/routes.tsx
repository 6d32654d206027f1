import type { ComponentType } from 'react';
import type { StepId } from '../../domain/recommend';
import { BaselineStep } from '../../steps/baseline/BaselineStep';
import { HardwareStep } from '../../steps/hardware/HardwareStep';
import { LicenseStep } from '../../steps/license/LicenseStep';
import { ScaleStep } from '../../steps/scale/ScaleStep';
import { STEPS } from '../../steps/steps';
import { TaskStep } from '../../steps/task/TaskStep';
import { StepRoute } from './StepRoute';

const components: Record<StepId, ComponentType> = {
  task: TaskStep,
  hardware: HardwareStep,
  scale: ScaleStep,
  license: LicenseStep,
  baseline: BaselineStep,
};

/** One guarded page per step; the router loads this module when the wizard opens. */
export const stepPages = Object.fromEntries(
  STEPS.map((step) => [step.id, () => <StepRoute step={step} component={components[step.id]} />]),
) as unknown as Record<StepId, ComponentType>;
