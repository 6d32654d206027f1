import { VERSION_KEY } from './params';
import { quote } from './values';

/** The version a link is read as, and what was wrong with its `v` values. */
export interface LinkVersion {
  version: number;
  /** Messages for `ignored`: a malformed or conflicting `v`. */
  ignored: string[];
  /** True when every well-formed `v` names a version newer than this Tunewise reads. */
  newer: boolean;
}

/** A link version: a positive whole number written in plain digits. */
const WELL_FORMED = /^[1-9]\d{0,8}$/;

/**
 * Reads the link's `v` values. Only a well-formed version is one: a malformed `v` (`0`, empty,
 * `abc`) is a bad field that costs that field alone, and the link is read as `assumed`. Of several
 * `v`s the first one this Tunewise can read counts; a link is "newer" only when none of its
 * well-formed versions can be read.
 */
export function readVersion(
  params: URLSearchParams,
  assumed: number,
  currentVersion: number,
): LinkVersion {
  const values = params.getAll(VERSION_KEY);
  const wellFormed = values.filter((raw) => WELL_FORMED.test(raw)).map(Number);
  const readable = wellFormed.filter((version) => version <= currentVersion);
  const ignored: string[] = [];
  if (wellFormed.length > 0 && readable.length === 0) {
    const raw = String(wellFormed[0]);
    ignored.push(
      `${VERSION_KEY} (${quote(raw)} is from a newer version of Tunewise, which reads version ${currentVersion})`,
    );
    return { version: wellFormed[0] ?? assumed, ignored, newer: true };
  }
  const version = readable[0] ?? assumed;
  const others = [...new Set(values.filter((raw) => raw !== String(version)))];
  if (others.length > 0) {
    const why = others.map((raw) => quote(raw)).join(', ');
    const kept = readable.length > 0 ? `version ${version} is kept` : `read as version ${version}`;
    const what = wellFormed.length > 0 ? `repeated with ${why}` : `${why} is not a link version`;
    ignored.push(`${VERSION_KEY} (${what}; ${kept})`);
  }
  return { version, ignored, newer: false };
}
