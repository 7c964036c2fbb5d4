/**
 * G6, a meeting without a key agency: a strategy discussion, an initial
 * child protection conference or a safeguarding planning meeting held
 * without agencies that had recent contact with the family, or with the
 * record naming who was not invited. From the convener, to those left out.
 * Standing meetings (core groups, reviews) and forums (MARAC, MAPPA) are
 * not checked for who came: their membership is set elsewhere.
 */
import { agencyInfo } from '../../agencies/taxonomy.ts';
import type { AgencyId } from '../../model.ts';
import type { Draft } from '../draft.ts';
import { uniqueAgencies } from '../draft.ts';
import { factsBetween, type CaseFacts, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

const FORUM = /\b(?:marac|mappa|core group|review (?:cp |child protection )?conference|rcpc|review)\b/i;
const DECIDING = /\b(?:strategy|icpc|initial (?:child protection )?(?:case )?conference|planning (?:discussion|meeting)|professionals'? meeting|multi-agency (?:risk )?meeting|safeguarding (?:adults )?(?:meeting|discussion))\b/i;

interface Meeting {
  facts: Fact[];
  day: number;
  attendees: Set<AgencyId>;
  leftOut: Set<AgencyId>;
  explicit: boolean;
  /** A strategy discussion, initial conference or planning meeting (not a forum or a standing meeting). */
  deciding: boolean;
}

function meetingWords(f: Fact): string {
  return [...f.meetings(), ...f.denied.filter((c) => c.type === 'strategy-discussion' || c.type === 'conference')].map((c) => c.span ?? '').join(' ') + ' ' + f.entry.text.slice(0, 160);
}

export function detectMeetings(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'meeting-invites');
  if (!rule) return [];
  const recent = rule.recentDays ?? 90;
  const minEntries = rule.minRecentEntries ?? 2;
  const notProfessional = cf.notProfessional;
  const convener = cf.actor(cf.hub[0] ?? 'csc');

  // The meetings: records of a deciding meeting, joined when two agencies recorded the same one.
  const meetings: Meeting[] = [];
  for (const f of cf.facts) {
    if (f.day === null) continue;
    const held = f.meetings();
    const deniedMeeting = f.denied.filter((c) => (c.type === 'strategy-discussion' || c.type === 'conference') && !notProfessional.has(c.with));
    if (held.length === 0 && deniedMeeting.length === 0) continue;
    const words = meetingWords(f);
    const attendees = new Set<AgencyId>([f.actor, ...held.map((c) => cf.actor(c.with))]);
    // A report sent to the meeting is taking part in it.
    for (const c of f.incoming) if (c.type === 'information-share') attendees.add(cf.actor(c.with));
    const leftOut = new Set(deniedMeeting.map((c) => c.with).filter((a) => !attendees.has(cf.actor(a))));
    // Forums and standing meetings are checked only for who the record says was left out; deciding meetings for who was involved too.
    const deciding = !FORUM.test(words) && DECIDING.test(words);
    // ("GP not present" at a CIN meeting may be the GP's choice; only "not invited" faults whoever held it.)
    if (!deciding && (leftOut.size === 0 || f.own('notInvited').length === 0)) continue;
    // The same meeting recorded by another agency: within two days, naming each other (facts come in day order, so look back only that far).
    let same: Meeting | undefined;
    for (let k = meetings.length - 1; k >= 0 && f.day - meetings[k]!.day <= 2; k--) {
      const m = meetings[k]!;
      if ([...attendees].some((a) => a !== f.actor && m.attendees.has(a)) || m.facts.some((x) => x.group.includes(f.ref))) {
        same = m;
        break;
      }
    }
    if (same) {
      same.facts.push(f);
      for (const a of attendees) same.attendees.add(a);
      for (const a of leftOut) same.leftOut.add(a);
      same.explicit ||= leftOut.size > 0;
      same.deciding ||= deciding;
    } else {
      meetings.push({ facts: [f], day: f.day, attendees, leftOut, explicit: leftOut.size > 0, deciding });
    }
  }

  // "CMHT was not invited", "not invited to any meeting": an agency's own record of being left out.
  const selfReports: Fact[] = cf.facts.filter((f) => f.day !== null && !notProfessional.has(f.agency) && f.own('notInvited').length > 0 && f.meetings().length === 0);
  for (const f of selfReports) {
    const m = [...meetings].reverse().find((x) => x.day <= f.day! && f.day! - x.day <= 30 && !x.attendees.has(f.actor));
    if (m) {
      m.leftOut.add(f.agency);
      m.facts.push(f);
      m.explicit = true;
    }
  }

  // A strategy discussion needs the statutory partners (police, social care, health); one that had them is not faulted for who else was absent.
  const statutory = rule.statutory ?? [];
  const quorate = (m: Meeting) =>
    statutory.every((need) => [...m.attendees].some((a) => a === cf.actor(need) || (need === 'health' && agencyInfo(a).group === 'health') || (need === 'csc' && cf.hub.map(cf.actor).includes(a))));
  const out: Draft[] = [];
  for (const m of meetings) {
    const missing = new Set(m.leftOut);
    const strategy = m.facts.some((x) => /\bstrategy\b/i.test(meetingWords(x)));
    if (strategy && quorate(m) && missing.size === 0) continue;
    for (const agency of m.deciding ? cf.byActor.keys() : []) {
      if (notProfessional.has(agency) || m.attendees.has(agency)) continue;
      const inWindow = factsBetween(cf, agency, m.day - recent, m.day).filter((x) => !m.facts.includes(x));
      if (inWindow.length >= minEntries) missing.add(agency);
    }
    const recorder = m.facts.find((x) => x.meetings().length > 0) ?? m.facts[0]!;
    // A deciding meeting is children's (or adult) social care's to call; a forum's is whoever recorded holding it.
    const from = cf.hub.map(cf.actor).includes(recorder.actor) || !m.deciding ? recorder.actor : convener;
    const to = uniqueAgencies([...missing].filter((a) => !m.attendees.has(cf.actor(a)) && !notProfessional.has(a) && cf.actor(a) !== from));
    if (to.length === 0) continue;
    const hit = m.facts.map((x) => ({ x, h: x.own('notInvited')[0] })).find((y) => y.h);
    out.push({
      code: 'G6',
      flow: rule.id,
      from,
      to,
      triggers: m.facts,
      context: [],
      explicit: m.explicit,
      ...(hit ? { quote: { fact: hit.x, text: hit.x.quote(hit.h!) } } : {}),
      attendees: [...m.attendees],
    });
  }
  return out;
}
