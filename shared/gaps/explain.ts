/**
 * Findings in plain words: what happened, when, in which record, and what is
 * missing. Every sentence cites the entries it rests on ("police.csv#3") and
 * UK dates, so a review author can check it and quote it.
 */
import { agencyLabel } from '../agencies/taxonomy.ts';
import { formatFuzzyDate } from '../dates/format.ts';
import type { AgencyId, Concern, FuzzyDate } from '../model.ts';
import { CONCERN_LABELS } from '../concerns.ts';
import type { Draft } from './draft.ts';
import type { Fact } from './facts.ts';

/** An agency as a sentence names it. */
export function agencyPhrase(a: AgencyId): string {
  switch (a) {
    case 'family':
      return 'the family';
    case 'other':
      return 'another service';
    case 'mash':
      return 'the MASH';
    case 'gp':
      return 'the GP';
    case 'ed':
      return 'the hospital';
    case 'ambulance':
      return 'the ambulance service';
    case 'health-visiting':
      return 'health visiting';
    case 'school':
      return 'the school or nursery';
    default: {
      const label = agencyLabel(a);
      // Keep acronyms and proper names ("CAMHS", "Benefits (DWP)"); lower-case ordinary words.
      return /^[A-Z]{2,}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
    }
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function agencies(as: readonly AgencyId[]): string {
  return list(as.map(agencyPhrase));
}

function when(f: Fact): string {
  return formatFuzzyDate(f.entry.date as FuzzyDate);
}

/** "14 Mar 2023 (police.csv#3)". */
function cite(f: Fact): string {
  return `${when(f)} (${f.ref})`;
}

function cites(fs: readonly Fact[]): string {
  return list(fs.map(cite));
}

function concernsOf(fs: readonly Fact[]): string {
  const all = [...new Set(fs.flatMap((f) => f.concerns))].filter((c) => c !== 'other' && c !== 'non-engagement') as Concern[];
  return list(all.map((c) => CONCERN_LABELS[c].toLowerCase()));
}

function quoted(d: Draft): string {
  return d.quote && d.quote.text ? ` “${d.quote.text.replace(/\s+/g, ' ').trim()}”` : '';
}

const TYPE_WORDS: Record<string, string> = {
  referral: 'a referral',
  notification: 'a notification',
  'information-share': 'information',
  'information-request': 'a request for information',
  email: 'an email',
  letter: 'a letter',
  'phone-call': 'a call',
  'arrived-late': 'information',
  closed: 'a referral',
};

/** The explanation for a finding (drafts already joined: several triggers, one gap). */
export function explain(d: Draft): string {
  const from = capital(agencyPhrase(d.from));
  const to = agencies(d.to);
  const t = d.triggers;
  const first = t[0]!;
  const concerns = concernsOf(t);
  const about = concerns ? ` (${concerns})` : '';
  const q = quoted(d);
  const also = (d.also ?? []).filter((a) => a.text && a.text !== d.quote?.text);
  const ctx = (also.length ? ` The records also say: ${list(also.map((a) => `“${a.text.replace(/\s+/g, ' ').trim()}” (${a.fact.ref})`))}.` : '') + (d.context.length ? ` See also ${cites(d.context)}.` : '');
  switch (d.code) {
    case 'G1':
      if (d.detail === 'think-family')
        return `${from} saw a parent${about} with children in the household on ${cites(t)}.${q ? ` The record says${q}.` : ''} Nothing shows the children were considered: no referral or information went to ${to}.${ctx}`;
      if (d.detail === 'da-children')
        return `${from} attended a domestic abuse incident with children in the household on ${cites(t)}. No notification to ${to} within a working day is recorded.${ctx}`;
      if (d.detail === 'not-told-us')
        return `${capital(to)} ${d.to.length > 1 ? 'were' : 'was'} not told what ${agencyPhrase(d.from)} knew:${q ? `${q}` : ' its record says so'} (${cites(t)}). ${from} had recorded a concern in the months before.${ctx}`;
      if (d.detail === 'kept')
        return `${from} recorded ${t.length > 1 ? 'concerns' : 'a concern'}${about} on ${cites(t)}, and nothing it recorded in the week after ${t.length > 1 ? 'any of them' : 'it'} tells ${to} or the front door. Nothing in the chronology shows ${to} ${d.to.length > 1 ? 'were' : 'was'} told. (Inferred from silence: check ${agencyPhrase(d.from)}'s full records.)${ctx}`;
      if (d.detail === 'injury')
        return `${from} recorded an injury to a baby, or one with no clear explanation, on ${cites(t)}. There is no record of it going to ${to} within a day.${ctx}`;
      return `${from} knew of a concern${about} on ${cites(t)} and did not pass it on:${q ? `${q}.` : ' the record says it was not shared.'} Nothing in the chronology shows ${to} ${d.to.length > 1 ? 'were' : 'was'} told.${ctx}`;
    case 'G2': {
      const what = TYPE_WORDS[d.detail ?? ''] ?? 'a referral';
      const receiverSays = d.quote ? ` ${capital(agencyPhrase(d.quote.fact.agency))} records${q} (${d.quote.fact.ref}).` : ` ${capital(to)} ${d.to.length > 1 ? 'have' : 'has'} no record of receiving it, although ${d.to.length > 1 ? 'their' : 'its'} records cover that time.`;
      return `${from} sent ${what} to ${to} on ${cites(t)}.${receiverSays}${ctx}`;
    }
    case 'G3':
      if (d.detail === 'closed')
        return `${capital(to)} received a referral from ${agencyPhrase(d.from)} on ${cite(first)} and closed it on ${cites(t.slice(1))}:${q}. The concern was not acted on.${ctx}`;
      return `${capital(to)} received ${TYPE_WORDS[d.detail ?? ''] ?? 'information'} from ${agencyPhrase(d.from)} on ${cites(t)} and recorded${q}. No visit, assessment or checks followed.${ctx}`;
    case 'G4':
      return `${capital(to)} ${d.to.length > 1 ? 'were' : 'was'} not told what happened after raising a concern with ${agencyPhrase(d.from)}:${q} (${cites(t)}).${ctx}`;
    case 'G5':
      if (d.detail === 'told-later') return `${from} did not tell ${to} at the time (${cite(first)}) and shared it only on ${cites(t.slice(1))}.${q ? ` The record says${q}.` : ''}${ctx}`;
      if (d.detail === 'arrived-late') return `${from}'s information reached ${to} too late to count: ${agencyPhrase(d.to[0]!)} recorded${q} on ${cites(t)}.${ctx}`;
      return `${from} shared information with ${to} late:${q} (${cites(t)}).${ctx}`;
    case 'G6': {
      const present = d.attendees ?? [];
      return `The meeting recorded on ${cites(t)} was held by ${agencies(present) || agencyPhrase(d.from)}.${q ? ` The record says${q}.` : ''} ${capital(to)}, involved with the family in the weeks before, ${d.to.length > 1 ? 'were' : 'was'} not part of it.${ctx}`;
    }
    case 'G7':
      if (d.detail === 'new-adult') return `${from} recorded a new adult in the household on ${cites(t)}. No checks with ${to} about him or her are recorded in the weeks after.${ctx}`;
      return `${from} did not seek what ${to} knew${about ? ` about the family${about}` : ''}: ${q ? `${q.trim()} ` : ''}(${cites(t)}). No checks with ${to} are recorded.${ctx}`;
    case 'G8': {
      const missed = t.filter((f) => f.missed);
      const span = missed.length > 1 ? `${missed.length} missed appointments or visits with no access, on ${cites(missed)}` : `a missed appointment or visit on ${cites(missed.length ? missed : t)}`;
      const after = t.filter((f) => !f.missed);
      return `${from} recorded ${span}${after.length ? `, then ${cites(after)}` : ''}.${q ? ` The record says${q}.` : ''} It was not escalated to ${to}.${ctx}`;
    }
    case 'G9':
      return `${from} recorded a move, transfer or discharge on ${cites(t)}:${q}. The history did not follow to ${to}.${ctx}`;
    case 'G10': {
      const [received, origin] = t;
      return `${from} meant it as a referral or a serious concern (${origin ? cite(origin) : 'its record'}); ${agencyPhrase(d.to[0]!)} recorded it as less on ${received ? cite(received) : ''}:${q}.${ctx}`;
    }
  }
  return `${from} → ${to}: ${cites(t)}.${ctx}`;
}
