import type { ReactNode } from 'react';

interface CheckboxProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ id, label, description, checked, onChange }: CheckboxProps) {
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={description ? `${id}-description` : undefined}
      />
      <label htmlFor={id}>
        <span className="choice-label">{label}</span>
        {description ? (
          <span id={`${id}-description`} className="choice-description">
            {description}
          </span>
        ) : null}
      </label>
    </div>
  );
}
