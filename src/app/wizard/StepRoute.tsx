import { useEffect, type ComponentType } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { StepId } from '../../domain/recommend';
import { useWizard } from '../../state/store';
import { STEPS, stepIndex, stepTitle, type StepMeta } from '../../steps/steps';

/** Navigation state: why the user was sent to a step, or which step they just completed. */
export interface WizardNavigationState {
  /** The page a deep link asked for, when it was too far ahead. */
  requested?: string;
  /** The step whose Next brought the user here; it counts as answered on arrival. */
  completedFrom?: StepId;
}

/**
 * Steps answered, counting the one the user just completed: Next passes it in the navigation
 * state and the arriving page records it, so the store changes after the navigation, never in
 * the middle of it (the URL follows the store and would otherwise cancel the navigation).
 */
function useProgress(): number {
  const completed = useWizard((s) => s.completed);
  const completeStep = useWizard((s) => s.completeStep);
  const from = (useLocation().state as WizardNavigationState | null)?.completedFrom;
  const arriving = from !== undefined && stepIndex(from) <= completed ? stepIndex(from) + 1 : 0;
  useEffect(() => {
    if (from !== undefined && arriving > completed) completeStep(from);
  }, [from, arriving, completed, completeStep]);
  return Math.max(completed, arriving);
}

/** Where a page that needs `index` answered steps sends the user instead, or null to stay. */
function useRedirect(index: number, requested: string) {
  const progress = useProgress();
  const location = useLocation();
  const first = STEPS[progress];
  if (!first || index <= progress) return null;
  const state: WizardNavigationState = { requested };
  return <Navigate to={{ pathname: first.path, search: location.search }} state={state} replace />;
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
