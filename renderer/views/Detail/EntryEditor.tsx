/**
 * Correcting an entry in place: its text, date and agency, the contacts
 * extracted from it and its concerns, with a reason. Saved through the
 * corrections adapter; while those channels are missing the form stays
 * open with a calm message, so nothing typed is lost.
 */
import { useId, useState } from 'react';

import type { AnalysisEntry } from '../../../shared/analysis.ts';
import { agencyIds, agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import type { Concern, ContactDirection, ContactType } from '../../../shared/model.ts';
import { CONTACT_DIRECTIONS as DIRECTIONS, CONTACT_TYPES as TYPES } from '../../../shared/vocabulary.ts';
import { CONCERN_ORDER, concernLabel } from '../../../shared/concerns.ts';
import { CONTACT_TYPE_LABELS, DIRECTION_LABELS } from '../../../shared/views/labels.ts';
import type { AnalysisEntryView, Result } from '../../../shared/api.ts';
import { corrections, type ContactsCorrection } from '../../corrections.ts';
import { useDispatch } from '../../state/store.tsx';

type EditableContact = Required<ContactsCorrection['contacts'][number]>;

/** The time forms the core accepts ("14:30", "9.05"). */
const TIME = /^\d{1,2}[:.]\d{2}$/;

function contactsOf(e: AnalysisEntry): EditableContact[] {
  return [
    ...e.contacts.map((c) => ({ with: c.with, direction: c.direction, type: c.type, negated: false })),
    ...(e.negatedContacts ?? []).map((c) => ({ with: c.with, direction: c.direction, type: c.type, negated: true })),
  ];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function EntryEditor({ entry, onDone }: { entry: AnalysisEntry; onDone: () => void }) {
  const dispatch = useDispatch();
  const id = useId();
  const [text, setText] = useState(entry.text);
  const [dateRaw, setDateRaw] = useState(entry.date.raw);
  const [time, setTime] = useState(entry.time ?? '');
  const [agency, setAgency] = useState(entry.agency);
  const [contacts, setContacts] = useState<EditableContact[]>(() => contactsOf(entry));
  const [concerns, setConcerns] = useState<Concern[]>(entry.concerns);
  const [duplicateOf, setDuplicateOf] = useState(entry.duplicateOf ?? '');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const setContact = (i: number, patch: Partial<EditableContact>) => setContacts((cs) => cs.map((c, k) => (k === i ? { ...c, ...patch } : c)));

  const save = async () => {
    if (time.trim() !== '' && !TIME.test(time.trim())) {
      setMessage('Type the time as hours and minutes, for example 14:30.');
      return;
    }
    if (dateRaw.trim() === '') {
      setMessage('The date cannot be empty. Type it as the record has it, for example 14/03/2023 or “Spring 2023”.');
      return;
    }
    setSaving(true);
    setMessage(null);
    const changes = {
      ...(text !== entry.text ? { text } : {}),
      ...(dateRaw !== entry.date.raw ? { dateRaw } : {}),
      ...(time.trim() !== (entry.time ?? '') ? { time: time.trim() || null } : {}),
      ...(agency !== entry.agency ? { agency } : {}),
    };
    const dup = duplicateOf.trim() || null;
    const steps: Array<() => Promise<Result<AnalysisEntryView>>> = [];
    if (Object.keys(changes).length) steps.push(() => corrections.updateEntry({ ref: entry.ref, changes, reason }));
    if (!same(contacts, contactsOf(entry))) steps.push(() => corrections.correctContacts({ ref: entry.ref, contacts, reason }));
    if (!same([...concerns].sort(), [...entry.concerns].sort())) steps.push(() => corrections.correctConcerns({ ref: entry.ref, concerns, reason }));
    if (dup !== (entry.duplicateOf ?? null)) steps.push(() => corrections.correctDuplicate({ ref: entry.ref, duplicateOf: dup, reason }));
    if (steps.length === 0) {
      setSaving(false);
      onDone();
      return;
    }
    // One channel per kind of change; each answers with the entry as it now is.
    for (const step of steps) {
      const r = await step();
      if (!r.ok) {
        setSaving(false);
        setMessage(r.error.message);
        return;
      }
      dispatch({ type: 'entry/patched', entry: r.value });
    }
    setSaving(false);
    onDone();
  };

  return (
    <form
      className="editor"
      aria-label={`Edit entry ${entry.ref}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>What happened</label>
        <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="editor__row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Date, as written</label>
          <input id={`${id}-date`} type="text" value={dateRaw} onChange={(e) => setDateRaw(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input id={`${id}-time`} type="text" placeholder="e.g. 14:30" value={time} onChange={(e) => setTime(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agency`}>Agency</label>
        <select id={`${id}-agency`} value={agency} onChange={(e) => setAgency(e.target.value)}>
          {agencyIds.map((a) => (
            <option key={a} value={a}>
              {agencyInfo(a).label}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Contacts</legend>
        {contacts.length === 0 ? <p className="muted">No contacts.</p> : null}
        {contacts.map((c, i) => (
          <div className="editor__contact" key={i}>
            <select aria-label={`Contact ${i + 1}: with`} value={c.with} onChange={(e) => setContact(i, { with: e.target.value })}>
              {agencyIds.map((a) => (
                <option key={a} value={a}>
                  {agencyInfo(a).label}
                </option>
              ))}
            </select>
            <select aria-label={`Contact ${i + 1}: direction`} value={c.direction} onChange={(e) => setContact(i, { direction: e.target.value as ContactDirection })}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
            <select aria-label={`Contact ${i + 1}: type`} value={c.type} onChange={(e) => setContact(i, { type: e.target.value as ContactType })}>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {CONTACT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            <label className="field--check">
              <input type="checkbox" checked={c.negated} onChange={(e) => setContact(i, { negated: e.target.checked })} /> Did not happen
            </label>
            <button type="button" className="button button--quiet" onClick={() => setContacts((cs) => cs.filter((_, k) => k !== i))}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => setContacts((cs) => [...cs, { with: 'csc', direction: 'out', type: 'referral', negated: false }])}>
          Add a contact
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-dup`}>Same event as (the reference of another entry, if any)</label>
        <input id={`${id}-dup`} type="text" placeholder="e.g. police.csv#4" value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)} />
      </div>
      <fieldset>
        <legend>Concerns</legend>
        <div className="editor__concerns">
          {CONCERN_ORDER.map((c) => (
            <label key={c} className="field--check">
              <input type="checkbox" checked={concerns.includes(c)} onChange={(e) => setConcerns((cs) => (e.target.checked ? [...cs, c] : cs.filter((x) => x !== c)))} />{' '}
              {concernLabel(c)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why are you changing this?</label>
        <input id={`${id}-reason`} type="text" placeholder="e.g. the date was mistyped in the return" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {message ? (
        <p className="notice notice--problem" role="alert">
          {message}
        </p>
      ) : null}
      <div className="detail__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
