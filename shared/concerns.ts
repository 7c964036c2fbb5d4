/**
 * The concerns an entry can record, as people read them: their order (the
 * "toxic trio" first) and their labels. Shared by the explanations of the gap
 * engine and by every view that lists concerns.
 */
import type { Concern } from './model.ts';

/** Concerns in the order the matrix shows them: the "toxic trio" first. */
export const CONCERN_ORDER: readonly Concern[] = [
  'domestic-abuse',
  'parental-mental-health',
  'substance-misuse',
  'injury',
  'neglect',
  'non-engagement',
  'child-development',
  'missing',
  'exploitation',
  'young-carer',
  'housing',
  'criminality',
  'other',
];

export const CONCERN_LABELS: Readonly<Record<Concern, string>> = {
  'domestic-abuse': 'Domestic abuse',
  'parental-mental-health': 'Parental mental health',
  'substance-misuse': 'Drugs or alcohol',
  injury: 'Injury',
  neglect: 'Neglect',
  'non-engagement': 'Missed appointments',
  'child-development': 'Child development',
  missing: 'Missing',
  exploitation: 'Exploitation',
  'young-carer': 'Young carer',
  housing: 'Housing',
  criminality: 'Offending',
  other: 'Other',
};

export function concernLabel(c: string): string {
  return (CONCERN_LABELS as Record<string, string>)[c] ?? c;
}
