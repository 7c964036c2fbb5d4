/**
 * UK fuzzy dates: one parser for the dates agencies write in chronologies.
 * Pure TypeScript (no Node, DOM or packages). See ../../shared/DOMAIN.md
 * ("Dates as practitioners write them") and the acceptance README ("Reading
 * vague dates") for the conventions; they live in conventions.ts as data.
 */
export type { DateContext } from './context.ts';
export { DEFAULT_DATE_CONVENTIONS, defaultTwoDigitYearCutoff } from './conventions.ts';
export type { DateConventions, HalfTermRule, HolidayName, MonthDay, PartName, SeasonName, Span, TermName } from './conventions.ts';
export { parseFuzzyDate } from './parse.ts';
export { resolveDateSequence, type DateItem, type SequenceOptions } from './sequence.ts';
export type { Ymd } from './calendar.ts';
export { findDateMentions, hasAbsoluteDateMention, type DateMention } from './mentions.ts';
export { findLeadingDate, type LeadingDate } from './leading.ts';
export { parseTime } from './time.ts';
export { splitDateTime } from './datetime.ts';
export { detectDateOrder } from './order.ts';
export { formatFuzzyDate, formatIsoUk } from './format.ts';
export { resolveMixedOrderSequence } from './mixed-order.ts';
