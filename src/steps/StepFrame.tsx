import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Link, useBlocker, useLocation, useNavigate } from 'react-router';
import { currentAnswersHash, useAnswersHash } from '../app/wizard/answersHash';
import type { WizardNavigationState } from '../app/wizard/progress';
import { ErrorSummary } from '../components/form/ErrorSummary';
import type { FieldError } from '../components/form/useStepForm';
import { Notice } from '../components/Notice';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFocusHeading } from '../components/useFocusHeading';
import { STEPS, stepIndex, stepTitle, type StepMeta } from './steps';

interface StepFrameProps {
  step: StepMeta;
  /** Errors to show (only after a submit attempt). */
  errors: FieldError[];
  attempt: number;
  /** Validates the step; true lets the user move on. */
  onNext: () => boolean;
  /**
   * A typed value the store could not take (over a field's maximum, unreadable). Leaving the step
   * by the stepper, Back or any link is held, and the step's errors show, instead of silently
   * keeping the last valid value.
   */
  invalid?: boolean;
  guidance: ReactNode;
  children: ReactNode;
}

/** The frame every step shares: title, heading focus, error summary, the form, Back/Next, guidance. */
export function StepFrame({
  step,
  errors,
  attempt,
  onNext,
  invalid = false,
  guidance,
  children,
}: StepFrameProps) {
  const index = stepIndex(step.id);
  const title = stepTitle(step);
  useDocumentTitle(title);
  const heading = useFocusHeading(step.id);
  const navigate = useNavigate();
  const location = useLocation();
  const hash = useAnswersHash();
  const redirect = (location.state as WizardNavigationState | null)?.requested;
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      invalid && currentLocation.pathname !== nextLocation.pathname,
  );
  // Each held navigation is answered once: onNext re-renders, and the router resets a moment later.
  const answered = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked') {
      answered.current = false;
      return;
    }
    if (answered.current) return;
    answered.current = true;
    // Show why the step cannot be left yet: the same summary and messages as Next.
    blocker.reset();
    onNext();
  }, [blocker, onNext]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!onNext()) return;
    const state: WizardNavigationState = { completedFrom: step.id };
    navigate(
      { pathname: next ? next.path : '/recommendation', hash: currentAnswersHash(index + 1) },
      { state },
    );
  };

  return (
    <div className="wizard-grid">
      <section className="step" aria-labelledby="step-heading">
        <p className="step-kicker">{title}</p>
        <h1 id="step-heading" tabIndex={-1} ref={heading}>
          {step.heading}
        </h1>
        {redirect ? (
          <Notice title="You started here">
            You opened {redirect}, but this step is not answered yet. Answer the steps in order;
            each one shapes the next.
          </Notice>
        ) : null}
        <ErrorSummary errors={errors} attempt={attempt} />
        <form onSubmit={submit} noValidate aria-labelledby="step-heading">
          {children}
          <div className="step-nav">
            <Link
              className="button secondary"
              to={{ pathname: previous ? previous.path : '/', hash }}
            >
              Back
            </Link>
            <button type="submit" className="button">
              {next ? `Next: ${next.name}` : 'See the recommendation'}
            </button>
          </div>
        </form>
      </section>
      {/* Focusable: on wide screens the guidance scrolls on its own, and keyboards must reach it. */}
      <aside className="guidance" aria-label="Guidance" tabIndex={0}>
        {guidance}
      </aside>
    </div>
  );
}
