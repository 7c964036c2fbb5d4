// Generator for the invented DHR case "dhr-fenholt-adultfamily" (Fenholt, Saxmere).
// Writes the agency files, gold.json and README.md from ONE set of data so they cannot drift.
// Run: node /work/blind/generators/dhr-fenholt-adultfamily.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'dhr-fenholt-adultfamily';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const DA = 'domestic-abuse', PMH = 'parental-mental-health', SM = 'substance-misuse',
  INJ = 'injury', NE = 'non-engagement', CRIM = 'criminality', OTH = 'other';
const D = (raw, earliest, latest = earliest, precision = 'day', uncertain = false) =>
  ({ raw, earliest, latest, precision, uncertain });
const c = (withId, direction, type) => ({ with: withId, direction, type });

const F_COMB = 'combined-chronology.csv';
const F_CRIS = 'crisis-team-notes.docx';
const F_POL = 'police-log.xlsx';
const F_OV = 'dhr-overview-extract.pdf';
const F_GP = 'gp.csv';

const entries = [];          // gold entries, in file order within each file
const byKey = {};            // key -> entry
const counters = {};
function addEntry(file, key, e) {
  counters[file] = (counters[file] || 0) + 1;
  const ref = `${file}#${counters[file]}`;
  if (byKey[key]) throw new Error('dup key ' + key);
  const ent = {
    ref, agency: e.agency, ...(e.employer ? { employer: e.employer } : {}),
    date: e.date, time: e.time ?? null, text: e.text,
    contacts: e.contacts || [], concerns: e.concerns || [],
  };
  entries.push(ent);
  byKey[key] = ent;
  return ent;
}
const R = (k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].ref; };

