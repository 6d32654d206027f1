import { NavLink } from 'react-router';
import { STEPS, type StepMeta } from '../steps/steps';

interface StepperProps {
  /** The step on screen, or null on the results pages. */
  current: StepMeta['id'] | null;
  completed: number;
  hash: string;
}

/** The five steps as an ordered list: done steps say so in text, the current one is marked. */
export function Stepper({ current, completed, hash }: StepperProps) {
  return (
    <nav aria-label="Wizard steps" className="stepper">
      <ol>
        {STEPS.map((step, index) => {
          const done = index < completed;
          const reachable = index <= completed;
          const isCurrent = step.id === current;
          const label = (
            <>
              <span className="stepper-number" aria-hidden="true">
                {done && !isCurrent ? '✓' : index + 1}
              </span>
              <span className="stepper-name">{step.name}</span>
              {done ? <span className="visually-hidden"> (completed)</span> : null}
            </>
          );
          return (
            <li
              key={step.id}
              className={
                [done ? 'is-done' : '', isCurrent ? 'is-current' : ''].join(' ').trim() || undefined
              }
            >
              {reachable ? (
                <NavLink
                  to={{ pathname: step.path, hash }}
                  aria-current={isCurrent ? 'step' : undefined}
                >
                  {label}
                </NavLink>
              ) : (
                <span className="stepper-locked" aria-disabled="true">
                  {label}
                  <span className="visually-hidden"> (not reached yet)</span>
                </span>
              )}
            </li>
          );
        })}
        <li className={current === null ? 'is-current' : undefined}>
          {completed >= STEPS.length ? (
            <NavLink
              to={{ pathname: '/recommendation', hash }}
              aria-current={current === null ? 'step' : undefined}
            >
              <span className="stepper-number" aria-hidden="true">
                ★
              </span>
              <span className="stepper-name">Result</span>
            </NavLink>
          ) : (
            <span className="stepper-locked" aria-disabled="true">
              <span className="stepper-number" aria-hidden="true">
                ★
              </span>
              <span className="stepper-name">Result</span>
              <span className="visually-hidden"> (after step 5)</span>
            </span>
          )}
        </li>
      </ol>
    </nav>
  );
}
