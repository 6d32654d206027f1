/**
 * The day the catalog's models, GPUs and licences were last checked against their sources
 * (ISO date). The results page and the printable summary show it; change it when you review.
 */
export const CATALOG_REVIEWED = '2026-12-02';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date as the pages show it: "2026-12-02" → "2 December 2026". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
