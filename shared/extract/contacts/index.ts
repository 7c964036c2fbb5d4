/**
 * Contacts between the recording agency and others, read clause by clause.
 *
 * A contact rests on a cue (a verb such as "phoned", a noun such as
 * "referral", a meeting such as "ICPC", a no-access or DNA phrase) and a
 * party found around it by the frames practitioners write in (frames.ts):
 *   "<cue> to X" out · "<cue> from X" in · "<cue> with X" both · "X <verb>" in
 *   · "<verb> X" out · "X notified" (passive) out · "X referral" (X sent it) in
 *   · "by X" (agent) in · "via X" the route named (the MASH).
 * What a contact says ("Tel call to CPN: Ms K open to CMHT since August …")
 * is its content, not more contacts. Negation ("not informed", "no referral
 * made") and unrealised plans ("to be requested", "I should have rung
 * MASH") keep the contact as negated evidence; it is never counted.
 *
 * Where each construction is read:
 *   entry.ts          the driver: clauses, then whole-entry readings, then finalise
 *   clause.ts         one clause's cues, dispatched by kind (dna, attempt, scene, convey)
 *   negation.ts       denied or unrealised (a plan, an instruction, speech)
 *   attendance.ts     the family coming to us, seen, assessed
 *   noun-or-verb.ts   a noun or verb cue: subject, then the steps below in turn
 *   home-visit.ts · objects.ts · subject.ts · no-addressee.ts · reply.ts
 *   entry-readings.ts the contact-type column, premises, ED, a scene, a 999 log
 *   finalise.ts       drafts merged into contacts
 *   vocabulary.ts     groups of agencies and contact types; the word lists are resources/lexicon/contacts.json
 */
export { extractContacts } from './entry.ts';
export type { ContactInput } from './types.ts';