// ====================================================== 1. combined-chronology.csv
// Columns: No. | Date | Time | Agency | Source / practitioner | Event / information | Action / outcome
const AG = {
  'FCP': 'police', 'ASC': 'asc', 'EIP': 'adult-mh', 'CMHT (NSMHT)': 'adult-mh',
  'CMHT (North Saxmere Mental Health NHS Trust)': 'adult-mh',
  'Fenholt Medical Practice': 'gp', 'DWP': 'dwp', 'Crisis Team': 'adult-mh',
};
const CM = 'CMHT (NSMHT)';
const comb = [
  { title: "DHR 'Edith' - Combined chronology (draft 3, panel copy) - OFFICIAL-SENSITIVE" },
  { title: 'Compiled by the Independent Chair from agency IMR chronologies. Review period 01/01/2022 to 14/10/2023.' },
  { blank: true },
  { header: ['No.', 'Date', 'Time', 'Agency', 'Source / practitioner', 'Event / information', 'Action / outcome'] },
  { section: 'PART A: 01/01/2022 - 31/05/2022 (EIP period)' },
  { k: 'X1', date: D('11/01/2022', '2022-01-11'), ag: 'EIP',
    src: 'CC1, care co-ordinator, Fenholt EIP team (North Saxmere Mental Health NHS Trust - NSMHT)',
    ev: "Home visit. Daniel on oral aripiprazole 15mg, admits missing doses most weeks. Smoking cannabis daily ('skunk'). Mother (Edith) present, says she is 'worn out'. CC1 offered referral to ASC for a carer's assessment - Edith declined, 'doesn't want a fuss'.",
    out: "Discuss depot with Dr E1. Re-offer carer's assessment at next visit.",
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH, SM, NE] },
  { k: 'X2', date: D('17/02/2022', '2022-02-17'), ag: 'EIP', src: 'Dr E1, consultant psychiatrist',
    ev: 'Outpatient review. Daniel attended with his mother. Agreed switch to depot aripiprazole (Abilify Maintena) 400mg 4-weekly. First injection given in clinic.',
    out: 'Next depot due 17/03/2022 (EIP depot clinic).',
    contacts: [c('family', 'in', 'attendance')], concerns: [PMH] },
  { k: 'X3', date: D('09/03/2022', '2022-03-09'), time: '22:14', ag: 'FCP', src: 'Control room; PC1, PC2',
    ev: '999 call from Edith: son shouting and has smashed a mug, wants police to calm him down. Officers attended 22:41; Daniel calm, smell of cannabis. Recorded as verbal family argument, no offences.',
    out: 'Closed - words of advice. DASH not completed. No notification to EIP or ASC.',
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: [DA, SM] },
  { k: 'X5', date: D('21/03/2022', '2022-03-21'), ag: 'EIP', src: 'CC1',
    ev: "Home visit. Edith mentioned police had come out 'about a row' the week before. Daniel said his mother 'winds him up'. No aggression observed during visit.",
    out: "Risk assessment reviewed - no risk to others identified. Carer's assessment re-offered, declined.",
    contacts: [c('family', 'out', 'home-visit')], concerns: [DA, NE] },
  { k: 'X6', date: D('25/04/2022', '2022-04-25'), time: '11:20', ag: 'Fenholt Medical Practice', src: 'GP1',
    ev: 'Edith seen (own appointment). Says she is frightened of Daniel when he has been smoking cannabis and locks her bedroom door at night. Son under EIP.',
    out: 'Advised to contact EIP care co-ordinator if worried. Sertraline increased to 100mg. No contact made with EIP; no DA enquiry recorded.',
    contacts: [c('family', 'in', 'attendance')], concerns: [DA, SM, PMH] },
  { blank: true },
  { section: 'PART B: 01/06/2022 - 31/12/2022' },
  { k: 'X7', date: D('14/06/2022', '2022-06-14'), ag: 'EIP', src: 'CC1',
    ev: "Transfer summary to CMHT: 3-year EIP pathway ending. Diagnosis paranoid schizophrenia. 'No history of violence or aggression. No forensic history. Lives with supportive mother.' Copy to GP.",
    out: 'Awaiting CMHT allocation.',
    contacts: [c('gp', 'out', 'letter')], concerns: [PMH] },
  { k: 'X9', date: D('02/08/2022', '2022-08-02'), ag: 'DWP', src: 'ESA - health assessment provider',
    ev: 'Daniel did not attend Work Capability Assessment (WCA), Kessingmoor Assessment Centre. No contact from claimant.',
    out: "'Good cause' letter issued 03/08/2022 - 7 days to reply.",
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'X10', date: D('04/08/2022', '2022-08-04'), ag: 'CMHT (North Saxmere Mental Health NHS Trust)',
    src: 'Team manager - allocation meeting',
    ev: 'Transfer from EIP accepted; CC2 (CPN) allocated. Transfer rec\'d 14/06/2022 - seven weeks unallocated. Depot due 14/07/2022 not given: no depot clinic booked during transfer.',
    out: 'CC2 to make contact.',
    contacts: [], concerns: [PMH] },
  { k: 'X11', date: D('11/08/2022', '2022-08-11'), ag: CM, src: 'CC2, CPN',
    ev: "First home visit. Daniel irritable, smoking cannabis in his room, says mother is 'always on at me'. Late depot given. Edith said she 'can't go on like this' and agreed to a referral for a carer's assessment.",
    out: 'CC2 to refer Edith to ASC.',
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH, SM] },
  { k: 'X12', date: D('15.08.22', '2022-08-15'), ag: CM, src: 'CC2',
    ev: "Carer's assessment referral for Edith emailed to ASC Adult Front Door (with her consent).",
    out: 'Awaiting ASC contact.',
    contacts: [c('asc', 'out', 'referral')], concerns: [] },
  { k: 'X13', date: D('16/08/2022', '2022-08-16'), ag: 'ASC', src: 'Adult Front Door - ASC1 (screening)',
    ev: "Carer's assessment referral recieved from CMHT for Edith (75), main carer for son with paranoid schizophrenia.",
    out: "Passed to Carers Assessment Team waiting list - standard priority.",
    contacts: [c('adult-mh', 'in', 'referral')], concerns: [PMH] },
  { k: 'X14', date: D('30/08/2022', '2022-08-30'), ag: 'DWP', src: 'ESA decision maker',
    ev: "ESA entitlement ended: failed to attend WCA without good cause (no reply to good cause letter). Claim notes record 'mental health condition - schizophrenia' and care co-ordinator details. No safeguarding / vulnerable claimant action considered; no contact with care co-ordinator.",
    out: 'Decision notice posted to Daniel.',
    contacts: [c('family', 'out', 'letter')], concerns: [NE, PMH] },
  { k: 'X15', date: D('12/09/2022', '2022-09-12'), ag: 'DWP', src: 'ESA helpline',
    ev: "Call from claimant's mother asking why son's ESA has stopped. Advised DWP cannot discuss the claim without claimant's consent; son to call.",
    out: '',
    contacts: [c('family', 'in', 'phone-call')], concerns: [] },
  { k: 'X16', date: D('20/09/2022', '2022-09-20'), ag: CM, src: 'CC2',
    ev: "Home visit. Daniel paranoid, believes mother is 'stealing his money' since ESA stopped; refusing food she cooks. Edith tearful, said Daniel pushed her against the kitchen worktop last week when she asked about the DWP letter.",
    out: 'Edith advised to ring 999 if she feels unsafe. For discussion with Dr C3 at next medical review.',
    cont: 'Cont. - no safeguarding concern raised; no DASH or carer risk assessment recorded; Edith not seen alone.',
    contacts: [c('family', 'out', 'home-visit')], concerns: [DA, PMH] },
  { k: 'X17', date: D('Mon 10th Oct 22', '2022-10-10'), ag: CM, src: 'Depot clinic',
    ev: 'DNA depot.', out: 'Rebooked 24/10/2022.',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE, PMH] },
  { k: 'X18', date: D('24/10/2022', '2022-10-24'), ag: CM, src: 'Depot clinic / CC2',
    ev: 'DNA depot (2nd). CC2 tel call to Daniel - no answer, message left.', out: 'HV booked 07/11/2022.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'attempted', 'phone-call')], concerns: [NE, PMH] },
  { k: 'X19', date: D('07/11/2022', '2022-11-07'), ag: CM, src: 'CC2',
    ev: "Home visit. Daniel refused depot ('it's poison'). Agreed to oral aripiprazole 10mg - Dr C3 to prescribe. Edith says he is up all night smoking cannabis.",
    out: 'Depot discontinued.',
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH, SM, NE] },
  { k: 'X20', date: D('22/11/2022', '2022-11-22'), ag: 'FCP', src: 'PCSO1',
    ev: "Visit to address following neighbour complaint of cannabis smell and loud music late at night. Spoke to Edith; son asleep. Edith said he is 'not well with his mental health'.",
    out: 'Words of advice re cannabis. NFA.',
    contacts: [c('family', 'out', 'other')], concerns: [SM, PMH] },
  { blank: true },
  { section: 'PART C: 01/01/2023 - 14/10/2023' },
  { k: 'X21', date: D('05/01/2023', '2023-01-05'), ag: 'ASC', src: 'Carers Assessment Team - TM',
    ev: "Waiting list review. Referral for Edith (rec'd 16/08/2022) not allocated; no contact made with carer. Closed - 'carer can re-refer'.",
    out: 'No letter to Edith. Referrer (CMHT) not informed of closure.',
    contacts: [], concerns: [] },
  { k: 'X22', date: D('27/01/2023', '2023-01-27'), time: '20:52', ag: 'FCP', src: 'PC3, PC4',
    ev: '999 call from neighbour - screaming and crying at the address. On arrival Edith had a red mark to her left cheek; said Daniel slapped her, then said it was an accident. Daniel paranoid, says he has stopped his medication.',
    out: 'Referred to Crisis Team by phone. Recorded as family argument / concern for welfare (MH). No crime - victim declined. DASH not completed.',
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('adult-mh', 'out', 'referral')], concerns: [DA, PMH] },
  { k: 'X23', date: D('27/01/2023', '2023-01-27'), time: '23:15', ag: 'Crisis Team', src: 'CRHT1, CRHT2',
    ev: 'Home assessment following police referral. Paranoid ideation re neighbours and mother. Stopped depot Nov 2022, no oral meds for weeks, daily cannabis. Mother finding it hard to cope as his carer.',
    out: 'Accepted for home treatment (HTT). Risk to others: low.',
    contacts: [c('family', 'out', 'assessment')], concerns: [PMH, SM] },
  { k: 'X24', date: D('28/01/2023', '2023-01-28'), time: '09:15', ag: 'FCP', src: 'PC3',
    ev: 'Adult at Risk Concern Notification ref ACN/23/0117 submitted to ASC Adult Front Door via partner portal: mother (75), carer for son with mental illness, struck by son 27/01.',
    out: '',
    contacts: [c('asc', 'out', 'notification')], concerns: [DA, PMH] },
  { k: 'X25', date: D('28/01/2023', '2023-01-28'), ag: 'ASC', src: 'ASC IMR author',
    ev: 'No record on Mosaic of ACN/23/0117 or of any FCP notification for Edith or Daniel. Next ASC record is the DHR notification (10/2023).',
    out: '',
    contacts: [], concerns: [] },
  { k: 'X26', date: D('10/02/2023', '2023-02-10'), ag: 'Crisis Team', src: 'CRHT1',
    ev: 'Discharged from HTT to CMHT care co-ordinator. Discharge summary emailed to Fenholt Medical Practice.',
    out: '',
    contacts: [c('gp', 'out', 'email')], concerns: [PMH] },
  { k: 'X27', date: D('14/02/2023', '2023-02-14'), ag: CM, src: 'CC2',
    ev: "Post-HTT professionals' meeting. Present: CC2, Dr C3 (CMHT), CRHT1 (Crisis Team), GP1 (by phone). Risk to others / mother considered low. Plan: oral meds, fortnightly CPN visits.",
    out: 'Police and ASC not invited.',
    contacts: [c('gp', 'both', 'conference')], concerns: [PMH] },
  { k: 'X28', date: D('09/03/2023', '2023-03-09'), ag: CM, src: 'Dr C3',
    ev: 'Letter to GP1: Daniel declined depot in November 2022 and is now on oral aripiprazole 10mg. Continues to use cannabis.',
    out: '',
    contacts: [c('gp', 'out', 'letter')], concerns: [PMH, SM] },
  { k: 'X29', date: D('?12/05/23', '2023-05-12', '2023-05-12', 'day', true), ag: 'DWP', src: 'PIP',
    ev: 'PIP award review form (AR1) issued to Daniel - date uncertain, system shows batch issue.',
    out: 'Not returned by 14/10/2023.',
    contacts: [c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'X30', date: D('22/05/2023', '2023-05-22'), ag: 'Fenholt Medical Practice', src: 'PN1, practice nurse',
    ev: "Edith: skin tear to left shin, says she tripped on the back step. Bruising to both upper arms - 'bumped into the door frame'.",
    out: 'Dressing applied. Bruising not explored further; not discussed with GP.',
    contacts: [c('family', 'in', 'attendance')], concerns: [INJ] },
  { k: 'X31', date: D('06/06/2023', '2023-06-06'), ag: 'Fenholt Medical Practice', src: 'GP1',
    ev: "Telephone call from Edith: Daniel not taking his tablets, 'talking to the TV', up at night. She is frightened.",
    out: 'Letter to CMHT requesting review of Daniel.',
    contacts: [c('family', 'in', 'phone-call'), c('adult-mh', 'out', 'letter')], concerns: [PMH, DA] },
  { k: 'X32', date: D('13/06/2023', '2023-06-13'), ag: CM, src: 'CC2',
    ev: "Letter rec'd from GP1 requesting review - mother reports Daniel not taking medication.",
    out: 'HV arranged for 15/06/2023.',
    contacts: [c('gp', 'in', 'letter')], concerns: [PMH] },
  { k: 'X33', date: D('15/06/2023', '2023-06-15'), ag: CM, src: 'CC2',
    ev: "Home visit. Daniel agreed to restart oral aripiprazole. Edith said 'he's been better this week'. Edith not seen alone.",
    out: '',
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH] },
  { k: 'X34', date: D('16/06/2023', '2023-06-16'), ag: CM, src: 'CC2',
    ev: 'Letter to GP1: seen at home 15/06, restarted oral meds, fortnightly visits, OPA with Dr C3 booked 24/07/2023.',
    out: '',
    contacts: [c('gp', 'out', 'letter')], concerns: [PMH] },
  { k: 'X35', date: D('05/07/2023', '2023-07-05'), ag: CM, src: 'Duty worker',
    ev: "Mental health notification rec'd from FCP by email: mother phoned police for advice, son threatening to 'smash the house up'. Duty worker tel call to Edith - Daniel now calmer.",
    out: 'HV booked 07/07/2023 (CC2).',
    contacts: [c('police', 'in', 'notification'), c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'X36', date: D('07/07/2023', '2023-07-07'), ag: CM, src: 'CC2',
    ev: "Home visit. Daniel seen, guarded; says he is 'skint'. Taking oral meds 'most days'. Edith present.",
    out: 'Continue fortnightly visits.',
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH] },
  { k: 'X37', date: D('w/c 10/07/2023', '2023-07-10', '2023-07-16', 'week'), ag: CM, src: '',
    ev: 'CC2 on annual leave - no cover visits arranged.', out: '',
    contacts: [], concerns: [] },
  { k: 'X38', date: D('24/07/2023', '2023-07-24'), ag: CM, src: 'Dr C3',
    ev: 'Outpatient appointment - DNA.', out: 'Rebooked 14/08/2023.',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'X39', date: D('14/08/2023', '2023-08-14'), ag: CM, src: 'Dr C3',
    ev: 'Outpatient appointment - DNA (2nd).',
    out: 'Letter to Daniel: will be discharged to GP if further DNA. GP not copied.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'X40', date: D('04/09/2023', '2023-09-04'), ag: CM, src: 'CC2',
    ev: 'Home visit - no access, no answer. Card left.', out: '',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'X41', date: D('18/09/2023', '2023-09-18'), ag: CM, src: 'MDT - TM',
    ev: 'Case discussed: not seen since 07/07/2023; 2 x OPA DNA; no access 04/09. Plan: CC2 to attempt further HV; discharge to GP if no engagement by 31/10/2023.',
    out: 'No contact with GP or Edith.',
    contacts: [], concerns: [NE] },
  { k: 'X42', date: D('03/10/2023', '2023-10-03'), ag: CM, src: 'Duty / CC2',
    ev: "Email from Crisis Team re mother's call on 02/10: Daniel not sleeping, shouting at her, she is scared of what he might do.",
    out: 'CC2 to visit this week. No visit made before 14/10/2023.',
    contacts: [], concerns: [DA] },
  { k: 'X43', date: D('14/10/2023', '2023-10-14'), time: '02:13', ag: 'FCP', src: 'Control room; PC5, PC6',
    ev: '999 call from Daniel saying he had hurt his mother. Officers attended 02:21; Edith found deceased in the kitchen. Daniel arrested on suspicion of murder.',
    out: 'Homicide investigation - Operation Marsh.',
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: [DA, CRIM] },
  { blank: true },
  { title: 'End of combined chronology. Rows from the IMR chronologies of FCP, NSMHT (EIP, CMHT, CRHT), Fenholt Medical Practice, Saxmere ASC and DWP.' },
];

