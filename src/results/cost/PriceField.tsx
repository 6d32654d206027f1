import { innerSchema } from '../../domain/share/schemaShape';
import { useState } from 'react';
import { NumberField } from '../../components/form/NumberField';
import { parseTypedNumber } from '../../components/form/parseNumber';
import { defaultPriceOf, usdText } from '../../domain/cost';
import { scaleAnswersSchema } from '../../domain/recommend';

const schema = innerSchema(scaleAnswersSchema.shape.gpuHourPrice);

/** The message for a typed price, or null when the store can take it (empty: the default). */
export function priceProblem(typed: string): string | null {
  const read = parseTypedNumber(typed, { integer: false, optional: true });
  if (!read.ok) return 'Price per GPU-hour must be a number in US dollars, such as 1.25';
  if (read.value === null) return null;
  if (!schema.safeParse(read.value).success) {
    return 'Price per GPU-hour must be between $0 and $1,000';
  }
  return null;
}

/**
 * A GPU's price per hour, editable beside the cost: a valid value goes to the store (and the share
 * link) as it is typed; an invalid one stays in the box with its message, and the figures keep the
 * last valid price. `yours`: the user's training GPU (the field the scale step also asks).
 */
export function PriceField({
  gpuId,
  gpuName,
  value,
  onChange,
  yours = true,
}: {
  gpuId: string;
  gpuName: string;
  value: number | null;
  onChange: (price: number | null) => void;
  yours?: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === null ? '' : String(value));
  const error = priceProblem(text);
  const fallback = defaultPriceOf(gpuId);
  return (
    <NumberField
      id={yours ? 'cost-price' : `cost-price-${gpuId}`}
      label={yours ? `Your price for one ${gpuName} per hour` : `Price for one ${gpuName} per hour`}
      hint={
        fallback
          ? `Empty uses the default, ${usdText(fallback.usdPerHour)}.`
          : 'No default price is known for this GPU: enter yours to see a cost.'
      }
      unit="US$"
      decimal
      value={text}
      error={error}
      onChange={(typed) => {
        setDraft(typed);
        if (priceProblem(typed) === null) {
          const read = parseTypedNumber(typed, { integer: false, optional: true });
          onChange(read.ok ? read.value : null);
        }
      }}
    />
  );
}
