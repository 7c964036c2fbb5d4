/**
 * The author's corrections, applied over what extraction found. Corrections
 * are stored apart (by entry key, so they survive re-import and
 * re-extraction) and always win: applied in the order they were made, each
 * one adds, removes or changes a contact, a concern, a duplicate link or a
 * field of the entry.
 */
import { z } from 'zod';

import type { Concern, Contact, ContactDirection, ContactType, Precision } from '../model.ts';
import {
  agencyIdSchema,
  concernSchema as concern,
  contactDirectionSchema as direction,
  contactTypeSchema as contactType,
  precisionSchema,
} from '../vocabulary.ts';

/** A contact as the author names it: who, which way, what kind. */
export const contactKeySchema = z.object({ with: agencyIdSchema, direction, type: contactType });
export type ContactKey = z.infer<typeof contactKeySchema>;

export const correctionPayloads = {
  contact: {
    add: contactKeySchema,
    remove: contactKeySchema,
    change: z.object({ from: contactKeySchema, to: contactKeySchema }),
  },
  concern: {
    add: z.object({ concern }),
    remove: z.object({ concern }),
  },
  /** The other entry, by its key (refs can change when a source is re-imported). */
  duplicate: {
    add: z.object({ otherKey: z.string().min(1) }),
    remove: z.object({ otherKey: z.string().min(1) }),
  },
  'entry-field': {
    change: z.object({
      agency: agencyIdSchema.optional(),
      time: z.string().regex(/^\d{2}:\d{2}$/).nullable().optional(),
      date: z
        .object({
          raw: z.string().optional(),
          earliest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          latest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          precision: precisionSchema,
          uncertain: z.boolean().optional(),
        })
        .optional(),
      text: z.string().min(1).optional(),
    }),
  },
} as const;

export interface CorrectionLike {
  id: number;
  kind: string;
  op: string;
  payload: unknown;
}

export interface EntryOverlay {
  agency?: string;
  time?: string | null;
  date?: { raw?: string; earliest: string; latest: string; precision: Precision; uncertain?: boolean };
  text?: string;
}

export interface CorrectedEntry {
  contacts: Contact[];
  concerns: Concern[];
  /** Duplicate links the author added / removed, by the other entry's key. */
  duplicatesAdded: string[];
  duplicatesRemoved: string[];
  overlay: EntryOverlay;
  /** Corrections that could not be applied (the contact they change is no longer there), for the author to review. */
  unapplied: number[];
}

const same = (c: { with: string; direction: ContactDirection; type: ContactType }, k: ContactKey) => c.with === k.with && c.direction === k.direction && c.type === k.type;

function authored(k: ContactKey): Contact {
  return { ...k, negated: false, span: { start: 0, end: 0, text: '' }, confidence: 1, rule: 'author', origin: 'author' };
}

/** Apply an entry's corrections, oldest first, to its extracted contacts and concerns. */
export function applyCorrections(extracted: { contacts: readonly Contact[]; concerns: readonly Concern[] }, corrections: readonly CorrectionLike[]): CorrectedEntry {
  let contacts = extracted.contacts.map((c) => ({ ...c }));
  const concerns = new Set<Concern>(extracted.concerns);
  const added = new Set<string>();
  const removed = new Set<string>();
  const overlay: EntryOverlay = {};
  const unapplied: number[] = [];
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) {
    const schema = (correctionPayloads as Record<string, Record<string, z.ZodType> | undefined>)[c.kind]?.[c.op];
    const parsed = schema?.safeParse(c.payload);
    if (!parsed?.success) {
      unapplied.push(c.id);
      continue;
    }
    const p = parsed.data as Record<string, unknown>;
    switch (`${c.kind}:${c.op}`) {
      case 'contact:add': {
        const k = p as ContactKey;
        // Adding a contact the text negates turns the negated reading into a positive one.
        contacts = contacts.filter((x) => !(x.negated && same(x, k)));
        if (!contacts.some((x) => !x.negated && same(x, k))) contacts.push(authored(k));
        break;
      }
      case 'contact:remove': {
        const k = p as ContactKey;
        const before = contacts.length;
        contacts = contacts.filter((x) => x.negated || !same(x, k));
        if (contacts.length === before) unapplied.push(c.id);
        break;
      }
      case 'contact:change': {
        const { from, to } = p as { from: ContactKey; to: ContactKey };
        const i = contacts.findIndex((x) => !x.negated && same(x, from));
        if (i < 0) unapplied.push(c.id);
        else contacts[i] = { ...contacts[i]!, ...to, origin: 'author', rule: 'author', confidence: 1 };
        break;
      }
      case 'concern:add':
        concerns.add(p.concern as Concern);
        break;
      case 'concern:remove':
        concerns.delete(p.concern as Concern);
        break;
      case 'duplicate:add':
        added.add(p.otherKey as string);
        removed.delete(p.otherKey as string);
        break;
      case 'duplicate:remove':
        removed.add(p.otherKey as string);
        added.delete(p.otherKey as string);
        break;
      case 'entry-field:change':
        Object.assign(overlay, p);
        break;
    }
  }
  return { contacts, concerns: [...concerns], duplicatesAdded: [...added], duplicatesRemoved: [...removed], overlay, unapplied };
}
