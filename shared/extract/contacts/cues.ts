/** The cues of a clause (the words a contact rests on), the channel it names, and the contact type they make. */
import type { AgencyId, ContactType } from '../../model.ts';
import type { CompiledContactLexicon, CueType } from '../lexicon.ts';
import type { Party } from '../parties.ts';
import { phraseAt, type Token } from '../tokens.ts';
import type { Cue } from './types.ts';

export function has(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) if (set.has(tokens[i]!.lower)) return true;
  return false;
}

export function phraseIn<T>(
  tokens: readonly Token[],
  from: number,
  to: number,
  index: Map<string, Array<{ tokens: string[]; caseSensitive: boolean; value: T }>>,
): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) if (phraseAt(tokens, i, index)) return true;
  return false;
}

type CueIndex = Map<string, Array<{ tokens: string[]; caseSensitive: boolean; value: unknown }>>;

/** The cues in a clause. Tokens of channel phrases ("by phone") are modifiers, never cues of their own. */
export function findCues(tokens: readonly Token[], lex: CompiledContactLexicon, parties: readonly Party[] = []): Cue[] {
  const cues: Cue[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const claim = (i: number, n: number) => {
    for (let k = i; k < i + n; k++) used[k] = true;
  };
  // The words of an agency's name are not cues: "health visiting" is not a visit, "Housing Options" not an option.
  // A scene phrase may hold one ("attended at police request"): those are looked up past the names.
  const named = new Array<boolean>(tokens.length).fill(false);
  for (const p of parties) if (p.kind === 'agency') for (let k = p.first; k <= p.last; k++) named[k] = true;
  for (let i = 0; i < tokens.length; i++) {
    const ch = phraseAt(tokens, i, lex.channels) ?? phraseAt(tokens, i, lex.nonCues);
    if (ch) claim(i, ch.length);
    const m = phraseAt(tokens, i, lex.meetings);
    if (m) claim(i, m.length); // read by meetings.ts
  }
  const tables: Array<[Cue['kind'], CueIndex]> = [
    ['dna', lex.dna],
    ['attempt', lex.attempts],
    ['scene', lex.scene],
    ['convey', lex.convey],
    ['attendance', lex.attendance],
    ['noun', lex.nouns],
  ];
  for (const [kind, index] of tables) {
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || named[i]) continue;
      const hit = phraseAt(tokens, i, index);
      if (!hit || used.slice(i, i + hit.length).some(Boolean)) continue;
      if (kind !== 'scene' && named.slice(i, i + hit.length).some(Boolean)) continue;
      const v = hit.value as { type?: CueType; from?: AgencyId; to?: AgencyId };
      const first = i;
      const last = i + hit.length - 1;
      cues.push({ kind, type: cueTypeOf(kind, v.type), first, last, ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}) });
      claim(i, hit.length);
    }
  }
  tokens.forEach((t, i) => {
    if (used[i] || named[i] || t.punct) return;
    const verb = lex.verbForms.get(t.lower);
    if (!verb) return;
    const base = t.lower === verb.lemma;
    // A bare verb form after an article or an acronym is a noun ("CP alert", "a check"): only the noun table counts those.
    const prev = tokens[i - 1];
    if (base && prev && (/^(?:a|an|the|this|that|any|no)$/.test(prev.lower) || /^[A-Z]{2,}$/.test(prev.text))) return;
    // "(see 17/04)", "see above": a cross-reference.
    if (verb.lemma === 'see' && /^(?:\d|above|below|attached|overleaf|para|section|entry)/i.test(tokens[i + 1]?.text ?? '')) return;
    cues.push({ kind: 'verb', type: verb.type, first: i, last: i, object: verb.object, lemma: verb.lemma, base });
  });
  return cues.sort((a, b) => a.first - b.first);
}

/** A phrase cue's type: a noun's own, or the one its table stands for. */
function cueTypeOf(kind: Cue['kind'], nounType: CueType | undefined): CueType {
  switch (kind) {
    case 'noun':
      return nounType ?? 'other';
    case 'scene':
      return 'attend-scene';
    case 'convey':
      return 'convey';
    case 'attendance':
      return 'attend';
    default:
      return 'home-visit';
  }
}

export function channelIn(tokens: readonly Token[], lex: CompiledContactLexicon): CueType | null {
  for (let i = 0; i < tokens.length; i++) {
    const hit = phraseAt(tokens, i, lex.channels);
    if (hit) return hit.value;
  }
  return null;
}

/** The contact type a cue stands for, once the channel words of its clause are known. */
export function contactTypeOf(cue: CueType, channel: CueType | null): ContactType {
  const concrete = channel === 'phone-call' || channel === 'email' || channel === 'letter' || channel === 'other' ? channel : null;
  switch (cue) {
    case 'referral':
    case 'home-visit':
    case 'assessment':
    case 'conference':
    case 'strategy-discussion':
    case 'information-request':
    case 'appointment':
    case 'phone-call':
    case 'email':
    case 'letter':
      return cue;
    case 'notification':
      return concrete ?? 'notification';
    case 'information-share':
      return concrete ?? 'information-share';
    default:
      return concrete ?? 'other';
  }
}
