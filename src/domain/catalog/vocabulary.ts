/**
 * The catalog's words that answers use too, as plain lists: the catalog schema (zod, checked in
 * tests and the build) and the answers schema (zod/mini, parsed in the browser) both build their
 * enums from these, so the page that shows a decision does not load the catalog's schema.
 */

/** The six purposes of the guide's purpose → architecture table. */
export const PURPOSE_IDS = [
  'chat',
  'text-generation',
  'similarity',
  'reranking',
  'multi-label-classification',
  'multi-class-classification',
] as const;

/** Domains a user can name in the task step, and that a model can be strong in. */
export const DOMAIN_IDS = [
  'general',
  'code',
  'medical',
  'legal',
  'scientific',
  'finance',
  'other',
] as const;
