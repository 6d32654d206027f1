import type { ComponentType } from 'react';
import { Navigate, useLocation } from 'react-router';
import { STEPS, stepIndex, stepTitle, type StepMeta } from '../../steps/steps';
import { useProgress, useRecordArrival, type WizardNavigationState } from './progress';

/** Where a page that needs `index` answered steps sends the user instead, or null to stay. */
function useRedirect(index: number, requested: string) {
  useRecordArrival();
  const progress = useProgress();
  const location = useLocation();
  const first = STEPS[progress];
  if (!first || index <= progress) return null;
  const state: WizardNavigationState = { requested };
  return <Navigate to={{ pathname: first.path, hash: location.hash }} state={state} replace />;
}

/**
 * Opens a step only when the steps before it are answered; a deep link further ahead lands on the
 * first unanswered step, which says why.
 */
export function StepRoute({
  step,
  component: Component,
}: {
  step: StepMeta;
  component: ComponentType;
}) {
  return useRedirect(stepIndex(step.id), stepTitle(step)) ?? <Component />;
}

/** The results pages need every step answered. */
export function ResultsRoute({
  component: Component,
  name,
}: {
  component: ComponentType;
  name: string;
}) {
  return useRedirect(STEPS.length, name) ?? <Component />;
}
