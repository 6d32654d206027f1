import { useMemo } from 'react';
import {
  recommend,
  STEP_IDS,
  type Answers,
  type Recommendation,
  type StepId,
} from '../domain/recommend';
import { useWizard, type WizardState } from './store';

export const selectAnswers = (state: WizardState): Answers => ({
  task: state.task,
  hardware: state.hardware,
  scale: state.scale,
  license: state.license,
  baseline: state.baseline,
});

/** The current answers; a new object only when one of the steps changed. */
export function useAnswers(): Answers {
  const task = useWizard((s) => s.task);
  const hardware = useWizard((s) => s.hardware);
  const scale = useWizard((s) => s.scale);
  const license = useWizard((s) => s.license);
  const baseline = useWizard((s) => s.baseline);
  return useMemo(
    () => ({ task, hardware, scale, license, baseline }),
    [task, hardware, scale, license, baseline],
  );
}

/** The recommendation for the current answers, derived (never stored) and recomputed on change. */
export function useRecommendation(): Recommendation {
  const answers = useAnswers();
  return useMemo(() => recommend(answers), [answers]);
}

/** The first step not yet answered, or null when all five are. */
export function firstUnanswered(completed: number): StepId | null {
  return STEP_IDS[completed] ?? null;
}
