import type { ReactNode } from 'react';
import { describedBy, Field } from './Field';

interface NumberFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (text: string) => void;
  error?: string | null;
  /** A unit shown after the input, e.g. "tokens". */
  unit?: string;
  decimal?: boolean;
}

/** A number typed as text (so a half-typed value is not lost), validated by the step. */
export function NumberField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  unit,
  decimal,
}: NumberFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="input-with-unit">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </div>
    </Field>
  );
}
