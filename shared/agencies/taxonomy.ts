/**
 * The canonical agency taxonomy, read from the lexicon data file. The ids are
 * the ones in ../shared/acceptance/README.md; the file may add more (a board
 * with a local service adds it there, not in code).
 */
import { z } from 'zod';
import data from '../../resources/lexicon/agencies.json' with { type: 'json' };
import type { AgencyId } from '../model.ts';

const termSchema = z.union([
  z.string(),
  z.object({
    t: z.string(),
    cs: z.boolean().optional(),
    person: z.boolean().optional(),
    context: z.string().optional(),
  }),
]);

export const lexiconFileSchema = z.object({
  version: z.number().int().positive(),
  groups: z.array(z.object({ id: z.string(), label: z.string() })),
  agencies: z.array(z.object({ id: z.string(), label: z.string(), short: z.string(), group: z.string() })),
  terms: z.record(z.string(), z.array(termSchema)),
  contexts: z.record(
    z.string(),
    z.object({
      default: z.string(),
      when: z.array(z.object({ agency: z.string(), cues: z.array(z.string()) })),
      /** Rules read only for a file as a whole (its title, letterhead and opening), after those in `when`. */
      fileWhen: z.array(z.object({ agency: z.string(), cues: z.array(z.string()) })).optional(),
    }),
  ),
  patterns: z.array(
    z.object({ agency: z.string(), re: z.string(), hint: z.string().optional(), person: z.boolean().optional(), context: z.string().optional() }),
  ),
  systems: z.object({
    entries: z.array(z.object({ names: z.array(z.string()), agency: z.string(), context: z.string().optional(), cs: z.boolean().optional() })),
  }),
  seconded: z.object({ cues: z.array(z.string()) }),
});
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

/** The lexicon as shipped, validated once at load so a typo in the data fails loudly. */
export const agencyData: LexiconFile = lexiconFileSchema.parse(data);

export interface AgencyInfo {
  id: AgencyId;
  label: string;
  short: string;
  group: string;
}

const byId = new Map<string, AgencyInfo>(agencyData.agencies.map((a) => [a.id, a]));

/** Every agency id, in taxonomy order (the swimlane order). */
export const agencyIds: readonly AgencyId[] = agencyData.agencies.map((a) => a.id);

export const agencyGroups: readonly { id: string; label: string }[] = agencyData.groups;

export function isAgencyId(id: string): id is AgencyId {
  return byId.has(id);
}

export function agencyInfo(id: AgencyId): AgencyInfo {
  return byId.get(id) ?? { id, label: id, short: id, group: 'others' };
}

/** "Police", "Children's social care": the label a user reads. */
export function agencyLabel(id: AgencyId): string {
  return agencyInfo(id).label;
}
