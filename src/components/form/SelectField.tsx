import type { ReactNode } from 'react';
import { describedBy, Field } from './Field';

export interface SelectGroup {
  label: string;
  options: { value: string; label: string }[];
}

interface SelectFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  groups: SelectGroup[];
}

export function SelectField({ id, label, hint, value, onChange, groups }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint}>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, null)}
      >
        {groups.map((group) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : (
            group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))
          ),
        )}
      </select>
    </Field>
  );
}
