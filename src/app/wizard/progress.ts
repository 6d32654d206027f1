import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { StepId } from '../../domain/recommend';
import { useWizard } from '../../state/store';
import { stepIndex } from '../../steps/steps';

/** Navigation state: why the user was sent to a step, or which step they just completed. */
export interface WizardNavigationState {
  /** The page a deep link asked for, when it was too far ahead. */
  requested?: string;
  /** The step whose Next brought the user here; it counts as answered on arrival. */
  completedFrom?: StepId;
}

/**
 * Steps answered, counting the one whose Next brought the user here. Next passes it in the
 * navigation state (and in the pushed URL), and the arriving page records it in the store with
 * `useRecordArrival`, so the store changes after the navigation, never in the middle of it: the URL
 * follows the store, and a replace in the middle would cancel the navigation.
 */
export function useProgress(): number {
  const completed = useWizard((s) => s.completed);
  const from = (useLocation().state as WizardNavigationState | null)?.completedFrom;
  const arriving = from !== undefined && stepIndex(from) <= completed ? stepIndex(from) + 1 : 0;
  return Math.max(completed, arriving);
}

/** Records the step the user arrived from (see useProgress); the page on screen calls it once. */
export function useRecordArrival() {
  const completed = useWizard((s) => s.completed);
  const completeStep = useWizard((s) => s.completeStep);
  const from = (useLocation().state as WizardNavigationState | null)?.completedFrom;
  const progress = useProgress();
  useEffect(() => {
    if (from !== undefined && progress > completed) completeStep(from);
  }, [from, progress, completed, completeStep]);
}
