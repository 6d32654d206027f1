/**
 * Link migrations: `MIGRATIONS[n]` turns the parameters of a version-n link into those of
 * version n + 1, so an old link still opens after the format changes. When a version comes, add
 * `n: (params) => …` here, raise `URL_VERSION`, and keep a test that decodes the old links.
 */

/** Version-n parameters → version n + 1 parameters. Must not throw; may return its input. */
export type Migration = (params: URLSearchParams) => URLSearchParams;

/** Migrations keyed by the version they migrate from. */
export type Migrations = Readonly<Partial<Record<number, Migration>>>;

export const MIGRATIONS: Migrations = {
  /**
   * Version 2 moved the parameters from the query to the fragment (so that answers stay out of
   * the host's logs); their keys and values did not change. `decodeLink` reads a version-1 query
   * and this step stamps it as version 2.
   */
  1: (params) => {
    const next = new URLSearchParams(params);
    next.set('v', '2');
    return next;
  },
};

/**
 * Runs the migrations from version `from` up to version `to`, in order, on a copy of `params`.
 * Returns null when one of the steps between is missing: such a link cannot be read.
 */
export function migrate(
  params: URLSearchParams,
  from: number,
  to: number,
  migrations: Migrations,
): URLSearchParams | null {
  let current = new URLSearchParams(params);
  for (let version = from; version < to; version += 1) {
    const step = migrations[version];
    if (!step) return null;
    current = step(current);
  }
  return current;
}
