/**
 * A cue whose words name no other side: a form's one sender or receiver ("PPN", "Duty to Refer"), our own
 * visit, or a letter, call or text, which with no addressee is with the family.
 */
import type { ClauseContext, CueFrames, NounVerbReading } from './context.ts';
import type { Cue } from './types.ts';
import { calledInText } from './vocabulary.ts';

export function unnamedParty(ctx: ClauseContext, cue: Cue, r: NounVerbReading, { object }: CueFrames): void {
  const { v, input, lex } = ctx;
  const { subject, emit, type } = r;
  if (cue.kind === 'noun' && cue.from && !subject && cue.from !== input.agency) {
    emit({ agency: cue.from }, 'in', 'default-sender');
    return;
  }
  // "Duty to Refer submitted", "Encompass notification sent": the one receiver such a form has, when the words name none.
  const unnamed = (!subject || subject.kind === 'self') && !r.receivedWord && !v.others.some((p) => p.kind === 'agency');
  if (cue.kind === 'noun' && cue.to && cue.to !== input.agency && unnamed) {
    emit({ agency: cue.to }, 'out', 'default-receiver');
    return;
  }
  if (cue.kind === 'verb' && cue.lemma === 'visit' && (!subject || subject.kind === 'self')) {
    emit({ agency: 'family' }, 'out', 'visited');
    return;
  }
  // A letter, call or text with no addressee goes to the family ("Second letter sent", "Letter to parent", "text message sent").
  if (type === 'letter' || type === 'phone-call' || (type === 'other' && lex.messageWords.has(r.word))) noAddressee(ctx, cue, r, object);
}

function noAddressee({ v, lex }: ClauseContext, cue: Cue, r: NounVerbReading, object: CueFrames['object']): void {
  const t = v.tokens;
  const { subject, emit, type, word, sentWord, receivedWord } = r;
  if (v.parties.some((p) => p.kind === 'agency' && !p.forum)) return;
  if (cue.kind === 'verb' && cue.lemma !== 'text') return; // "written agreement", "written up later": no addressee, no contact
  // "999 | Caller Edith W reports …", "anonymous call via 101": the public rang in.
  // ("staff rang 999" is our call out, read by the verb.)
  const dialled = lex.dialVerbs.has(t[cue.first - 1]?.lower ?? '');
  if (type === 'phone-call' && cue.kind === 'noun' && !dialled && calledInText(v.sentenceText, lex) && !sentWord) {
    emit({ agency: 'family' }, 'in', 'called-in');
    return;
  }
  // "Police received a 999 call reporting …", "took a call from the caller": someone rang in, and the words name no agency.
  if (receivedWord && !sentWord) {
    if (type === 'phone-call' && cue.kind === 'noun') emit({ agency: 'family' }, 'in', 'call-received');
    return;
  }
  const opens = t.findIndex((x) => !x.punct) === cue.first;
  if (cue.kind === 'noun' && type === 'phone-call' && !sentWord && !/^(?:tel|telephone|phone|call-back|callback)$/.test(word) && !opens) return;
  if (cue.kind === 'verb' && subject?.kind === 'self' && !object) return;
  if (subject?.kind === 'family') {
    emit(subject, 'in', 'family-subject');
    return;
  }
  // "999 call from female child", "CALL: 999 from the caller's son": from someone the words do not name as an agency, so the public.
  const after = v.clause.text.slice(t[cue.last]!.end - v.clause.start);
  if (cue.kind === 'noun' && /^\s*(?::\s*)?(?:(?:999|101|111)\s+)?from\b/i.test(after)) {
    emit({ agency: 'family' }, 'in', 'call-from');
    return;
  }
  emit({ agency: 'family' }, 'out', 'to-family');
}
