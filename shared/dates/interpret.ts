/**
 * A parsed phrase plus its context → a FuzzyDate: infer a missing year,
 * count a relative date from the entry before, and write the suggestion an
 * author sees for anything flagged.
 */
import type { DateFlag, FuzzyDate, Precision } from '../model.ts';
import { fromIso, toIso, toUkNumeric } from './calendar.ts';
import type { DateConventions } from './conventions.ts';
import type { Parsed } from './grammar.ts';
import { resolveRelative } from './relative.ts';
import { boundsAt, inferYear, needsYear, precisionOf, type YearAnchor } from './resolve.ts';
import type { AbsoluteSpec, RelativeSpec } from './spec.ts';

export interface Hints {
  /** Year for a year-less date; wins over the anchor when given. */
  readonly year?: number | undefined;
  /** Where a year-less date sits, when no year is given. */
  readonly yearAnchor?: YearAnchor | null | undefined;
  /** The entry before, for relative dates. */
  readonly previous?: FuzzyDate | null | undefined;
  readonly conventions: DateConventions;
}

/** Flags that on their own make a date uncertain: the reading is our guess at a typo. */
const GUESS_FLAGS: ReadonlySet<DateFlag> = new Set(['us-order', 'impossible']);

interface Assembly {
  earliest: number | null;
  latest: number | null;
  precision: Precision;
  uncertain: boolean;
  flags: DateFlag[];
  notes: string[];
}

function finish(raw: string, a: Assembly): FuzzyDate {
  const flags = [...new Set(a.flags)];
  const date: FuzzyDate = {
    raw,
    earliest: a.earliest === null ? null : toIso(a.earliest),
    latest: a.latest === null ? null : toIso(a.latest),
    precision: a.precision,
    uncertain: a.uncertain || flags.some((f) => GUESS_FLAGS.has(f)),
  };
  if (flags.length > 0) date.flags = flags;
  if (a.notes.length > 0) date.suggestion = a.notes.join('; ');
  return date;
}

/** A day or a span of days in UK numeric form. */
function span(start: number, end: number): string {
  return start === end ? toUkNumeric(start) : `${toUkNumeric(start)}–${toUkNumeric(end)}`;
}

function relative(spec: RelativeSpec, base: Assembly, hints: Hints): Assembly {
  const previous = hints.previous;
  const start = previous?.earliest == null ? null : fromIso(previous.earliest);
  const end = previous?.latest == null ? null : fromIso(previous.latest);
  base.flags.push('relative');
  if (previous == null || start === null || end === null) return base;
  const bounds = resolveRelative(spec, { start, end });
  base.earliest = bounds.start;
  base.latest = bounds.end;
  base.precision = bounds.precision;
  // A date counted from an uncertain one is no surer than it.
  base.uncertain = base.uncertain || previous.uncertain;
  base.notes.push(`counted from the entry before (${span(start, end)}): read as ${span(bounds.start, bounds.end)}`);
  return base;
}

function absolute(spec: AbsoluteSpec, base: Assembly, hints: Hints): Assembly {
  const conv = hints.conventions;
  base.precision = precisionOf(spec);
  let year = 0;
  if (needsYear(spec)) {
    base.flags.push('year-inferred');
    const inferred = hints.year ?? (hints.yearAnchor == null ? null : inferYear(spec, hints.yearAnchor, conv));
    if (inferred === null) {
      // No year anywhere yet: keep the reading, leave the bounds for the importer to fill in.
      base.flags.push('unparsed');
      return base;
    }
    year = inferred;
    base.notes.push(`no year written; took ${inferred} from the entries around it`);
  }
  const bounds = boundsAt(spec, year, conv);
  base.earliest = bounds.start;
  base.latest = bounds.end;
  base.flags.unshift(...bounds.flags);
  base.notes.unshift(...bounds.notes);
  base.uncertain = base.uncertain || bounds.uncertain;
  // A range that comes down to one day ("5/1/2023 - 5/1/2023") is that day.
  if (base.precision === 'range' && bounds.start === bounds.end) base.precision = 'day';
  return base;
}

/** Turn a parsed phrase into the FuzzyDate the rest of Threadline stores. */
export function interpret(raw: string, parsed: Parsed, hints: Hints): FuzzyDate {
  const base: Assembly = {
    earliest: null,
    latest: null,
    precision: 'day',
    uncertain: parsed.uncertain,
    flags: [...parsed.flags],
    notes: [...parsed.notes],
  };
  if (parsed.spec === null) return finish(raw, { ...base, uncertain: true, flags: ['unparsed'] });
  const done = parsed.spec.kind === 'relative' ? relative(parsed.spec, base, hints) : absolute(parsed.spec, base, hints);
  return finish(raw, done);
}
