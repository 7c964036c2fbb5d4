/**
 * A worker's warm-up, run once while it is idle after start-up: a small
 * invented agency return in two layouts (a CSV table and a dated narrative),
 * read and interpreted in memory, and its entries read for contacts. The JavaScript engine compiles the
 * readers, the date grammar and the importer's hot paths to fast code only
 * after running them for a while; doing that here, at launch, means the
 * author's first real import runs at full speed instead of paying for it.
 *
 * Nothing is written anywhere and nothing here is case data: the rows are
 * generated from a few invented phrases.
 */
import { extractEntry } from '../../../shared/extract/index.ts';
import { importDocument } from '../../../shared/import/index.ts';
import { readChronologyBytes } from '../readers/index.ts';

const ROLES = ['Social worker', 'Health visitor', 'PC 1234', 'GP', 'School nurse', 'DSL', 'Housing officer'];
const EVENTS = [
  'Home visit. Mother and baby seen; no concerns noted about the home.',
  'Telephone call to the health visitor to share the outcome of the strategy discussion.',
  'Referral received from school about bruising to the child\u2019s arm; passed to MASH.',
  'DNA appointment. Letter sent offering a new date.',
  'Police attended a domestic incident at the address; children present. DASH risk assessed as medium.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The n-th invented date, in one of the forms agencies write. */
function dateText(n: number): string {
  const d = (n % 28) + 1;
  const m = (n % 12) + 1;
  const y = 2020 + (n % 4);
  switch (n % 6) {
    case 0:
      return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    case 1:
      return `${d}/${m}/${String(y).slice(2)}`;
    case 2:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 3:
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    case 4:
      return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${String(y).slice(2)}`;
    default:
      return `early ${MONTHS[m - 1]} ${y}`;
  }
}

function csvReturn(rows: number): Uint8Array {
  const lines = ['Date of contact,Time,Practitioner,Details,Action taken'];
  for (let n = 0; n < rows; n++) lines.push(`${dateText(n)},${10 + (n % 8)}:${n % 2 ? '15' : '40'},${ROLES[n % ROLES.length]},"${EVENTS[n % EVENTS.length]}",Recorded`);
  return new TextEncoder().encode(lines.join('\r\n'));
}

function narrativeReturn(paragraphs: number): Uint8Array {
  const out: string[] = ['Agency chronology', ''];
  for (let n = 0; n < paragraphs; n++) out.push(`${dateText(n + 3)} \u2013 ${ROLES[n % ROLES.length]}. ${EVENTS[(n + 2) % EVENTS.length]} Two days later the family was contacted again.`, '');
  return new TextEncoder().encode(out.join('\n'));
}

/**
 * Run the warm-up in a few short steps, stopping as soon as stop() says real
 * work has arrived (it then waits at most one step). Returns how many entries were interpreted (the
 * warm-up only warms the paths a real return takes if it reads as one).
 */
export async function warmUpImport(rounds = 4, stop: () => boolean = () => false): Promise<number> {
  let entries = 0;
  const files: Array<[string, Uint8Array]> = [
    ['warm-up.csv', csvReturn(400)],
    ['warm-up.txt', narrativeReturn(150)],
  ];
  for (let r = 0; r < rounds; r++) {
    for (const [name, bytes] of files) {
      await new Promise((resolve) => setImmediate(resolve));
      // Real work has arrived: it warms the same code, and must not wait for this.
      if (stop()) return entries;
      entries += importDocument(await readChronologyBytes(bytes, name), { dateOrder: 'auto' }).entries.length;
    }
  }
  return entries;
}

/** Read the invented return's entries for contacts, in steps, giving way like warmUpImport. Returns how many were read. */
export async function warmUpExtraction(entries = 300, stop: () => boolean = () => false): Promise<number> {
  const doc = await readChronologyBytes(csvReturn(entries), 'warm-up.csv');
  const texts = importDocument(doc, { dateOrder: 'auto' }).entries.map((e) => ({ text: e.text, agency: e.agency }));
  let read = 0;
  for (let k = 0; k < texts.length; k += 50) {
    await new Promise((resolve) => setImmediate(resolve));
    if (stop()) return read;
    for (const t of texts.slice(k, k + 50)) extractEntry(t);
    read += Math.min(50, texts.length - k);
  }
  return read;
}
