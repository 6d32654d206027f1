/**
 * The `layer_types` lists of published config.json files, which repeat one short pattern: every
 * `period`-th block is `full_attention`, the others are `other` (sliding-window or linear
 * attention). Writing the pattern once keeps each catalog file short; the lists built here equal
 * the published ones element for element (models/fixtureCopies.test.ts compares them with the fixtures).
 */
export function periodicLayerTypes(
  count: number,
  period: number,
  other: 'sliding_attention' | 'linear_attention',
): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % period === period - 1 ? 'full_attention' : other,
  );
}
