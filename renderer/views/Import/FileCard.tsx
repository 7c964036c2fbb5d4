/**
 * One file in the import: what Threadline found (format, layout, agency and
 * why, the column mapping with sample rows under the headings, dates that
 * need a decision, whether it is already in the case) and the controls to
 * change each of those before anything is stored.
 */
import { memo, useId, type Dispatch } from 'react';

import { agencyIds, agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import type { ImportIssue, FieldName } from '../../../shared/model.ts';
import { plural } from '../../../shared/text/plural.ts';
import type { FileChoice, ImportAction, OkPreview } from './importState.ts';

export const FIELD_LABELS: Readonly<Record<FieldName, string>> = {
  date: 'Date',
  time: 'Time',
  agency: 'Agency',
  author: 'Who (worker)',
  team: 'Team',
  subject: 'About whom',
  contactType: 'Kind of contact',
  event: 'What happened',
  action: 'Action or outcome',
  sourceRef: 'Record reference',
  flag: 'Kept as a detail',
  ignore: 'Not used',
};
const FIELDS = Object.keys(FIELD_LABELS) as FieldName[];

const FORMAT_WORDS: Readonly<Record<OkPreview['format'], string>> = {
  csv: 'CSV file',
  tsv: 'Tab-separated file',
  xlsx: 'Excel workbook',
  docx: 'Word document',
  pdf: 'PDF',
  txt: 'Text file',
  md: 'Text file',
  html: 'Web page (an "Excel" export)',
};
const LAYOUT_WORDS: Readonly<Record<OkPreview['layout'], string>> = { table: 'a table', narrative: 'dated paragraphs', prose: 'a narrative report' };

const SAMPLE_ROWS = 4;
const MAX_ISSUES = 8;

function IssueList({ issues, title }: { issues: readonly ImportIssue[]; title: string }) {
  if (issues.length === 0) return null;
  return (
    <div className="import-issues">
      <h4>{title}</h4>
      <ul>
        {issues.slice(0, MAX_ISSUES).map((i, k) => (
          <li key={k}>
            {i.row !== undefined ? <span className="import-issues__row">Row {i.row}: </span> : null}
            {i.message}
          </li>
        ))}
      </ul>
      {issues.length > MAX_ISSUES ? <p className="muted">…and {issues.length - MAX_ISSUES} more like these.</p> : null}
    </div>
  );
}

function MappingTable({ p, choice, index, dispatch }: { p: OkPreview; choice: FileChoice; index: number; dispatch: Dispatch<ImportAction> }) {
  return (
    <>
      {p.tables.map((t) => {
        const mapping = choice.mappings[t.number] ?? t.mapping;
        const rows = t.sample.slice(1, 1 + SAMPLE_ROWS);
        return (
          <div className="mapping" key={t.number}>
            <h4>
              {p.tables.length > 1 || (t.name && t.name !== p.fileName) ? `${t.name || `Table ${t.number}`}: ` : ''}
              {plural(t.entries, 'entry', 'entries')}, headings on row {t.headerRow}
            </h4>
            <div className="mapping__scroll">
              <table>
                <thead>
                  <tr>
                    {mapping.columns.map((c) => (
                      <th key={c.index} scope="col">
                        <span className="mapping__heading">{c.heading || `Column ${c.index + 1}`}</span>
                        <select
                          aria-label={`What the column “${c.heading || `Column ${c.index + 1}`}” holds`}
                          value={c.field}
                          onChange={(e) => dispatch({ type: 'field', index, table: t.number, column: c.index, field: e.target.value as FieldName })}
                        >
                          {FIELDS.map((f) => (
                            <option key={f} value={f}>
                              {FIELD_LABELS[f]}
                            </option>
                          ))}
                        </select>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, k) => (
                    <tr key={k}>
                      {mapping.columns.map((c) => (
                        <td key={c.index} className={c.field === 'ignore' ? 'mapping__unused' : undefined}>
                          <span className="mapping__sample">{r[c.index] ?? ''}</span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </>
  );
}

export const FileCard = memo(function FileCard({ choice, index, dispatch, disabled }: { choice: FileChoice; index: number; dispatch: Dispatch<ImportAction>; disabled: boolean }) {
  const id = useId();
  const p = choice.preview;
  if (!p.ok) {
    return (
      <article className="file-card file-card--failed" aria-labelledby={`${id}-name`}>
        <h3 id={`${id}-name`}>{p.fileName}</h3>
        <p>
          Threadline could not read this file: {p.error.message}
        </p>
        <p className="muted">The other files are not affected. If the file opens on your computer, save it again as .xlsx, .docx or .csv and add it again.</p>
      </article>
    );
  }
  const usDates = p.dateIssues.some((i) => i.code === 'us-dates') || p.dateOrder !== 'dmy';
  return (
    <article className={`file-card${choice.include ? '' : ' file-card--skipped'}`} aria-labelledby={`${id}-name`}>
      <header className="file-card__head">
        <h3 id={`${id}-name`}>{p.fileName}</h3>
        <label className="field--check file-card__include">
          <input type="checkbox" checked={choice.include} disabled={disabled} onChange={(e) => dispatch({ type: 'include', index, include: e.target.checked })} />
          Import this file
        </label>
        <span className="muted file-card__what">
          {FORMAT_WORDS[p.format]} with {LAYOUT_WORDS[p.layout]} · {plural(p.entries, 'entry', 'entries')}
          {p.title ? ` · “${p.title}”` : ''}
        </span>
      </header>
      {p.already ? (
        <div className="notice notice--info">
          {p.already.kind === 'same-content' ? (
            <p>This file is already in the case{p.already.fileName !== p.fileName ? ` (as ${p.already.fileName})` : ''}. Importing it again would list its entries twice, so it is not ticked.</p>
          ) : (
            <label className="field--check">
              <input type="checkbox" checked={choice.replace} disabled={disabled} onChange={(e) => dispatch({ type: 'replace', index, replace: e.target.checked })} /> A different file called{' '}
              {p.already.fileName} is already in the case. Replace it with this one (its entries are swapped for this file’s).
            </label>
          )}
        </div>
      ) : null}
      {choice.include ? (
        <>
          <div className="file-card__row">
            <div className="field">
              <label htmlFor={`${id}-agency`}>Agency that sent it</label>
              <select id={`${id}-agency`} value={choice.agency} disabled={disabled} onChange={(e) => dispatch({ type: 'agency', index, agency: e.target.value })}>
                <option value="mixed">Several (the file has an agency column)</option>
                {agencyIds.map((a) => (
                  <option key={a} value={a}>
                    {agencyInfo(a).label}
                  </option>
                ))}
              </select>
              {p.suggestion ? (
                <span className="field__hint">
                  Suggested {p.suggestion.why}: {agencyInfo(p.suggestion.agency).label}
                </span>
              ) : null}
            </div>
            {usDates ? (
              <fieldset className="field">
                <legend>How are the dates written?</legend>
                {p.dateOrder === 'mixed' ? (
                  <label className="field--check">
                    <input type="radio" name={`${id}-order`} checked={choice.dateOrder === 'mixed'} disabled={disabled} onChange={() => dispatch({ type: 'dateOrder', index, dateOrder: 'mixed' })} /> Both, as
                    found: each date read the way it makes sense, or fits between its neighbours
                  </label>
                ) : null}
                <label className="field--check">
                  <input type="radio" name={`${id}-order`} checked={choice.dateOrder === 'dmy'} disabled={disabled} onChange={() => dispatch({ type: 'dateOrder', index, dateOrder: 'dmy' })} /> Day
                  first (14/03/2023)
                </label>
                <label className="field--check">
                  <input type="radio" name={`${id}-order`} checked={choice.dateOrder === 'mdy'} disabled={disabled} onChange={() => dispatch({ type: 'dateOrder', index, dateOrder: 'mdy' })} /> Month
                  first, American style (03/14/2023)
                </label>
              </fieldset>
            ) : null}
          </div>
          {p.layout === 'table' ? <MappingTable p={p} choice={choice} index={index} dispatch={dispatch} /> : null}
          <IssueList issues={p.dateIssues} title="Dates to check" />
          <IssueList issues={p.issues} title="Other things to know" />
        </>
      ) : null}
    </article>
  );
});
