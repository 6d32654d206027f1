import fc from 'fast-check';
import { z } from 'zod';
import {
  answersSchema,
  SCALE_DEFAULTS_BY_ARCHITECTURE,
  STEP_IDS,
  STEP_SCHEMAS,
  type Answers,
} from '../recommend/answers';
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

function numberArbitrary(schema: z.ZodNumber): fc.Arbitrary<number> {
  const min = schema.minValue ?? undefined;
  const max = schema.maxValue ?? undefined;
  if (schema.isInt) return fc.integer({ min, max });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(withoutNegativeZero);
}

/** The limits a schema declares through its checks (a pattern, an array's maximum length). */
function checksOf(schema: z.ZodType): { pattern?: RegExp; maximum?: number }[] {
  return (schema._zod.def.checks ?? []).map(
    (check) => check._zod.def as { pattern?: RegExp; maximum?: number },
  );
}

function stringArbitrary(schema: z.ZodString): fc.Arbitrary<string> {
  const maxLength = schema.maxLength ?? FREE_STRING_LENGTH;
  const minLength = schema.minLength ?? 0;
  const pattern = checksOf(schema).find((check) => check.pattern)?.pattern;
  // A patterned string (a model id) is drawn from its pattern: random text would almost never match.
  if (pattern) {
    return fc
      .stringMatching(pattern, { size: 'xsmall' })
      .filter((text) => text.length >= minLength && text.length <= maxLength);
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'grapheme', minLength, maxLength }),
  );
}

/** The values a zod schema accepts (not all of them valid: trims and lengths are checked later). */
export function arbitraryOf(schema: z.core.$ZodType): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodDefault) return arbitraryOf(schema.unwrap());
  if (schema instanceof z.ZodNullable) {
    return fc.option(arbitraryOf(schema.unwrap()), { nil: null });
  }
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return numberArbitrary(schema);
  if (schema instanceof z.ZodString) return stringArbitrary(schema);
  if (schema instanceof z.ZodUnion) return fc.oneof(...schema.options.map(arbitraryOf));
  if (schema instanceof z.ZodArray) {
    const minLength = schema.safeParse([]).success ? 0 : 1;
    const declared = checksOf(schema).find((check) => check.maximum !== undefined)?.maximum;
    const maxLength = Math.min(8, declared ?? 8);
    return fc.array(arbitraryOf(schema.element), { minLength, maxLength });
  }
  if (schema instanceof z.ZodRecord) {
    const key = arbitraryOf(schema.keyType).map(String);
    return fc.dictionary(key, arbitraryOf(schema.valueType), {
      maxKeys: 12,
      noNullPrototype: true,
    });
  }
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = schema.shape;
    return fc.record(mapValues(shape, arbitraryOf));
  }
  throw new Error(`No arbitrary for a zod ${schema._zod.def.type}`);
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** Values worth hitting on purpose: the default, and each purpose's scale default. */
function specialValues(schema: z.ZodType, field: string): unknown[] {
  const specials = [schema.parse(undefined)];
  for (const defaults of Object.values(SCALE_DEFAULTS_BY_ARCHITECTURE)) {
    if (field in defaults) specials.push(defaults[field as keyof typeof defaults]);
  }
  return specials;
}

function fieldArbitrary(schema: z.ZodType, field: string): fc.Arbitrary<unknown> {
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
        const shape: Record<string, z.ZodType> = STEP_SCHEMAS[step].shape;
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
