/**
 * A worker's warm-up, run once while it is idle after start-up: a small
 * invented agency return in four shapes (a CSV table, a dated narrative, a
 * Word table and a workbook),
 * read and interpreted in memory, and its entries read for contacts. The JavaScript engine compiles the
 * readers, the date grammar and the importer's hot paths to fast code only
 * after running them for a while; doing that here, at launch, means the
 * author's first real import runs at full speed instead of paying for it.
 *
 * Nothing is written anywhere and nothing here is case data: the rows are
 * generated from a few invented phrases.
 */
import JSZip from 'jszip';

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

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';

function rowsOf(rows: number): string[][] {
  return Array.from({ length: rows }, (_, n) => [dateText(n), ROLES[n % ROLES.length]!, EVENTS[n % EVENTS.length]!, 'Recorded']);
}

/** The invented return as a Word table, as Word saves one (the parts the reader needs). */
async function docxReturn(rows: number): Promise<Uint8Array> {
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p></w:tc>`;
  const tr = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const body = `<w:p><w:r><w:t>Agency chronology</w:t></w:r></w:p><w:tbl>${tr(['Date', 'Practitioner', 'Details', 'Outcome'])}${rowsOf(rows).map(tr).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', TYPES);
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The invented return as a workbook, its dates real date cells (serial numbers in a date format). */
async function xlsxReturn(rows: number): Promise<Uint8Array> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const str = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(t)}</t></is></c>`;
  const header = `<row r="1">${['Date of contact', 'Worker', 'Summary', 'Action taken'].map((t, k) => str(`${'ABCD'[k]}1`, t)).join('')}</row>`;
  const body = rowsOf(rows)
    .map(([, who, what, done], n) => `<row r="${n + 2}"><c r="A${n + 2}" s="1"><v>${44927 + n * 3}</v></c>${str(`B${n + 2}`, who!)}${str(`C${n + 2}`, what!)}${str(`D${n + 2}`, done!)}</row>`)
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', TYPES);
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${REL}"><sheets><sheet name="Chronology" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${header}${body}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'uint8array' });
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
    ['warm-up.docx', await docxReturn(200)],
    ['warm-up.xlsx', await xlsxReturn(200)],
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