function csvCell(v) {
  v = v ?? '';
  return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}
{
  const lines = [];
  let n = 0, last = null;
  for (const r of comb) {
    if (r.title) lines.push([r.title, '', '', '', '', '', ''].map(csvCell).join(','));
    else if (r.blank) lines.push(',,,,,,');
    else if (r.header) lines.push(r.header.map(csvCell).join(','));
    else if (r.section) lines.push(['', '', '', '', '', r.section, ''].map(csvCell).join(','));
    else {
      n++;
      const no = String(n).padStart(3, '0');
      lines.push([no, r.date.raw, r.time || '', r.ag, r.src, r.ev, r.out].map(csvCell).join(','));
      let text = [r.src, r.ev, r.out].filter(Boolean).join(' | ');
      if (r.cont) {
        lines.push(['', '', '', '', '', r.cont, ''].map(csvCell).join(','));
        text += ' | ' + r.cont;
      }
      const agency = AG[r.ag];
      if (!agency) throw new Error('agency ' + r.ag);
      last = addEntry(F_COMB, r.k, { agency, date: r.date, time: r.time || null, text, contacts: r.contacts, concerns: r.concerns });
    }
  }
  fs.writeFileSync(path.join(OUT, F_COMB), lines.join('\r\n') + '\r\n');
}

