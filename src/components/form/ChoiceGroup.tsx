import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  /** The consequence of the choice, in one sentence. */
  description?: ReactNode;
  /** A badge such as "Suggested". */
  badge?: string;
}

interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: T;
  onChange: (value: T) => void;
  choices: Choice<T>[];
  /** Cards lay choices out as a grid of boxes; a list stacks them. */
  layout?: 'cards' | 'list' | 'inline';
}

/** Radio buttons in a fieldset; each choice says what it leads to. Arrow keys move between them. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  hint,
  value,
  onChange,
  choices,
  layout = 'list',
}: ChoiceGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className={`choices choices-${layout}`} aria-describedby={hintId}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="choice-options">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <div
              key={choice.value}
              className={choice.value === value ? 'choice is-selected' : 'choice'}
            >
              <input
                type="radio"
                id={id}
                name={name}
                value={choice.value}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.description ? `${id}-description` : undefined}
              />
              <label htmlFor={id}>
                <span className="choice-label">
                  {choice.label}
                  {choice.badge ? <span className="badge">{choice.badge}</span> : null}
                </span>
                {choice.description ? (
                  <span id={`${id}-description`} className="choice-description">
                    {choice.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
