/**
 * The closed vocabularies of the model, each written once. From each list
 * come its type (`(typeof LIST)[number]`), its zod schema (`z.enum(LIST)`),
 * the label tables the views show (`Record<Type, string>`, so a value with no
 * label is a compile error) and, where a migration checks the column, the SQL
 * CHECK (`sqlCheckIn` in electron/core/store/sql.ts).
 *
 * WARNING: a shipped migration keeps the values it was written with.
 * test/electron/store/vocabulary.test.ts fails when a table's CHECK and a list
 * here disagree: adding a value to a checked list needs a migration that
 * rebuilds the table.
 *
 * Agency ids are not listed here: they are an open vocabulary, the taxonomy in
 * resources/lexicon/agencies.json (agencyIds in shared/agencies/taxonomy.ts),
 * which a board may extend. Only their shape is checked here.
 */
import { z } from 'zod';

/** An agency id as a request or a stored correction carries it. The taxonomy is data and a case may
 *  name an agency it does not list, so the schema checks the shape; isAgencyId checks the taxonomy.
 *  (Kept apart from the taxonomy so that the IPC contract, and the preload with it, loads no lexicon.) */
export const agencyIdSchema = z.string().min(1).max(64);

/** How precisely a date is known. "range" covers early/mid/late month, school
 *  terms and explicit ranges; "week" is "w/c …". */
export const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const precisionSchema = z.enum(PRECISIONS);

/** What kind of contact an entry records. */
export const CONTACT_TYPES = [
  'referral',
  'notification',
  'information-request',
  'information-share',
  'phone-call',
  'letter',
  'email',
  'home-visit',
  'appointment',
  'dna',
  'strategy-discussion',
  'conference',
  'assessment',
  'attendance',
  'other',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const contactTypeSchema = z.enum(CONTACT_TYPES);

/** Which way a contact went, seen from the agency that recorded it. */
export const CONTACT_DIRECTIONS = ['out', 'in', 'both', 'attempted'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];
export const contactDirectionSchema = z.enum(CONTACT_DIRECTIONS);

/** Who said there was a contact: extraction, or the author by hand. */
export const CONTACT_ORIGINS = ['extracted', 'author'] as const;
export type ContactOrigin = (typeof CONTACT_ORIGINS)[number];

/** The concerns an entry can record (their display order and labels are in shared/concerns.ts). */
export const CONCERNS = [
  'domestic-abuse',
  'parental-mental-health',
  'substance-misuse',
  'injury',
  'neglect',
  'non-engagement',
  'exploitation',
  'young-carer',
  'missing',
  'housing',
  'criminality',
  'child-development',
  'other',
] as const;
export type Concern = (typeof CONCERNS)[number];
export const concernSchema = z.enum(CONCERNS);

/** The kinds of gap finding (../shared/acceptance/README.md), in order. */
export const GAP_CODES = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10'] as const;
export type GapCode = (typeof GAP_CODES)[number];
export const gapCodeSchema = z.enum(GAP_CODES);

/** The author's decision on a gap finding. */
export const GAP_DECISIONS = ['accepted', 'rejected', 'edited'] as const;
export type GapDecisionKind = (typeof GAP_DECISIONS)[number];
export const gapDecisionSchema = z.enum(GAP_DECISIONS);

/** How a source file is laid out: a table of entries, dated paragraphs, or a narrative report. */
export const SOURCE_LAYOUTS = ['table', 'narrative', 'prose'] as const;
export type SourceLayout = (typeof SOURCE_LAYOUTS)[number];

/** What a correction does to the value it names. */
export const CORRECTION_OPS = ['add', 'remove', 'change'] as const;
export type CorrectionOp = (typeof CORRECTION_OPS)[number];