// ====================================================== 2. crisis-team-notes.docx
const cris = [
  { title: 'North Saxmere Mental Health NHS Trust' },
  { title: 'Crisis Resolution and Home Treatment Team (CRHT) - West Locality' },
  { sub: "Clinical record extract: Daniel W (RiO ID redacted). Prepared for DHR 'Edith'. Extract covers the HTT episode January-February 2023 and the crisis line contact of October 2023. Staff anonymised (CRHT1-4, Dr CT1)." },
  { heading: 'HTT episode' },
  { k: 'C1', lead: '27/01/2023 21:45', date: D('27/01/2023', '2023-01-27'), time: '21:45',
    body: ' - Telephone referral from FCP (PC3). Officers at the home address of DW following an argument between DW and his mother. DW described as paranoid about neighbours, not taking medication. No physical violence reported. Agreed to assess at home tonight. (CRHT1)',
    contacts: [c('police', 'in', 'referral')], concerns: [PMH] },
  { k: 'C2', lead: '27/01 2315hrs', date: D('27/01', '2023-01-27'), time: '23:15',
    body: " - Home assessment at Reedside Close (CRHT1, CRHT2). DW seen with mother present, then alone. Paranoid ideation: neighbours filming him through the walls, believes his mother is 'in on it'. Says he stopped his depot in November and has not taken oral medication for 'weeks'. Smoking cannabis daily. Denies thoughts of harm to self or others. Mother says she is finding it hard to cope as his carer.",
    follow: ['Risk: to self low; to others low. Protective factors: supportive mother, accepts HTT. Plan: HTT daily visits; restart aripiprazole 10mg; lorazepam 1mg PRN; medical review tomorrow; inform CMHT.'],
    contacts: [c('family', 'out', 'assessment')], concerns: [PMH, SM] },
  { k: 'C3', lead: '28/01 10.15am', date: D('28/01', '2023-01-28'), time: '10:15',
    body: " - HTT visit (CRHT3). DW in bed, reluctant but accepted aripiprazole 10mg. Mother spoke to worker at the door, asked 'what happens when you stop coming?'. Given Saxmere Carers Network leaflet.",
    follow: ['Email sent to CC2 (CMHT) to advise of HTT episode.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH] },
  { k: 'C4', lead: '29/01 14:00', date: D('29/01', '2023-01-29'), time: '14:00',
    body: " - Medical review at home, Dr CT1 with CRHT2. DW calmer, still guarded. Continue aripiprazole 10mg, lorazepam PRN. Advised to stop cannabis - DW 'not interested'.",
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH, SM] },
  { k: 'C5', lead: 'w/c 30/01/2023', date: D('w/c 30/01/2023', '2023-01-30', '2023-02-05', 'week'), time: null,
    body: " - Daily HTT visits Monday to Friday (individual contacts on RiO, summarised here). DW more settled, sleeping better, still smoking cannabis. Mother 'relieved'.",
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH, SM] },
  { k: 'C6', lead: '02/02 11:00', date: D('02/02', '2023-02-02'), time: '11:00',
    body: ' - No access visit: no answer at the door. DW rang the team at 13:20, said he had been asleep. Visit rearranged for tomorrow.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'in', 'phone-call')], concerns: [NE] },
  { k: 'C7', lead: '06/02', date: D('06/02', '2023-02-06'), time: null,
    body: " - Visit (CRHT2). DW watching TV, taking his medication. Mother seen briefly: 'tired out', asked about respite. Discussed with CC2 (CMHT) by phone: carer's assessment referred to ASC in August 2022 and still awaiting allocation.",
    contacts: [c('family', 'out', 'home-visit')], concerns: [PMH] },
  { k: 'C8', lead: '10/02/2023', date: D('10/02/2023', '2023-02-10'), time: null,
    body: ' - Discharged from HTT to CMHT care co-ordinator (CC2). Discharge summary emailed to Fenholt Medical Practice and to CC2.',
    follow: ['Discharge risk summary: risk to others low. Relapse signature: stops medication, increased cannabis, paranoia about neighbours and mother. Carer: mother (Edith, 75).'],
    contacts: [c('gp', 'out', 'email')], concerns: [PMH, SM] },
  { k: 'C9', lead: '14/02/23', date: D('14/02/23', '2023-02-14'), time: null,
    body: " - Post-HTT professionals' meeting at Fenholt CMHT base. Present: CC2 and Dr C3 (CMHT), CRHT1 (Crisis Team), GP1 (Fenholt Medical Practice, by telephone). Agreed risk to others, including mother, is low. CMHT to continue oral medication and fortnightly CPN visits. Crisis Team episode closed.",
    contacts: [c('gp', 'both', 'conference')], concerns: [PMH] },
  { heading: 'Crisis line contact - October 2023' },
  { k: 'C10', lead: '02/10/2023 23:50', date: D('02/10/2023', '2023-10-02'), time: '23:50',
    body: " - Crisis line: call from Edith (mother of DW, open to CMHT). DW has not slept for three nights, shouting at the TV and at her. 'I'm scared of what he'll do.' DW refused to come to the phone. Edith advised to ring 999 if she feels at risk. Email to CMHT duty to follow up in the morning. (CRHT4)",
    follow: ['No further calls overnight.'],
    contacts: [c('family', 'in', 'phone-call')], concerns: [DA, PMH] },
  { k: 'C11', lead: '03/10 09:05', date: D('03/10', '2023-10-03'), time: '09:05',
    body: ' - Reply from CMHT duty: CC2 aware, will try to visit this week. Crisis line episode closed.',
    contacts: [], concerns: [] },
];

// ====================================================== 3. police-log.xlsx
const POLHDR = ['Incident No.', 'Date', 'Time', 'Source', 'Opening code', 'Log entry / narrative', 'Closing code', 'OIC / operator'];
const pol = {
  '2022': [
    { k: 'P1', inc: 'FCP-220309-0871', date: D('09/03/2022', '2022-03-09'), time: '22:14', src: '999', open: 'CONCERN FOR WELFARE',
      narr: "Caller Edith W (75), Reedside Cl, Fenholt. Son Daniel W (42) shouting and has smashed a mug, she wants police to 'calm him down'. No weapons mentioned. Caller states son is under the mental health team. Grade 2.",
      close: '', oic: 'Control', contacts: [c('family', 'in', 'phone-call')], concerns: [DA, PMH] },
    { k: 'P2', inc: 'FCP-220309-0871', date: D('09/03/2022', '2022-03-09'), time: '22:41', src: '', open: '',
      narr: 'PC1/PC2 on scene. Daniel calm, in bedroom, strong smell of cannabis. Edith says they argued about money and his smoking. No injuries, no offences disclosed. Verbal family argument only.',
      close: '', oic: 'PC1', contacts: [c('family', 'out', 'other')], concerns: [DA, SM] },
    { k: 'P3', inc: 'FCP-220309-0871', date: D('09/03/2022', '2022-03-09'), time: '23:05', src: '', open: '',
      narr: 'Words of advice given to both. Not treated as domestic (mother/son) - DASH not completed. No referral to partner agencies.',
      close: 'FAMILY ARGUMENT - NO OFFENCES', oic: 'PC1', contacts: [], concerns: [DA] },
    { k: 'P4', inc: 'FCP-221118-0402', date: D('18/11/2022', '2022-11-18'), time: '15:32', src: '101', open: 'ASB - NEIGHBOUR',
      narr: 'Caller (neighbour, no.12 Reedside Cl) reports strong cannabis smell and loud music late at night from no.14 over several weeks. Requests police speak to occupants.',
      close: '', oic: 'Control', contacts: [c('family', 'in', 'phone-call')], concerns: [SM] },
    { k: 'P5', inc: 'FCP-221118-0402', date: D('22/11/2022', '2022-11-22'), time: '11:10', src: '', open: '',
      narr: "PCSO1 visited no.14, spoke with Edith W. Son asleep. Edith apologetic, said he is 'not well with his mental health'. Words of advice re cannabis.",
      close: 'ASB - ADVICE GIVEN - NFA', oic: 'PCSO1', contacts: [c('family', 'out', 'other')], concerns: [SM, PMH] },
  ],
  '2023': [
    { k: 'P6', inc: 'FCP-230127-1198', date: D('27/01/2023', '2023-01-27'), time: '20:52', src: '999', open: 'CONCERN FOR WELFARE / DOMESTIC?',
      narr: "Caller (neighbour, no.12) reports screaming and a woman crying at no.14, 'sounds like he's hurting her'. Grade 1.",
      close: '', oic: 'Control', contacts: [c('family', 'in', 'phone-call')], concerns: [DA] },
    { k: 'P7', inc: 'FCP-230127-1198', date: D('27/01/2023', '2023-01-27'), time: '21:05', src: '', open: '',
      narr: "PC3/PC4 on scene. Edith W (75) has red mark to L cheek; states son 'slapped her' during a row about money, then says it was an accident and she does not want him in trouble. Daniel W (43) agitated, paranoid - says neighbours are filming him through the walls; says he has stopped his injections. BWV on.",
      cont: "cont. Edith says things 'have been difficult since last summer'. Daughter lives out of county.",
      close: '', oic: 'PC3', contacts: [c('family', 'out', 'other')], concerns: [DA, PMH] },
    { k: 'P8', inc: 'FCP-230127-1198', date: D('27/01/2023', '2023-01-27'), time: '21:40', src: '', open: '',
      narr: 'PC3 referral by phone to NSMHT Crisis Team: advised son has struck his mother this evening, is paranoid and not taking medication. Crisis Team to attend tonight.',
      close: '', oic: 'PC3', contacts: [c('adult-mh', 'out', 'referral')], concerns: [DA, PMH] },
    { k: 'P9', inc: 'FCP-230127-1198', date: D('27/01/2023', '2023-01-27'), time: '23:40', src: '', open: '',
      narr: 'Officers resumed. No crime recorded - victim declined to support. DASH not completed. Adult concern form to be submitted.',
      close: 'FAMILY ARGUMENT / CONCERN FOR WELFARE - MH', oic: 'PC3', contacts: [], concerns: [DA] },
    { k: 'P10', inc: 'FCP-230127-1198', date: D('28/01/2023', '2023-01-28'), time: '09:15', src: '', open: '',
      narr: 'Adult at Risk Concern Notification ACN/23/0117 submitted to Saxmere ASC Adult Front Door via partner portal. Portal status: submitted.',
      close: '', oic: 'PC3', contacts: [c('asc', 'out', 'notification')], concerns: [] },
    { k: 'P11', inc: 'FCP-230705-0533', date: D('05/07/2023', '2023-07-05'), time: '14:10', src: '101', open: 'CONCERN FOR WELFARE',
      narr: "Caller Edith W asking for advice: son threatening to 'smash the house up', says she is stealing his money. Does not want officers to attend. Advised to call 999 if it escalates.",
      close: '', oic: 'Control', contacts: [c('family', 'in', 'phone-call')], concerns: [DA] },
    { k: 'P12', inc: 'FCP-230705-0533', date: D('05/07/2023', '2023-07-05'), time: '14:35', src: '', open: '',
      narr: 'Mental health notification emailed to NSMHT CMHT duty inbox (son known to CMHT).',
      close: 'ADVICE GIVEN', oic: 'Control', contacts: [c('adult-mh', 'out', 'notification')], concerns: [PMH] },
    { k: 'P13', inc: 'FCP-231014-0041', date: D('14/10/2023', '2023-10-14'), time: '02:13', src: '999', open: 'SUDDEN DEATH / ASSAULT',
      narr: "Male caller (Daniel W) states 'I've hurt my mum, she's not breathing'. Grade 1.",
      close: '', oic: 'Control', contacts: [c('family', 'in', 'phone-call')], concerns: [DA] },
    { k: 'P14', inc: 'FCP-231014-0041', date: D('14/10/2023', '2023-10-14'), time: '02:21', src: '', open: '',
      narr: 'PC5/PC6 on scene. Edith W found on kitchen floor with head injuries; CPR commenced. Daniel W arrested 02:25 on suspicion of murder. Edith confirmed deceased at scene 02:48.',
      close: 'MURDER - OP MARSH', oic: 'PC5', contacts: [c('family', 'out', 'other')], concerns: [DA, CRIM] },
  ],
};

// ====================================================== 4. dhr-overview-extract.pdf (via docx)
// Paragraph = { num, segs: [ {k?, s, agency, date, time, contacts, concerns} ] }; a seg without k continues the entry before.
const ov = [
  { title: 'Fenholt Community Safety Partnership' },
  { title: "Domestic Homicide Review: 'Edith'" },
  { sub: 'Overview Report - extract: Section 5, narrative chronology, and Section 6 (part)' },
  { note: "Edith and Daniel are pseudonyms chosen by Edith's daughter. Practitioners are referred to by role." },
  { heading: '5. Narrative chronology' },
  { para: '5.0', segs: [{ s: 'This section summarises the contact that agencies had with Edith and Daniel during the period set out in the Terms of Reference (Appendix A), with brief background.' }] },
  { heading: 'Background' },
  { para: '5.1', segs: [
    { k: 'E2', s: 'In October 2019 the GP referred Daniel, then 40 and living with his widowed mother in Fenholt, to the Early Intervention in Psychosis (EIP) service after a first episode of psychosis.',
      agency: 'gp', date: D('October 2019', '2019-10-01', '2019-10-31', 'month'), contacts: [c('adult-mh', 'out', 'referral')], concerns: [PMH] },
    { s: 'EIP treated him with oral antipsychotic medication and he remained at home, with Edith as his only carer.' },
  ] },
  { heading: 'January to June 2022' },
  { para: '5.2', segs: [
    { k: 'E3', s: "Edith's daughter, Claire, told the review that in Spring 2022 her mother rang her in tears and said that Daniel had pushed her into the hallway door.",
      agency: 'family', date: D('Spring 2022', '2022-03-01', '2022-05-31', 'season'), contacts: [], concerns: [DA] },
    { s: 'Edith asked Claire not to tell anyone, and Claire did not.' },
  ] },
  { para: '5.3', segs: [
    { k: 'E4', s: 'On 9 March 2022 police officers attended the house after Edith rang 999 to say that Daniel was shouting and had smashed a mug.',
      agency: 'police', date: D('9 March 2022', '2022-03-09'), contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: [DA, SM] },
    { s: "The officers found him calm, noted a smell of cannabis and recorded a 'family argument'. No DASH risk assessment was completed and nothing was shared with EIP or ASC." },
  ] },
  { para: '5.4', segs: [
    { k: 'E5', s: "Twelve days later the EIP care co-ordinator visited. Edith mentioned the police visit and 'a row', and Daniel said his mother 'winds him up'; the EIP risk assessment recorded no risk to others.",
      agency: 'adult-mh', date: D('Twelve days later', '2022-03-21'), contacts: [c('family', 'out', 'home-visit')], concerns: [DA] },
  ] },
  { para: '5.5', segs: [
    { k: 'E6', s: 'On 25 April 2022 Edith told her GP that she was frightened of Daniel when he had been smoking cannabis, and that she locked her bedroom door at night.',
      agency: 'gp', date: D('25 April 2022', '2022-04-25'), contacts: [c('family', 'in', 'attendance')], concerns: [DA, SM, PMH] },
    { s: 'The GP increased her antidepressant and advised her to contact the EIP care co-ordinator herself. No routine enquiry about domestic abuse was made and the GP did not contact EIP.' },
  ] },
  { heading: 'June to December 2022' },
  { para: '5.6', segs: [
    { k: 'E7', s: "The EIP transfer summary, sent to the CMHT on 14 June 2022, recorded 'no history of violence or aggression' and did not mention the March call-out or Edith's fear of her son.",
      agency: 'adult-mh', date: D('14 June 2022', '2022-06-14'), contacts: [], concerns: [DA] },
    { k: 'E8', s: 'The CMHT allocated a care co-ordinator on 4 August 2022, seven weeks later; in the meantime the July depot injection was not given.',
      agency: 'adult-mh', date: D('4 August 2022', '2022-08-04'), contacts: [], concerns: [PMH] },
  ] },
  { para: '5.7', segs: [
    { k: 'E9', s: "A week later the new care co-ordinator made her first home visit. Edith said she 'could not go on like this' and agreed to be referred for a carer's assessment.",
      agency: 'adult-mh', date: D('A week later', '2022-08-11'), contacts: [c('family', 'out', 'home-visit')], concerns: [PMH] },
    { k: 'E10', s: "The CMHT emailed the referral to ASC's Adult Front Door on 15 August 2022.",
      agency: 'adult-mh', date: D('15 August 2022', '2022-08-15'), contacts: [c('asc', 'out', 'referral')], concerns: [] },
    { k: 'E11', s: "ASC logged it the next day and placed it on the Carers Assessment Team's waiting list.",
      agency: 'asc', date: D('the next day', '2022-08-16'), contacts: [c('adult-mh', 'in', 'referral')], concerns: [] },
  ] },
  { para: '5.8', segs: [
    { k: 'E12', s: 'Daniel did not attend a Work Capability Assessment for his Employment and Support Allowance (ESA) on 2 August 2022.',
      agency: 'dwp', date: D('2 August 2022', '2022-08-02'), contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
    { k: 'E13', s: "On 30 August 2022 DWP ended his ESA. His claim recorded that he had schizophrenia and gave his care co-ordinator's details, but no one at DWP contacted her or considered the Department's guidance on vulnerable claimants.",
      agency: 'dwp', date: D('30 August 2022', '2022-08-30'), contacts: [], concerns: [PMH] },
    { k: 'E14', s: "DWP's helpline took a call from Edith on 12 September 2022 and told her that the claim could not be discussed with her.",
      agency: 'dwp', date: D('12 September 2022', '2022-09-12'), contacts: [c('family', 'in', 'phone-call')], concerns: [] },
  ] },
  { para: '5.9', segs: [
    { k: 'E15', s: 'During a home visit on 20 September 2022, Edith told the care co-ordinator that Daniel had pushed her against the kitchen worktop the previous week, and that he now believed she was stealing his money.',
      agency: 'adult-mh', date: D('20 September 2022', '2022-09-20'), contacts: [c('family', 'out', 'home-visit')], concerns: [DA] },
    { s: 'She was advised to ring 999 if she felt unsafe. No safeguarding concern was raised, no DASH was completed and Edith was not seen alone.' },
  ] },
  { para: '5.10', segs: [
    { k: 'E16', s: "Claire visited her mother the following week and noticed that Edith had lost weight and that Daniel 'would not let her out of his sight'.",
      agency: 'family', date: D('the following week', '2022-09-26', '2022-10-02', 'week'), contacts: [], concerns: [DA] },
  ] },
  { para: '5.11', segs: [
    { k: 'E17', s: 'Daniel missed two depot appointments in October 2022.',
      agency: 'adult-mh', date: D('October 2022', '2022-10-01', '2022-10-31', 'month'), contacts: [c('family', 'attempted', 'dna')], concerns: [NE, PMH] },
    { k: 'E18', s: 'When the care co-ordinator visited on 7 November 2022 he refused further depot injections, and he was prescribed oral aripiprazole instead.',
      agency: 'adult-mh', date: D('7 November 2022', '2022-11-07'), contacts: [c('family', 'out', 'home-visit')], concerns: [PMH, NE] },
    { k: 'E19', s: "The GP was not told of this until the consultant's letter of 9 March 2023.",
      agency: 'adult-mh', date: D('9 March 2023', '2023-03-09'), contacts: [c('gp', 'out', 'letter')], concerns: [] },
  ] },
  { heading: 'January to October 2023' },
  { para: '5.12', segs: [
    { k: 'E20', s: "On 5 January 2023 the Carers Assessment Team closed Edith's referral without having contacted her.",
      agency: 'asc', date: D('5 January 2023', '2023-01-05'), contacts: [], concerns: [] },
    { s: 'Neither Edith nor the CMHT was told.' },
  ] },
  { para: '5.13', segs: [
    { k: 'E21', s: '"On January 27, 2023, officers from Fenholt Constabulary Police responded to a report of a disturbance at a home in Fenholt.',
      agency: 'police', date: D('January 27, 2023', '2023-01-27'), contacts: [c('family', 'out', 'other'), c('adult-mh', 'out', 'phone-call')], concerns: [DA, PMH] },
    { s: 'A woman in her seventies was spoken to at the scene and a man in his forties was assessed by mental health professionals. No offences were disclosed." (Fenholt Constabulary Police, statement to the press.)' },
    { s: "The officers' log shows that Edith had a red mark on her cheek and had said that Daniel slapped her, and that PC3 told the Crisis Team by telephone that Daniel had struck his mother." },
  ] },
  { para: '5.14', segs: [
    { k: 'E22', s: 'The Crisis Team assessed Daniel at home later that night.',
      agency: 'adult-mh', date: D('later that night', '2023-01-27'), contacts: [c('family', 'out', 'assessment')], concerns: [PMH] },
    { s: "Its record of the police referral reads 'no physical violence reported', and the assessment noted only that Edith was 'finding it hard to cope as his carer'; the risk to others was rated low." },
  ] },
  { para: '5.15', segs: [
    { k: 'E23', s: 'The next day PC3 submitted an Adult at Risk Concern Notification to ASC through the partner portal.',
      agency: 'police', date: D('The next day', '2023-01-28'), contacts: [c('asc', 'out', 'notification')], concerns: [] },
    { s: 'ASC has no record of receiving it, and the Constabulary did not follow it up.' },
  ] },
  { para: '5.16', segs: [
    { k: 'E24', s: 'The Crisis Team provided home treatment until 10 February 2023, when Daniel was discharged back to the CMHT and a discharge summary was emailed to the GP.',
      agency: 'adult-mh', date: D('10 February 2023', '2023-02-10'), contacts: [c('gp', 'out', 'email')], concerns: [PMH] },
    { k: 'E25', s: "Four days later the CMHT held a post-crisis professionals' meeting with the Crisis Team and, by telephone, the GP.",
      agency: 'adult-mh', date: D('Four days later', '2023-02-14'), contacts: [c('gp', 'both', 'conference')], concerns: [PMH] },
    { s: "Neither the police, who had been to the house three times, nor ASC, which had received the carer's referral, was invited." },
  ] },
  { para: '5.17', segs: [
    { k: 'E26', s: 'On 22 May 2023 the practice nurse dressed a skin tear on Edith\'s shin and noted bruising to both upper arms, which Edith said came from bumping into a door frame.',
      agency: 'gp', date: D('22 May 2023', '2023-05-22'), contacts: [c('family', 'in', 'attendance')], concerns: [INJ] },
    { s: 'The nurse did not ask further, did not discuss the bruising with the GP and made no safeguarding referral.' },
  ] },
  { para: '5.18', segs: [
    { k: 'E27', s: 'On 6 June 2023 Edith rang the GP because Daniel had stopped taking his tablets and she was frightened, and the GP wrote to the CMHT the same day asking for a review.',
      agency: 'gp', date: D('6 June 2023', '2023-06-06'), contacts: [c('family', 'in', 'phone-call'), c('adult-mh', 'out', 'letter')], concerns: [DA, PMH] },
    { k: 'E28', s: 'The care co-ordinator visited Daniel on 15 June 2023.',
      agency: 'adult-mh', date: D('15 June 2023', '2023-06-15'), contacts: [c('family', 'out', 'home-visit')], concerns: [] },
    { k: 'E29', s: 'She wrote to the GP the following day with a plan of fortnightly visits and an outpatient appointment.',
      agency: 'adult-mh', date: D('the following day', '2023-06-16'), contacts: [c('gp', 'out', 'letter')], concerns: [] },
  ] },
  { para: '5.19', segs: [
    { k: 'E30', s: "On 5 July 2023 the police took a call from Edith asking for advice because Daniel was threatening to 'smash the house up', and emailed a mental health notification to the CMHT.",
      agency: 'police', date: D('5 July 2023', '2023-07-05'), contacts: [c('family', 'in', 'phone-call'), c('adult-mh', 'out', 'notification')], concerns: [DA, PMH] },
    { k: 'E31', s: 'The CMHT acted on the notification: the care co-ordinator visited two days later.',
      agency: 'adult-mh', date: D('two days later', '2023-07-07'), contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  ] },
  { para: '5.20', segs: [
    { k: 'E32', s: "A neighbour told the review that from the summer of 2023 she heard shouting from the house 'most nights'.",
      agency: 'family', date: D('summer of 2023', '2023-06-01', '2023-08-31', 'season'), contacts: [], concerns: [DA] },
  ] },
  { para: '5.21', segs: [
    { k: 'E33', s: 'Daniel did not attend his outpatient appointment with the consultant on 24 July 2023, nor the rebooked appointment three weeks later.',
      agency: 'adult-mh', date: D('24 July 2023', '2023-07-24'), contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
    { k: 'E34', s: 'A home visit on 4 September 2023 found no one in.',
      agency: 'adult-mh', date: D('4 September 2023', '2023-09-04'), contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
    { k: 'E35', s: 'At a team meeting on 18 September 2023 the CMHT agreed to discharge Daniel to the GP if he had not engaged by the end of October; the GP was not told.',
      agency: 'adult-mh', date: D('18 September 2023', '2023-09-18'), contacts: [], concerns: [NE] },
  ] },
  { para: '5.22', segs: [
    { k: 'E36', s: 'Just before midnight on 2 October 2023 the crisis line took a call from Edith, who said that Daniel had not slept for three nights and was shouting at her, and that she was scared of what he might do.',
      agency: 'adult-mh', date: D('2 October 2023', '2023-10-02'), contacts: [c('family', 'in', 'phone-call')], concerns: [DA, PMH] },
    { s: 'She was advised to ring 999 if she felt at risk and the call was passed to the CMHT by email. No safeguarding concern was raised and no one told the police.' },
  ] },
  { para: '5.23', segs: [
    { k: 'E37', s: 'In the early hours of 14 October 2023 the police received a 999 call from Daniel, who said that he had hurt his mother.',
      agency: 'police', date: D('14 October 2023', '2023-10-14'), contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: [DA, CRIM] },
    { s: 'Officers found Edith dead in the kitchen and arrested Daniel, who was later charged with her murder.' },
  ] },
  { heading: '6. Analysis (extract)' },
  { para: '6.1', segs: [{ s: "No agency recognised what was happening to Edith as domestic abuse. The statutory definition in the Domestic Abuse Act 2021 covers abuse of a parent by an adult child, and Edith's fear, the pushing and the slap each met it. Agencies instead saw a carer under strain and a son whose illness explained his behaviour." }] },
  { para: '6.2', segs: [{ s: "Edith was entitled to a carer's assessment under section 10 of the Care Act 2014. She was offered one twice, declined it, accepted it when she could no longer cope, and then heard nothing. The panel regards the closure of the referral without contact as a missed opportunity to see Edith alone." }] },
];

// ====================================================== 5. gp.csv (Edith's record)
const GPHDR = ['Date', 'Time', 'Clinician', 'Consultation type', 'Problem', 'Notes'];
const gp = [
  { k: 'G1', date: D('12-Jan-2022', '2022-01-12'), time: '09:40', clin: 'PN1 (Practice Nurse)', type: 'Face to face', prob: 'Hypertension review',
    notes: 'BP 148/86. Amlodipine 5mg OD continue. Bloods due 6/12.', contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { k: 'G2', date: D('03-Feb-2022', '2022-02-03'), time: '10:10', clin: 'GP1', type: 'Face to face', prob: 'Low mood',
    notes: "74 y/o, c/o low mood and poor sleep x 3/12. Main carer for son (42) with psychosis - under EIP. 'Worn out.' PHQ-9 13. No SI. Talking Therapies self-referral info given - pt declined. Start sertraline 50mg OD. R/v 4/52.",
    contacts: [c('family', 'in', 'attendance')], concerns: [PMH, NE] },
  { k: 'G3', date: D('03-Mar-2022', '2022-03-03'), time: '16:20', clin: 'GP1', type: 'Telephone', prob: 'Medication review',
    notes: 'Rang pt. Mood a little better on sertraline, sleeping 5 hrs. Continue.', contacts: [c('family', 'out', 'phone-call')], concerns: [PMH] },
  { k: 'G4', date: D('25-Apr-2022', '2022-04-25'), time: '11:20', clin: 'GP1', type: 'Face to face', prob: 'Anxiety',
    notes: 'Pt says she is frightened of son when he has been smoking cannabis. Locks her bedroom door at night. Police came to the house in March after he smashed a mug. Son under EIP - advised to ring his care co-ordinator if worried. Sertraline increased to 100mg OD. R/v 6/52.',
    contacts: [c('family', 'in', 'attendance')], concerns: [DA, SM, PMH] },
  { k: 'G5', date: D('06-Jun-2022', '2022-06-06'), time: '', clin: 'GP1', type: 'Telephone', prob: 'Medication review',
    notes: "Rang pt. Sertraline 100mg - tolerating. Declined f2f r/v, 'too busy with Daniel'.", contacts: [c('family', 'out', 'phone-call')], concerns: [PMH, NE] },
  { k: 'G6', date: D('03-Oct-2022', '2022-10-03'), time: '', clin: 'PN1 (Practice Nurse)', type: 'Face to face', prob: 'Influenza vaccination',
    notes: 'Flu vaccine given L deltoid. Batch recorded.', contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { k: 'G7', date: D('06-Dec-2022', '2022-12-06'), time: '', clin: 'GP2 (locum)', type: 'Face to face', prob: 'Hypertension',
    notes: "BP 164/96. Pt puts it down to stress at home - son 'not right'. Amlodipine increased to 10mg. BP check 2/52.", contacts: [c('family', 'in', 'attendance')], concerns: [PMH] },
  { k: 'G8', date: D('14-Feb-2023', '2023-02-14'), time: '', clin: 'GP1', type: 'Administration', prob: 'Carer',
    notes: "Discharge summary from NSMHT Crisis Team re son (Daniel) rec'd by email 13/02 - HTT episode ended. Pt is main carer. Carer code added; carer's health check invite letter sent.",
    contacts: [c('adult-mh', 'in', 'email'), c('family', 'out', 'letter')], concerns: [PMH] },
  { k: 'G9', date: D('01-Mar-2023', '2023-03-01'), time: '', clin: 'PN1 (Practice Nurse)', type: 'Face to face', prob: "Carer's health check",
    notes: "BP 150/88. Says she is coping 'a bit better since the crisis team came'. Saxmere Carers Network leaflet given. Declined referral to carers' support service.",
    contacts: [c('family', 'in', 'attendance')], concerns: [NE] },
  { k: 'G10', date: D('22-May-2023', '2023-05-22'), time: '10:30', clin: 'PN1 (Practice Nurse)', type: 'Face to face', prob: 'Skin tear',
    notes: "L shin skin tear 3cm, says she tripped on the back step. Cleaned, Steri-Strips, dressing applied. Bruising noted both upper arms, yellow/purple, pt says she 'bumped into the door frame'. Lives with son. TCA 1/52 for dressing.",
    contacts: [c('family', 'in', 'attendance')], concerns: [INJ] },
  { k: 'G11', date: D('30-May-2023', '2023-05-30'), time: '', clin: 'PN1 (Practice Nurse)', type: 'Face to face', prob: 'Wound care',
    notes: 'Dressing change. Healing well. Bruising on arms fading.', contacts: [c('family', 'in', 'attendance')], concerns: [INJ] },
  { k: 'G12', date: D('06-Jun-2023', '2023-06-06'), time: '12:05', clin: 'GP1', type: 'Telephone', prob: 'Carer',
    notes: "Pt rang. Son not taking his tablets, 'talking to the TV', up all night. She is frightened. Asks if someone can see him. Letter to CMHT (NSMHT) requesting review of son. Pt advised 999 if at risk.",
    contacts: [c('family', 'in', 'phone-call'), c('adult-mh', 'out', 'letter')], concerns: [PMH, DA] },
  { k: 'G13', date: D('19-Jun-2023', '2023-06-19'), time: '', clin: 'GP1', type: 'Administration', prob: 'Letter',
    notes: "Letter rec'd from CMHT CC2 re son: seen at home 15/06, restarted oral aripiprazole, fortnightly visits, OPA July. Pt informed by phone.",
    contacts: [c('adult-mh', 'in', 'letter'), c('family', 'out', 'phone-call')], concerns: [PMH] },
  { k: 'G14', date: D('21-Aug-2023', '2023-08-21'), time: '', clin: 'GP2 (locum)', type: 'Face to face', prob: 'Weight loss',
    notes: "Wt 54kg (61kg Feb 2022). Poor appetite. 'Everything goes on Daniel' - his money stopped last year. Low mood. FBC, U&E, LFT, TFT. Continue sertraline.",
    contacts: [c('family', 'in', 'attendance')], concerns: [PMH, OTH] },
  { k: 'G15', date: D('04-Sep-2023', '2023-09-04'), time: '', clin: 'GP2 (locum)', type: 'Telephone', prob: 'Results',
    notes: 'Rang pt with results - bloods normal. Pt did not want to talk about home. Declined r/v.', contacts: [c('family', 'out', 'phone-call')], concerns: [NE] },
  { k: 'G16', date: D('25-Sep-2023', '2023-09-25'), time: '', clin: 'PN1 (Practice Nurse)', type: '', prob: 'BP check',
    notes: 'DNA.', contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
];

// ---------------------------------------------------------------- build entries in `files` order
// (combined already added above)
// crisis
for (const p of cris) {
  if (!p.k) continue;
  let text = p.lead + p.body;
  if (p.follow) text += '\n' + p.follow.join('\n');
  addEntry(F_CRIS, p.k, { agency: 'adult-mh', date: p.date, time: p.time, text, contacts: p.contacts, concerns: p.concerns });
}
// police
for (const yr of ['2022', '2023']) for (const r of pol[yr]) {
  let text = [r.src, r.open, r.narr, r.close, r.oic].filter(Boolean).join(' | ');
  if (r.cont) text += ' | ' + r.cont;
  addEntry(F_POL, r.k, { agency: 'police', date: r.date, time: r.time, text, contacts: r.contacts, concerns: r.concerns });
}
// overview
for (const p of ov) {
  if (!p.segs) continue;
  let cur = null;
  for (const s of p.segs) {
    if (s.k) {
      cur = addEntry(F_OV, s.k, { agency: s.agency, date: s.date, time: s.time || null, text: s.s, contacts: s.contacts, concerns: s.concerns });
    } else if (cur) cur.text += ' ' + s.s;
  }
}
// gp
for (const r of gp) {
  const text = [r.clin, r.type, r.prob, r.notes].filter(Boolean).join(' | ');
  addEntry(F_GP, r.k, { agency: 'gp', date: r.date, time: r.time || null, text, contacts: r.contacts, concerns: r.concerns });
}

// ---------------------------------------------------------------- write crisis docx
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Header, Footer, PageNumber, TabStopType } = docx;
async function writeCrisis() {
  const children = [];
  for (const p of cris) {
    if (p.title) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.title, bold: true, size: 28 })] }));
    else if (p.sub) children.push(new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: p.sub, italics: true, size: 20 })] }));
    else if (p.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text: p.heading })] }));
    else {
      children.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: p.lead, bold: true }), new TextRun({ text: p.body })] }));
      for (const f of p.follow || []) children.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: f })] }));
    }
  }
  const doc = new Document({
    creator: 'NSMHT Records', title: 'CRHT notes extract',
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'NSMHT - CONFIDENTIAL - DHR disclosure', size: 16 })] })] }) },
      children,
    }],
  });
  fs.writeFileSync(path.join(OUT, F_CRIS), await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- write police xlsx
async function writePolice() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FCP Information Management';
  for (const yr of ['2022', '2023']) {
    const ws = wb.addWorksheet(yr);
    ws.addRow(['FENHOLT CONSTABULARY POLICE (FCP) - Command & Control / Niche extract']).font = { bold: true };
    ws.addRow([`Address: 14 Reedside Close, Fenholt. Incidents ${yr}. Prepared for DHR 'Edith'. OFFICIAL-SENSITIVE`]);
    ws.addRow([]);
    const h = ws.addRow(POLHDR);
    h.font = { bold: true };
    for (const r of pol[yr]) {
      ws.addRow([r.inc, r.date.raw, r.time, r.src, r.open, r.narr, r.close, r.oic]);
      if (r.cont) ws.addRow(['', '', '', '', '', r.cont, '', '']);
    }
    ws.columns.forEach((col, i) => { col.width = [18, 12, 7, 7, 24, 90, 30, 12][i]; });
    ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  }
  await wb.xlsx.writeFile(path.join(OUT, F_POL));
}

