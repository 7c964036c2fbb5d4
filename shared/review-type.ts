/**
 * Which kind of review a case is (GLOSSARY, "Review types"): a child
 * safeguarding practice review, a safeguarding adults review or a domestic
 * homicide review. The kind says who the subject is, and so where a concern
 * should have gone and who should have been escalated to: children's social
 * care for a child, adult social care for an adult at risk.
 */
export type ReviewType = 'cspr' | 'sar' | 'dhr';

/** The names of each kind of review: full names in any case, abbreviations only in capitals ("SAR", not "sar"). */
const NAMES: ReadonlyArray<[ReviewType, RegExp]> = [
  ['cspr', /\b(?:child(?:ren)?(?:'s)? safeguarding practice review|child practice review|serious case review|rapid review|local child safeguarding practice review|safeguarding children partnership|case management review|significant case review)\b/gi],
  // Wales numbers its child practice reviews ("CPR 2023/04"); a bare "CPR" is resuscitation.
  ['cspr', /\b(?:CSPR|LCSPR|SCR|CMR)\b|\bCPR\s+\d/g],
  ['sar', /\b(?:safeguarding adults? review|adult practice review|safeguarding adults (?:board|partnership))\b/gi],
  ['sar', /\b(?:SAR|SAB|SAPB)\b|\bAPR\s+\d/g],
  ['dhr', /\b(?:domestic homicide review|domestic abuse related death review|domestic homicide)\b/gi],
  ['dhr', /\b(?:DHR|DARDR)\b/g],
];

/**
 * Where nothing names the review: the anonymised subject a chronology is headed with ("Child N",
 * "Pupil: Child M", "Adult D", "Mr D (Adult D)") says whose review it is, weighing less than a name.
 */
const SUBJECTS: ReadonlyArray<[ReviewType, RegExp]> = [
  ['cspr', /\bChild [A-Z]\b(?![a-z])/g],
  ['sar', /\bAdult [A-Z]\b(?![a-z])/g],
];

/** The review type a case's titles and words name most (titles count five times), or null when none is named. */
export function detectReviewType(titles: readonly string[], texts: readonly string[]): ReviewType | null {
  const named = scoreOf(NAMES, titles, texts);
  return best(named) ?? best(scoreOf(SUBJECTS, titles, []));
}

function scoreOf(patterns: ReadonlyArray<[ReviewType, RegExp]>, titles: readonly string[], texts: readonly string[]): Map<ReviewType, number> {
  const score = new Map<ReviewType, number>();
  const count = (text: string, weight: number) => {
    for (const [type, re] of patterns) {
      const n = text.match(re)?.length ?? 0;
      if (n) score.set(type, (score.get(type) ?? 0) + n * weight);
    }
  };
  for (const t of titles) count(t, 5);
  for (const t of texts) count(t, 1);
  return score;
}

function best(score: ReadonlyMap<ReviewType, number>): ReviewType | null {
  let top: ReviewType | null = null;
  for (const [type, n] of score) if (top === null || n > score.get(top)!) top = type;
  return top;
}
