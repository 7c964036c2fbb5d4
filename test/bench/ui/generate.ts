/**
 * A large invented case for the UI benchmark: chronology CSVs from several
 * agencies, 20,000 entries in all by default, over three years, with varied
 * text (contacts between agencies, missed appointments, meetings), some
 * times and some vague UK dates. Seeded, so every run writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 4294967296;
  };
}

const AGENCIES = [
  { file: 'police.csv', share: 0.24, who: ['PC', 'DC', 'PCSO', 'Control room'] },
  { file: 'childrens-services.csv', share: 0.22, who: ['SW1', 'SW2', 'Duty SW', 'MASH', 'TM1'] },
  { file: 'gp.csv', share: 0.14, who: ['GP1', 'GP2', 'Practice nurse'] },
  { file: 'health-visiting.csv', share: 0.14, who: ['HV1', 'HV2', 'Nursery nurse'] },
  { file: 'school.csv', share: 0.14, who: ['DSL', 'Class teacher', 'Attendance officer'] },
  { file: 'adult-mental-health.csv', share: 0.12, who: ['CPN1', 'Duty worker', 'Psychiatrist'] },
] as const;

const EVENTS = [
  'Referral sent to MASH about the children after a domestic incident at the home.',
  'Strategy discussion with police and children’s social care; the health visitor was not invited.',
  'Home visit: no access. Card left and a letter sent to rebook.',
  'Child was not brought to the appointment (WNB). Letter sent to the mother.',
  'Letter received from the GP about the mother’s low mood.',
  'Phoned the school to ask about attendance; information shared with the DSL.',
  'Notification received from police: domestic abuse incident, children present.',
  'Child seen at home with mother; no concerns noted at the visit.',
  'Email to the social worker asking for an update on the assessment; no reply.',
  'Core group meeting held with health visiting, school and children’s social care.',
  'Mother attended the clinic with the baby; weight gain satisfactory.',
  'Records check requested by MASH; information shared by phone.',
  'Tried to phone the mother twice, no answer.',
  'Attendance fell below 80%; letter sent home and the EWO informed.',
  'Mental health review: mother says partner has moved back in. Not shared with the social worker.',
  'Case discussed in supervision; plan to close the episode.',
];
const AFTER = ['Plan reviewed.', 'No further action.', 'Follow-up in two weeks.', 'Manager informed.', 'Recorded on the system.', 'Agreed with the family.'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Write the CSVs to dir; returns their paths. */
export function writeBenchCase(dir: string, total = 20_000, seed = 20_240_115): string[] {
  mkdirSync(dir, { recursive: true });
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const start = Date.UTC(2021, 0, 1);
  const days = 3 * 365;
  const paths: string[] = [];
  let written = 0;
  AGENCIES.forEach((agency, ai) => {
    const n = ai === AGENCIES.length - 1 ? total - written : Math.round(total * agency.share);
    written += n;
    // Sorted dates, with bursts: busy periods are what aggregation is for.
    const when = Array.from({ length: n }, () => {
      const burst = random() < 0.3 ? Math.floor(random() * 6) * 180 + random() * 20 : random() * days;
      return start + Math.floor(Math.min(days - 1, burst)) * 86_400_000;
    }).sort((a, b) => a - b);
    const rows = ['Date,Time,Worker,Event,Action'];
    for (const t of when) {
      const d = new Date(t);
      const r = random();
      // Mostly plain days; some weeks, months and seasons, as returns really have.
      const date =
        r < 0.86
          ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
          : r < 0.92
            ? `w/c ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
            : r < 0.97
              ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
              : `Spring ${d.getUTCFullYear()}`;
      const time = random() < 0.35 ? `${pad(8 + Math.floor(random() * 14))}:${pad(Math.floor(random() * 60))}` : '';
      rows.push([date, time, pick(agency.who), pick(EVENTS), pick(AFTER)].map(csvField).join(','));
    }
    const path = join(dir, agency.file);
    writeFileSync(path, `${rows.join('\r\n')}\r\n`);
    paths.push(path);
  });
  return paths;
}