// ---------------------------------------------------------------- write overview docx -> pdf
async function writeOverview() {
  const children = [];
  for (const p of ov) {
    if (p.title) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: p.title, bold: true, size: 32 })] }));
    else if (p.sub) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: p.sub, size: 24 })] }));
    else if (p.note) children.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: p.note, italics: true })] }));
    else if (p.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: p.heading })] }));
    else if (p.para) {
      const txt = p.segs.map((s) => s.s).join(' ');
      children.push(new Paragraph({
        spacing: { after: 160 }, indent: { left: 720, hanging: 720 },
        tabStops: [{ type: TabStopType.LEFT, position: 720 }],
        children: [new TextRun({ text: p.para }), new TextRun({ text: '\t' + txt })],
      }));
    }
  }
  const doc = new Document({
    creator: 'Independent Chair', title: "DHR 'Edith' Overview Report",
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "DHR 'Edith' - Overview Report - OFFICIAL-SENSITIVE - Draft v4, not for publication", size: 16 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
      children,
    }],
  });
  const tmp = fs.mkdtempSync('/tmp/dhrov-');
  const dx = path.join(tmp, 'dhr-overview-extract.docx');
  fs.writeFileSync(dx, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, dx], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------- write gp csv
function writeGp() {
  const lines = [];
  lines.push(csvCell('Fenholt Medical Practice - clinical record extract (consultations)') + ',,,,,');
  lines.push(csvCell("Patient: Edith [surname redacted]   DOB: 20-Feb-1947   Extract for DHR panel, 01-Jan-2022 to 14-Oct-2023   System: EMIS Web") + ',,,,,');
  lines.push(',,,,,');
  lines.push(GPHDR.map(csvCell).join(','));
  for (const r of gp) lines.push([r.date.raw, r.time, r.clin, r.type, r.prob, r.notes].map(csvCell).join(','));
  fs.writeFileSync(path.join(OUT, F_GP), lines.join('\n') + '\n');
}

