/**
 * Which kind of review a case is (GLOSSARY, "Review types"): a child
 * safeguarding practice review, a safeguarding adults review or a domestic
 * homicide review. The kind says who the subject is, and so where a concern
 * should have gone and who should have been escalated to: children's social
 * care for a child, adult social care for an adult at risk.
 */
export type ReviewType = 'cspr' | 'sar' | 'dhr';

const NAMES: ReadonlyArray<[ReviewType, RegExp]> = [
  ['cspr', /\b(?:child(?:ren)?(?:'s)? safeguarding practice review|CSPR|child practice review|serious case review|rapid review|safeguarding children partnership)\b/gi],
  ['sar', /\b(?:safeguarding adults? review|SAR|adult practice review|safeguarding adults board|SAB)\b/g],
  ['dhr', /\b(?:domestic homicide review|DHR|domestic abuse related death review|DARDR)\b/g],
];

/** The review type a case's titles and words name most (titles count five times), or null when none is named. */
export function detectReviewType(titles: readonly string[], texts: readonly string[]): ReviewType | null {
  const score = new Map<ReviewType, number>();
  const count = (text: string, weight: number) => {
    for (const [type, re] of NAMES) {
      const n = text.match(re)?.length ?? 0;
      if (n) score.set(type, (score.get(type) ?? 0) + n * weight);
    }
  };
  for (const t of titles) count(t, 5);
  for (const t of texts) count(t, 1);
  let best: ReviewType | null = null;
  for (const [type, n] of score) if (best === null || n > score.get(best)!) best = type;
  return best;
}
