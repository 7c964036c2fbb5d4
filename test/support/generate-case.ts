/**
 * A generated case for benchmarks: agency returns in every format we read,
 * filled with invented chronology entries (no real people, places or
 * events). Seeded, so the same options always give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A small deterministic PRNG (mulberry32): benchmarks must be repeatable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ['HV', 'SW', 'GP', 'PC', 'DSL', 'CPN', 'the midwife', 'the duty social worker', 'the IDVA', 'the housing officer', 'probation', 'the school nurse'];
const OTHERS = ['CSC', 'the MASH', 'the GP', 'the health visitor', 'the school', 'police', 'the CMHT', 'probation', 'housing', 'the IDVA service', 'adult social care', 'Early Help'];
const EVENTS = [
  'Home visit to Ms T. Child seen and well; flat tidy.',
  'Tel call to {other} about the family; information shared.',
  'Referral made to {other} following concerns about bruising.',
  'Letter received from {other} with an update on the plan.',
  'No access visit - card left, mobile rang out.',
  'DNA clinic appointment. New appointment sent by letter.',
  'Strategy discussion held with {other}; S47 agreed.',
  'Email from {other} asking for information for the assessment.',
  'Mr P seen at the office; reports a new relationship.',
  'Officers attended after a neighbour reported shouting. Both adults had been drinking.',
  'Core group meeting: {other} and Ms T present.',
  'Not shared with {other}; no referral made.',
  'Ms T attended with baby J; low mood, EPDS 14.',
  'Call from {other} for advice about a mark on the child.',
];
const DETAILS = [
  'Ms T says the relationship with Mr P is over.',
  'Child seen and spoken to alone; presentation good.',
  'Flat cold and untidy; little food in the cupboards.',
  'Mother tearful, reports low mood and poor sleep.',
  'Mr P was present and answered most questions.',
  'Attendance at nursery has dropped to 60%.',
  'No concerns noted about the baby.',
  'Both adults smelt of alcohol.',
];
const OUTCOMES = ['NFA.', 'Review in 2 weeks.', 'Plan continues.', 'Passed to team manager.', 'To discuss at core group.', 'Closed.', ''];

export interface GeneratedEntry {
  date: { d: number; m: number; y: number };
  time: string;
  actor: string;
  text: string;
  outcome: string;
}

/** Invented entries in date order. */
export function generateEntries(n: number, seed = 1): GeneratedEntry[] {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const start = Date.UTC(2021, 0, 1);
  const span = 3 * 365 * 86_400_000;
  const out: GeneratedEntry[] = [];
  for (let i = 0; i < n; i++) {
    const t = new Date(start + Math.floor((i / n) * span));
    // Two or three sentences an entry, as agencies write them (about 150-250 characters).
    const sentences = [pick(EVENTS).replace('{other}', pick(OTHERS)), pick(DETAILS)];
    if (rand() < 0.5) sentences.push(pick(EVENTS).replace('{other}', pick(OTHERS)));
    const text = sentences.join(' ');
    out.push({
      date: { d: t.getUTCDate(), m: t.getUTCMonth() + 1, y: t.getUTCFullYear() },
      time: `${String(8 + Math.floor(rand() * 12)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`,
      actor: pick(ACTORS),
      text: `${text} Entry ${i + 1}.`,
      outcome: pick(OUTCOMES),
    });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const uk = (d: GeneratedEntry['date']) => `${pad(d.d)}/${pad(d.m)}/${d.y}`;
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writeCsv(path: string, entries: GeneratedEntry[], delimiter: string): void {
  const rows = ['Date,Time,Practitioner,Details,Outcome'.replace(/,/g, delimiter)];
  for (const e of entries) rows.push([uk(e.date), e.time, e.actor, e.text, e.outcome].map(csvCell).join(delimiter));
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
}

async function writeXlsx(path: string, entries: GeneratedEntry[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chronology');
  ws.addRow(['Eastvale Council - generated chronology']);
  ws.mergeCells('A1:E1');
  ws.addRow([]);
  ws.addRow(['Date of contact', 'Worker', 'Type of contact', 'Details', 'Outcome']);
  for (const e of entries) {
    const row = ws.addRow([new Date(Date.UTC(e.date.y, e.date.m - 1, e.date.d)), e.actor, 'Contact', e.text, e.outcome]);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
  }
  await wb.xlsx.writeFile(path);
}

async function writeDocx(path: string, entries: GeneratedEntry[]): Promise<void> {
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const body = [
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Eastvale Health - generated chronology</w:t></w:r></w:p>',
    '<w:tbl>',
    row(['Date', 'Time', 'Practitioner', 'Contact / event', 'Outcome / plan']),
    ...entries.map((e) => row([uk(e.date), e.time, e.actor, e.text, e.outcome])),
    '</w:tbl><w:p/>',
  ].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

function writeNarrative(path: string, entries: GeneratedEntry[]): void {
  const paras = ['EASTVALE NURSERY', 'Generated safeguarding chronology', ''];
  for (const e of entries) paras.push(`${ordinal(e.date.d)} ${MONTHS[e.date.m - 1]} ${e.date.y} – ${e.text} ${e.outcome}`.trim(), '');
  writeFileSync(path, paras.join('\n'));
}

/** Wrap text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A text PDF of numbered report paragraphs ("4.12 On 3 March 2023 …"), written
 * by hand as a report would lay them out: the number in the margin, the text
 * wrapped beside it, a gap between paragraphs.
 */
function writePdf(path: string, entries: GeneratedEntry[]): void {
  const linesPerPage = 64;
  const pages: string[] = [];
  let ops: string[] = [];
  let used = 0;
  const flush = () => {
    if (ops.length) pages.push(['BT', '/F1 9 Tf', ...ops, 'ET'].join('\n'));
    ops = [];
    used = 0;
  };
  entries.forEach((e, i) => {
    const text = `On ${e.date.d} ${MONTHS[e.date.m - 1]} ${e.date.y} ${e.actor} recorded: ${e.text}`.replace(/[()\\]/g, '');
    const lines = wrap(text, 90);
    if (used + lines.length + 1 > linesPerPage) flush();
    const y = 800 - used * 12;
    ops.push(`1 0 0 1 50 ${y} Tm (4.${i + 1}) Tj`);
    lines.forEach((l, k) => ops.push(`1 0 0 1 85 ${y - k * 12} Tm (${l}) Tj`));
    used += lines.length + 1;
  });
  flush();
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const content of pages) {
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  writeFileSync(path, Buffer.from(out, 'latin1'));
}

export interface GeneratedCase {
  dir: string;
  files: Array<{ path: string; format: string; entries: number }>;
  total: number;
}

/** Shares of the entries by format: police and health send the most (DOMAIN.md). */
const SHARES: Array<[string, string, number]> = [
  ['police.csv', 'csv', 0.2],
  ['gp.tsv', 'tsv', 0.1],
  ['csc.xlsx', 'xlsx', 0.25],
  ['health.docx', 'docx', 0.2],
  ['nursery.txt', 'txt', 0.1],
  ['overview-report.pdf', 'pdf', 0.05],
  ['housing.md', 'md', 0.1],
];

/** Write a generated case of about `total` entries into `dir`, spread over every format. */
export async function generateCase(dir: string, total: number, seed = 1): Promise<GeneratedCase> {
  mkdirSync(dir, { recursive: true });
  const files: GeneratedCase['files'] = [];
  let s = seed;
  for (const [name, format, share] of SHARES) {
    const n = Math.round(total * share);
    const entries = generateEntries(n, s++);
    const path = join(dir, name);
    if (format === 'csv') writeCsv(path, entries, ',');
    else if (format === 'tsv') writeCsv(path, entries, '\t');
    else if (format === 'xlsx') await writeXlsx(path, entries);
    else if (format === 'docx') await writeDocx(path, entries);
    else if (format === 'pdf') writePdf(path, entries);
    else writeNarrative(path, entries);
    files.push({ path, format, entries: n });
  }
  return { dir, files, total: files.reduce((a, f) => a + f.entries, 0) };
}