// ---------------------------------------------------------------- gold
const files = [
  { file: F_COMB, agency: 'mixed', format: 'csv' },
  { file: F_CRIS, agency: 'adult-mh', format: 'docx' },
  { file: F_POL, agency: 'police', format: 'xlsx' },
  { file: F_OV, agency: 'mixed', format: 'pdf' },
  { file: F_GP, agency: 'gp', format: 'csv' },
];
const dupGroups = [
  ['X3', 'P1', 'E4'], ['X5', 'E5'], ['X6', 'G4', 'E6'], ['X7', 'E7'], ['X10', 'E8'], ['X11', 'E9'],
  ['X12', 'E10'], ['X13', 'E11'], ['X9', 'E12'], ['X14', 'E13'], ['X15', 'E14'], ['X16', 'E15'],
  ['X19', 'E18'], ['X28', 'E19'], ['X20', 'P5'], ['X21', 'E20'], ['X22', 'P6', 'E21'],
  ['X23', 'C2', 'E22'], ['X24', 'P10', 'E23'], ['X26', 'C8', 'E24'], ['X27', 'C9', 'E25'],
  ['X30', 'G10', 'E26'], ['X31', 'G12', 'E27'], ['X33', 'E28'], ['X34', 'E29'], ['P11', 'E30'],
  ['X36', 'E31'], ['X38', 'E33'], ['X40', 'E34'], ['X41', 'E35'], ['C10', 'E36'], ['X43', 'P13', 'E37'],
];
const fileOrder = Object.fromEntries(files.map((f, i) => [f.file, i]));
const duplicates = [];
for (const g of dupGroups) {
  const ents = g.map((k) => byKey[k] || (() => { throw new Error('dup key ' + k); })());
  ents.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) ||
    fileOrder[a.ref.split('#')[0]] - fileOrder[b.ref.split('#')[0]] ||
    Number(a.ref.split('#')[1]) - Number(b.ref.split('#')[1]));
  const d0 = ents[0].date.earliest;
  for (const e of ents) if (e.date.earliest !== d0) throw new Error('dup date mismatch ' + g.join(','));
  for (const e of ents.slice(1)) e.duplicateOf = ents[0].ref;
  duplicates.push(ents.map((e) => e.ref));
}

