/**
 * No input makes the parser slow or throw: the grammar walks tokens with
 * bounded look-ahead and uses no backtracking regular expressions.
 */
import { describe, expect, it } from 'vitest';
import { detectDateOrder, findDateMentions, findLeadingDate, parseFuzzyDate, parseTime, resolveDateSequence, splitDateTime } from '../../../shared/dates/index.ts';

/** Deterministic pseudo-random numbers (a small LCG), so a failure can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomUnicode(length: number, seed: number): string {
  const next = seeded(seed);
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCodePoint(Math.floor(next() * 0x2ffff));
  return text;
}

const HUGE: Record<string, string> = {
  'full stops': '.'.repeat(100_000),
  'a repeated word': 'the '.repeat(50_000),
  'a repeated relative opener': 'the next '.repeat(25_000),
  'slashes and digits': '1/'.repeat(100_000),
  'month names': 'March '.repeat(35_000),
  dashes: '–'.repeat(200_000),
  'random unicode': randomUnicode(100_000, 42),
  'date-dense prose': 'On 14 November 2022 she rang. Four days later the GP called at 23:40. '.repeat(3_000),
};

function everything(text: string): void {
  parseFuzzyDate(text);
  findDateMentions(text);
  findLeadingDate(text);
  parseTime(text);
  splitDateTime(text);
  detectDateOrder([text]);
  resolveDateSequence([text, text.slice(0, 1000)]);
}

// Linear work finishes each of these in tens of milliseconds; a quadratic reading of 100,000
// characters would take minutes. The per-test limit (far above the typical run, so a slow or busy
// machine never trips it) is the guard; the benchmarks print the figures.
const LIMIT_MS = 20_000;

describe('robustness', () => {
  it.each(Object.entries(HUGE))('handles %s without running away', (_name, text) => {
    everything(text);
  }, LIMIT_MS);

  it('finds every date in 200 kB of date-dense prose', () => {
    const text = 'Between 10 and 12 April 2023 she stayed; w/c 12/06/2023 L came. The next day (approx) PHQ-9 17. '.repeat(2_100);
    expect(text.length).toBeGreaterThan(200_000);
    const mentions = findDateMentions(text);
    expect(mentions.length).toBe(3 * 2_100);
  }, LIMIT_MS);

  it('never throws on short random input', () => {
    const next = seeded(7);
    const alphabet = ['1', '2', '3', '0', '9', '/', '.', '-', ':', ' ', 'th', 'March', 'w/c', '?', 'approx', 'between', 'and', 'later', 'two', 'days', 'pm', 'hrs', 'Spring', 'term', '2023', '31', '12', '£', '+', '(', ')'];
    for (let n = 0; n < 2_000; n++) {
      const parts: string[] = [];
      const length = Math.floor(next() * 8);
      for (let k = 0; k < length; k++) parts.push(alphabet[Math.floor(next() * alphabet.length)] ?? '');
      const text = parts.join(next() < 0.5 ? ' ' : '');
      expect(() => everything(text), text).not.toThrow();
      const d = parseFuzzyDate(text);
      if (d !== null && d.earliest !== null && d.latest !== null) expect(d.earliest <= d.latest, text).toBe(true);
    }
  });
});
