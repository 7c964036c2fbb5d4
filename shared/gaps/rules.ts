/**
 * The gap engine's data: the expected flows (resources/rules/flows.json),
 * the phrases it reads in entry text (resources/lexicon/gap-cues.json), and a
 * case's own changes to the flows (a flow switched off, other days, other
 * targets). Validated once, compiled to regular expressions once.
 */
import { z } from 'zod';

import cueData from '../../resources/lexicon/gap-cues.json' with { type: 'json' };
import flowData from '../../resources/rules/flows.json' with { type: 'json' };
import { agencyIdSchema as agency, gapCodeSchema as gapCode } from '../vocabulary.ts';

const flowSchema = z.object({
  id: z.string(),
  code: gapCode,
  when: z.string(),
  shouldReach: z.string(),
  enabled: z.boolean(),
  from: z.array(agency).optional(),
  concerns: z.array(z.string()).optional(),
  children: z.boolean().optional(),
  targets: z.array(agency).optional(),
  withinDays: z.number().int().min(0).max(3650).optional(),
  windowDays: z.number().int().min(1).max(3650).optional(),
  escalateWithinDays: z.number().int().min(0).max(3650).optional(),
  recentDays: z.number().int().min(1).max(3650).optional(),
  minEvents: z.number().int().min(1).max(100).optional(),
  minRecentEntries: z.number().int().min(1).max(100).optional(),
  newAdultChecks: z.array(agency).optional(),
  minConcerns: z.number().int().min(1).max(10).optional(),
  assessors: z.array(agency).optional(),
  statutory: z.array(z.string()).optional(),
});
export type Flow = z.infer<typeof flowSchema>;

/** Where concerns go; the front door (social care, the MASH) is the one that passes them on to the others. */
const hubSchema = z.object({ label: z.string(), agencies: z.array(agency).min(1), frontDoor: z.array(agency).optional() });

const flowsFileSchema = z.object({
  version: z.number().int(),
  hubs: z.object({ child: hubSchema, adult: hubSchema, domesticAbuse: hubSchema }),
  mash: z.object({ runBy: agency }),
  childServices: z.array(agency),
  adultServices: z.array(agency),
  notProfessional: z.array(agency),
  safeguardingConcerns: z.object({ child: z.array(z.string()), adult: z.array(z.string()), homicide: z.array(z.string()) }),
  flows: z.array(flowSchema).min(1),
});
export type FlowsFile = z.infer<typeof flowsFileSchema>;

const cuesFileSchema = z.object({
  version: z.number().int(),
  groups: z.record(z.string(), z.object({ patterns: z.array(z.string()).min(1) })),
});

/** The cue groups the detectors read; the data file must define each. */
export const CUE_GROUPS = [
  'notSent',
  'notToldUs',
  'refused',
  'negatedKnowledge',
  'notSought',
  'assessing',
  'holdsInformation',
  'noConcernsRecorded',
  'children',
  'nonMobileBaby',
  'unexplained',
  'closure',
  'noAction',
  'notReceived',
  'actionDenied',
  'downgraded',
  'senderSerious',
  'late',
  'arrivedLate',
  'noFeedback',
  'transfer',
  'transferLoss',
  'playedDown',
  'staffHandover',
  'notInvited',
  'notEscalated',
  'nonEngagementWords',
  'mentionsMissed',
] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

export type CompiledCues = Readonly<Record<CueGroup, RegExp>>;

/** A case's changes to a flow: switched off, other days or targets. Kept in the case file. */
export const flowOverrideSchema = flowSchema
  .pick({ enabled: true, withinDays: true, windowDays: true, escalateWithinDays: true, recentDays: true, minEvents: true, minRecentEntries: true, minConcerns: true, targets: true })
  .partial()
  .strict();
export type FlowOverride = z.infer<typeof flowOverrideSchema>;
export const flowOverridesSchema = z.record(z.string().max(64), flowOverrideSchema);
export type FlowOverrides = z.infer<typeof flowOverridesSchema>;

export interface GapRules {
  version: string;
  file: FlowsFile;
  /** Flows by id, with the case's overrides applied. */
  flows: ReadonlyMap<string, Flow>;
  cues: CompiledCues;
}

function compileGroup(name: string, patterns: readonly string[]): RegExp {
  // One alternation per group, on word boundaries where the pattern starts or ends with a word character.
  const parts = patterns.map((p) => {
    const lead = /^[\w(\\[]/.test(p) && !p.startsWith('\\b') ? '\\b' : '';
    const tail = /[\w)?]$/.test(p) && !p.endsWith('\\b') ? '\\b' : '';
    return `${lead}(?:${p})${tail}`;
  });
  try {
    return new RegExp(parts.join('|'), 'gi');
  } catch (err) {
    throw new Error(`resources/lexicon/gap-cues.json, group "${name}": a pattern is not a valid regular expression (${(err as Error).message}).`, { cause: err });
  }
}

let defaults: { file: FlowsFile; cues: CompiledCues; version: string } | null = null;

function loadDefaults(): { file: FlowsFile; cues: CompiledCues; version: string } {
  if (defaults) return defaults;
  const file = flowsFileSchema.parse(flowData);
  const cuesFile = cuesFileSchema.parse(cueData);
  const cues = {} as Record<CueGroup, RegExp>;
  for (const g of CUE_GROUPS) {
    const group = cuesFile.groups[g];
    if (!group) throw new Error(`resources/lexicon/gap-cues.json has no "${g}" group.`);
    cues[g] = compileGroup(g, group.patterns);
  }
  defaults = { file, cues, version: `flows-${file.version}.cues-${cuesFile.version}` };
  return defaults;
}

/** The rules for one case: the defaults with its overrides applied. */
export function gapRules(overrides: FlowOverrides = {}): GapRules {
  const d = loadDefaults();
  const flows = new Map<string, Flow>();
  for (const f of d.file.flows) flows.set(f.id, { ...f, ...(overrides[f.id] ?? {}) });
  const changed = Object.keys(overrides).length > 0;
  return { version: changed ? `${d.version}.case` : d.version, file: d.file, flows, cues: d.cues };
}

/** The flows as a reviewer reads them, for the rules panel and the CLI. */
export function describeFlows(rules: GapRules): Flow[] {
  return [...rules.flows.values()];
}

export function flow(rules: GapRules, id: string): Flow | null {
  const f = rules.flows.get(id);
  return f && f.enabled ? f : null;
}