const gaps = [
  { id: 'FEN-G01', code: 'G1', alsoAcceptable: [], from: 'police', to: ['adult-mh', 'asc'],
    anchors: ['P1', 'P2', 'P3', 'X3', 'E4'],
    note: "9 March 2022: officers knew Daniel was under the mental health team and that his 75-year-old mother had called 999 because he was shouting and smashing things, but recorded a 'family argument', completed no DASH and told neither EIP nor ASC. Adult family violence was not recognised as domestic abuse." },
  { id: 'FEN-G02', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['adult-mh'],
    anchors: ['G4', 'X6', 'E6'],
    note: 'April 2022: Edith told her GP she was frightened of her son, locked her door at night and that police had been called. The GP knew Daniel was under EIP but left Edith to contact EIP herself; no information went to EIP and no DA enquiry or referral was made.' },
  { id: 'FEN-G03', code: 'G9', alsoAcceptable: ['G5'], from: 'adult-mh', to: ['adult-mh'],
    anchors: ['X5', 'X7', 'X10', 'E5', 'E7', 'E8'],
    note: "EIP-to-CMHT transfer (June-August 2022): EIP knew of the police call-out and 'the row', but the transfer summary said 'no history of violence or aggression'; the case then sat unallocated for seven weeks and the July depot was missed." },
  { id: 'FEN-G04', code: 'G3', alsoAcceptable: [], from: 'adult-mh', to: ['asc'],
    anchors: ['X12', 'X13', 'X21', 'E10', 'E11', 'E20'],
    note: "The CMHT's carer's assessment referral for Edith (15 August 2022) was logged by ASC the next day and put on a waiting list; no one contacted Edith and the referral was closed unallocated on 5 January 2023." },
  { id: 'FEN-G05', code: 'G4', alsoAcceptable: ['G3'], from: 'asc', to: ['adult-mh'],
    anchors: ['X21', 'C7', 'E20'],
    note: "ASC closed the carer's referral without telling the referrer; in February 2023 the CMHT care co-ordinator still believed the assessment was awaiting allocation." },
  { id: 'FEN-G06', code: 'G8', alsoAcceptable: ['G7'], from: 'dwp', to: ['adult-mh'],
    anchors: ['X9', 'X14', 'E12', 'E13'],
    note: "DWP ended Daniel's ESA after a missed WCA and an unanswered good-cause letter although the claim recorded schizophrenia and held his care co-ordinator's details; no vulnerable-claimant action and no contact with the care co-ordinator. The loss of income fed Daniel's paranoia that his mother was stealing his money." },
  { id: 'FEN-G07', code: 'G1', alsoAcceptable: [], from: 'adult-mh', to: ['asc', 'police'],
    anchors: ['X16', 'E15'],
    note: "20 September 2022: Edith told the CMHT care co-ordinator that Daniel had pushed her against the worktop and he was paranoid that she was stealing his money. She was told to ring 999; no safeguarding adults concern to ASC, no DASH/MARAC, no information to police." },
  { id: 'FEN-G08', code: 'G5', alsoAcceptable: ['G1'], from: 'adult-mh', to: ['gp'],
    anchors: ['X19', 'X28', 'E18', 'E19'],
    note: "Daniel refused his depot on 7 November 2022; the GP, who was treating Edith for stress and anxiety caused by him, was not told until the consultant's letter of 9 March 2023, four months later." },
  { id: 'FEN-G09', code: 'G2', alsoAcceptable: [], from: 'police', to: ['asc'],
    anchors: ['P10', 'X24', 'X25', 'E23'],
    note: "The Adult at Risk Concern Notification submitted after the 27 January 2023 incident (a 75-year-old carer struck by her son) shows as 'submitted' on the police portal but ASC has no record of it; police did not follow it up." },
  { id: 'FEN-G10', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['adult-mh'],
    anchors: ['P8', 'C1', 'C2', 'X23', 'E21', 'E22'],
    note: "27 January 2023: PC3 told the Crisis Team that Daniel had struck his mother; the Crisis Team recorded the referral as an argument with 'no physical violence reported' and framed Edith as a carer finding it hard to cope, rating risk to others low." },
  { id: 'FEN-G11', code: 'G6', alsoAcceptable: [], from: 'adult-mh', to: ['police', 'asc'],
    anchors: ['C9', 'X27', 'E25'],
    note: "The post-crisis professionals' meeting of 14 February 2023 (CMHT, Crisis Team, GP by phone) rated the risk to Edith low without the police, who had attended the house three times including the assault two weeks earlier, or ASC, which had received the carer's referral (and to which the police had sent a notification)." },
  { id: 'FEN-G12', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['asc', 'adult-mh'],
    anchors: ['G10', 'X30', 'E26'],
    note: "22 May 2023: the practice nurse saw bruising to both of Edith's upper arms with an implausible explanation in a woman the practice knew to be frightened of her son; not explored, not discussed with the GP, no safeguarding concern to ASC and nothing to the CMHT." },
  { id: 'FEN-G13', code: 'G8', alsoAcceptable: [], from: 'adult-mh', to: ['gp'],
    anchors: ['X38', 'X39', 'X40', 'X41', 'E33', 'E34', 'E35'],
    note: "July-September 2023: two missed consultant appointments and a no-access visit, with Daniel unseen since 7 July, were not escalated; the GP was not copied into the DNA letter nor told of the plan to discharge, and Edith was not contacted." },
  { id: 'FEN-G14', code: 'G1', alsoAcceptable: [], from: 'adult-mh', to: ['police', 'asc'],
    anchors: ['C10', 'C11', 'X42', 'E36'],
    note: "2 October 2023, twelve days before the homicide: Edith told the crisis line she was scared of what Daniel would do. The call was passed internally to the CMHT, which did not visit; no safeguarding concern, no DA risk assessment and no information to police." },
];
for (const g of gaps) g.anchors = g.anchors.map(R);

