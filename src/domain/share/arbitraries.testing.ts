import fc from 'fast-check';
import type { $ZodType } from 'zod/v4/core';
import type { ZodMiniType } from 'zod/mini';
import {
  answersSchema,
  SCALE_DEFAULTS_BY_ARCHITECTURE,
  STEP_IDS,
  STEP_SCHEMAS,
  type Answers,
} from '../recommend/answers';
import { lengthBounds, numberBounds } from './schemaShape';
import { encodeValue, MAX_VALUE_LENGTH } from './values';

/**
 * Test support: arbitraries of valid answer sets, derived from the step schemas so that a new
 * field or a changed bound is covered without editing the tests. A schema kind the walker does
 * not know makes the tests fail loudly.
 */

/** Strings with no bound of their own (config keys and values), in characters. */
const FREE_STRING_LENGTH = 12;

/** fast-check may produce -0, which JSON and `String()` write as 0: not an answer anyone gives. */
const withoutNegativeZero = (n: number) => (Object.is(n, -0) ? 0 : n);

function numberArbitrary(schema: $ZodType): fc.Arbitrary<number> {
  const bounds = numberBounds(schema);
  if (!bounds) throw new Error('numberArbitrary needs a number schema');
  const min = bounds.min ?? undefined;
  const max = bounds.max ?? undefined;
  if (bounds.integer) return fc.integer({ min, max });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(withoutNegativeZero);
}

function stringArbitrary(schema: $ZodType): fc.Arbitrary<string> {
  const bounds = lengthBounds(schema);
  const maxLength = bounds.maxLength ?? FREE_STRING_LENGTH;
  const minLength = bounds.minLength ?? 0;
  // A patterned string (a model id) is drawn from its pattern: random text would almost never match.
  if (bounds.pattern) {
    return fc
      .stringMatching(bounds.pattern, { size: 'xsmall' })
      .filter((text) => text.length >= minLength && text.length <= maxLength);
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'grapheme', minLength, maxLength }),
  );
}

/** A schema's definition, with the fields of the kinds the answers use. */
interface Def {
  type: string;
  innerType: $ZodType;
  entries: Record<string, string>;
  values: unknown[];
  options: $ZodType[];
  element: $ZodType;
  keyType: $ZodType;
  valueType: $ZodType;
  shape: Record<string, $ZodType>;
}

/** The values a zod schema accepts (not all of them valid: trims and lengths are checked later). */
export function arbitraryOf(schema: $ZodType): fc.Arbitrary<unknown> {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'default':
    case 'prefault':
      return arbitraryOf(def.innerType);
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType), { nil: null });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries));
    case 'literal':
      return fc.constantFrom(...def.values);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return numberArbitrary(schema);
    case 'string':
      return stringArbitrary(schema);
    case 'union':
      return fc.oneof(...def.options.map(arbitraryOf));
    case 'array': {
      const bounds = lengthBounds(schema);
      const maxLength = Math.min(8, bounds.maxLength ?? 8);
      return fc.array(arbitraryOf(def.element), { minLength: bounds.minLength ?? 0, maxLength });
    }
    case 'record': {
      const key = arbitraryOf(def.keyType).map(String);
      return fc.dictionary(key, arbitraryOf(def.valueType), {
        maxKeys: 12,
        noNullPrototype: true,
      });
    }
    case 'object':
      return fc.record(mapValues(def.shape, arbitraryOf));
    default:
      throw new Error(`No arbitrary for a zod ${def.type}`);
  }
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** Values worth hitting on purpose: the default, and each purpose's scale default. */
function specialValues(schema: ZodMiniType, field: string): unknown[] {
  const specials = [schema.parse(undefined)];
  for (const defaults of Object.values(SCALE_DEFAULTS_BY_ARCHITECTURE)) {
    if (field in defaults) specials.push(defaults[field as keyof typeof defaults]);
  }
  return specials;
}

function fieldArbitrary(schema: ZodMiniType, field: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: arbitraryOf(schema), weight: 3 },
    { arbitrary: fc.constantFrom(...specialValues(schema, field)), weight: 1 },
  );
}

/** The custom model's link value fits the per-value limit (a bigger one is reported instead). */
const modelFits = (answers: Answers) =>
  encodeValue('model', answers.scale.customModel).length <= MAX_VALUE_LENGTH;

/** Complete, valid answer sets: `answersSchema.parse(a)` deep-equals `a`. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(
      STEP_IDS.map((step) => {
        const shape: Record<string, ZodMiniType> = STEP_SCHEMAS[step].shape;
        const fields = Object.entries(shape).map(([field, schema]) => [
          field,
          fieldArbitrary(schema, field),
        ]);
        return [step, fc.record(Object.fromEntries(fields))];
      }),
    ),
  )
  .map((raw) => answersSchema.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => answersSchema.parse(parsed.data))
  .filter(modelFits);