const decoys = [
  { id: 'FEN-D01', looksLike: ['G2', 'G3'], refs: [R('C8'), R('X26'), R('G8'), R('G9')],
    note: "The Crisis Team's discharge summary of 10 February 2023 was received by the practice (logged 14/02), which added a carer code and invited Edith to a carer's health check that she attended on 1 March 2023." },
  { id: 'FEN-D02', looksLike: ['G2', 'G3'], refs: [R('P12'), R('X35'), R('X36'), R('E30'), R('E31')],
    note: "The police mental health notification of 5 July 2023 was received by the CMHT duty worker the same day, who rang Edith and booked a visit that took place two days later." },
  { id: 'FEN-D03', looksLike: ['G4'], refs: [R('G12'), R('X32'), R('X34'), R('G13')],
    note: "The GP's letter of 6 June 2023 asking the CMHT to review Daniel was answered: the care co-ordinator visited on 15 June and wrote back the next day, and the GP told Edith." },
];

const gold = {
  case: CASE,
  title: "DHR 'Edith' (Fenholt): mother, 76, killed by her adult son, 44, who had psychosis and used cannabis; she was his carer",
  reviewType: 'dhr',
  reviewPeriod: { from: '2022-01-01', to: '2023-10-14' },
  conventions: {
    agencies: "FCP = Fenholt Constabulary Police -> police. EIP, 'CMHT (NSMHT)' / 'CMHT (North Saxmere Mental Health NHS Trust)' and 'Crisis Team' (CRHT/HTT, crisis line) are all North Saxmere Mental Health NHS Trust -> adult-mh; contacts between them are internal. 'Fenholt Medical Practice' (GP1, GP2 locum, PN1 practice nurse) -> gp. ASC (Saxmere County Council Adult Front Door, Carers Assessment Team) -> asc. DWP (ESA, PIP, assessment provider) -> dwp. Edith, Daniel, Claire (daughter) and neighbours -> family.",
    mash: 'There is no MASH in this case. The ASC Adult Front Door is plain asc.',
    subject: "The review's subject is Edith (victim). parental-mental-health is tagged for Daniel's mental illness and for Edith's own low mood/anxiety/stress, as the entry shows it.",
    injury: "Marks on Edith in a DA incident (red mark to cheek, the fatal injuries) are tagged domestic-abuse only; injuries recorded by health without a DA attribution (skin tear, bruising 'bumped into the door frame') are tagged injury.",
    nonEngagement: "non-engagement is tagged for DNAs, no access, refusals/declines of support or treatment (e.g. 'refused depot', 'declined'); a report that someone 'stopped his medication' is not tagged non-engagement on its own.",
    tableText: "Table entry text = the text cells joined with ' | ': combined chronology: Source/practitioner, Event/information, Action/outcome; police log: Source, Opening code, Log entry, Closing code, OIC (a continuation row's text appended after the row's cells); gp.csv: Clinician, Consultation type, Problem, Notes. The No., Date, Time, Agency and Incident No. columns are not part of the text.",
    narrativeText: "Crisis notes: an entry is a paragraph starting with a date (several carry no year: '28/01', '02/02', '03/10' take the year of the entries around them); the indented undated follow-on paragraphs belong to the entry above (joined with a newline). Overview: paragraph numbers are not part of the text; sentences are split into entries at each new explicit or relative date ('Twelve days later', 'A week later', 'the next day', 'later that night', 'Four days later', 'the following day', 'two days later', 'the following week'). Paragraphs 5.0, 6.1 and 6.2 narrate no dated event (the Acts' years are not dates).",
    policeContacts: "Officers or a PCSO attending the address = family out other (per the guide), including the PCSO's 'visited'. A referral by phone to the Crisis Team is typed referral on both sides.",
    duplicates: 'The combined chronology repeats key events from the single-agency files; the overview narrates many of them again. A sender\'s record and the receiver\'s record of one referral/notification are not duplicates. Canonical member = earliest date, then file order as listed in files.',
    dates: "Combined chronology mixes dd/mm/yyyy, dd.mm.yy ('15.08.22'), 'Mon 10th Oct 22', 'w/c 10/07/2023' (Mon-Sun) and '?12/05/23' (uncertain, kept as that day). GP export uses dd-Mon-yyyy. Overview uses one US-style date in quoted press copy ('January 27, 2023'), seasons ('Spring 2022', 'summer of 2023': meteorological) and relative dates resolved from the preceding dated sentence.",
  },
  files,
  entries,
  gaps,
  duplicates,
  decoys,
};

// ---------------------------------------------------------------- README
function countBy(arr, f) { const m = {}; for (const x of arr) { const k = f(x); m[k] = (m[k] || 0) + 1; } return m; }
const readme = `# ${CASE}: DHR 'Edith' (Fenholt)

Invented domestic homicide review. Everything here is fictional: Fenholt is an invented
East Anglian market town in the invented county of Saxmere; the agencies, staff and family
are invented.

## People
- **Edith** (pseudonym), born 1947, widow, 74-76 during the review. Victim. Registered at Fenholt Medical Practice.
- **Daniel** (pseudonym), born 1979, her son, 42-44. Paranoid schizophrenia (first episode 2019), daily cannabis.
  Lived with Edith at 14 Reedside Close, Fenholt; she was his only carer. Charged with her murder.
- **Claire**, Edith's daughter, lives out of county (family account in the overview). Neighbour at no. 12.

## Period
Review period 01/01/2022 - 14/10/2023 (one background entry from October 2019).

## What happened / what went wrong
EIP (Fenholt Early Intervention in Psychosis team) -> CMHT transfer in mid-2022 lost the risk picture and
left Daniel unallocated for seven weeks. Edith refused a carer's assessment twice, then accepted one; ASC
waitlisted it and closed it without contact and without telling the CMHT. She told her GP she was
frightened of Daniel (April 2022) and told the CPN he had pushed her (September 2022): neither raised a
safeguarding concern. Police attended a "family argument" (March 2022) and a slap (January 2023) without
DASH; their adult-at-risk notification never reached ASC, and the Crisis Team recorded their referral as
"no physical violence". DWP stopped Daniel's ESA after a missed WCA without contacting his care
co-ordinator; he stopped his depot (November 2022) and the GP was told four months later. A practice nurse
saw bruising on Edith's arms (May 2023). CMHT non-engagement in summer 2023 was not escalated, and Edith's
crisis-line call twelve days before her death ("I'm scared of what he'll do") went no further than an
internal email. No one treated any of it as domestic abuse.

## Files
| file | agency | layout |
|---|---|---|
| combined-chronology.csv | mixed (Agency column: FCP, ASC, EIP, CMHT (NSMHT), Fenholt Medical Practice, DWP, Crisis Team) | title lines, header row, section rows (PART A/B/C), one continuation row, blank rows; ${counters[F_COMB]} entries |
| crisis-team-notes.docx | adult-mh (NSMHT CRHT) | dated paragraphs (year often omitted), indented undated follow-on paragraphs, two headings; ${counters[F_CRIS]} entries |
| police-log.xlsx | police (FCP) | sheets "2022" and "2023", title rows, log rows per incident update, one continuation row; ${counters[F_POL]} entries |
| dhr-overview-extract.pdf | mixed (narrative) | numbered paragraphs 5.0-6.2, running header, "Page N of M" footer, relative dates, press-copy paragraph with US date; ${counters[F_OV]} entries |
| gp.csv | gp (Edith's own record) | EMIS-style export, two preamble lines, dd-Mon-yyyy dates; ${counters[F_GP]} entries |

Entries: ${entries.length}. Gaps: ${gaps.length} (${Object.entries(countBy(gaps, (g) => g.code)).map(([k, v]) => `${k} x${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case-specific conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`node /work/blind/generators/${CASE}.mjs\`.
`;

// ---------------------------------------------------------------- run
await writeCrisis();
await writePolice();
await writeOverview();
writeGp();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log('entries', entries.length, countBy(entries, (e) => e.ref.split('#')[0]));
console.log('gaps', gaps.length, countBy(gaps, (g) => g.code), 'dups', duplicates.length, 'decoys', decoys.length);
