// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FilePreview, ImportOutcome } from '../../shared/api.ts';
import { ImportView } from '../../renderer/views/Import/ImportView.tsx';
import { importReducer, initialImportState, runRequest } from '../../renderer/views/Import/importState.ts';
import { fixture } from '../shared/views/fixtures.ts';
import { renderWithCase, stubLayout } from './support.tsx';

afterEach(cleanup);
beforeEach(() => stubLayout());

const police: FilePreview = {
  ok: true,
  path: '/returns/police.csv',
  fileName: 'police.csv',
  format: 'csv',
  layout: 'table',
  title: null,
  agency: 'police',
  suggestion: { agency: 'police', why: 'from the file name "police.csv"' },
  tables: [
    {
      number: 1,
      name: 'police.csv',
      headerRow: 1,
      mapping: {
        headerRow: 1,
        columns: [
          { index: 0, heading: 'Date', field: 'date' },
          { index: 1, heading: 'Summary', field: 'event' },
          { index: 2, heading: 'Ref', field: 'ignore' },
        ],
      },
      sample: [
        ['Date', 'Summary', 'Ref'],
        ['03/14/2023', 'Officers attended.', 'NT/1'],
      ],
      entries: 2,
    },
  ],
  entries: 2,
  dateOrder: 'dmy',
  dateIssues: [{ file: 'police.csv', row: 2, severity: 'warning', code: 'us-dates', message: '03/14/2023 only makes sense month first: read as 14 Mar 2023.' }],
  issues: [],
  already: { kind: 'same-name', fileName: 'police.csv' },
};
const broken: FilePreview = { ok: false, path: '/returns/old.doc', fileName: 'old.doc', error: { kind: 'legacy-format', message: 'old.doc is a Word 97 file.' } };
const same: FilePreview = { ...police, path: '/returns/copy.csv', fileName: 'copy.csv', already: { kind: 'same-content', fileName: 'police.csv' } };

describe('the import reducer', () => {
  it('starts a file that is already in the case unticked, and a renamed return as a replacement', () => {
    const s = importReducer(initialImportState, { type: 'previewed', previews: [police, same, broken] });
    expect(s.files.map((f) => f.include)).toEqual([true, false, false]);
    expect(runRequest(s.files)).toEqual([{ path: '/returns/police.csv', fileName: 'police.csv', agency: 'police', replace: true }]);
  });

  it('sends only what the user changed: date order, a column, the agency', () => {
    let s = importReducer(initialImportState, { type: 'previewed', previews: [police] });
    s = importReducer(s, { type: 'dateOrder', index: 0, dateOrder: 'mdy' });
    s = importReducer(s, { type: 'field', index: 0, table: 1, column: 2, field: 'sourceRef' });
    s = importReducer(s, { type: 'agency', index: 0, agency: 'mixed' });
    s = importReducer(s, { type: 'replace', index: 0, replace: false });
    const [req] = runRequest(s.files);
    expect(req).toMatchObject({ agency: 'mixed', dateOrder: 'mdy', mappings: [{ table: 1, mapping: { columns: [{ field: 'date' }, { field: 'event' }, { field: 'sourceRef' }] } }] });
    expect(req).not.toHaveProperty('replace');
  });
});

describe('a file that mixes day-first and month-first dates', () => {
  const mixed: FilePreview = { ...police, dateOrder: 'mixed', already: null };

  it('offers "both, as found" as well as either order, and leaves detection on unless the user picks one', () => {
    let s = importReducer(initialImportState, { type: 'previewed', previews: [mixed] });
    expect(runRequest(s.files)[0]).not.toHaveProperty('dateOrder');
    s = importReducer(s, { type: 'dateOrder', index: 0, dateOrder: 'dmy' });
    expect(runRequest(s.files)[0]).toMatchObject({ dateOrder: 'dmy' });
    s = importReducer(s, { type: 'dateOrder', index: 0, dateOrder: 'mixed' });
    expect(runRequest(s.files)[0]).not.toHaveProperty('dateOrder');
  });

  it('shows the three choices, "both" chosen', async () => {
    renderWithCase(<ImportView />, fixture, { 'dialog.openFiles': () => ['/returns/police.csv'], 'import.preview': () => [mixed] });
    fireEvent.click(screen.getByRole('button', { name: 'Choose files…' }));
    const card = (await screen.findByRole('article', { name: 'police.csv' })) as HTMLElement;
    const group = within(card).getByRole('group', { name: 'How are the dates written?' });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([true, false, false]);
    expect(within(group).getByLabelText(/Both, as found/)).toBeTruthy();
  });
});

describe('the import view', () => {
  it('previews chosen files, lets the user check them, imports with progress, and reports per file', async () => {
    let release: (o: ImportOutcome[]) => void = () => undefined;
    const { bridge } = renderWithCase(<ImportView />, fixture, {
      'dialog.openFiles': () => ['/returns/police.csv', '/returns/old.doc'],
      'import.preview': () => [police, broken],
      'import.run': () => new Promise<ImportOutcome[]>((r) => (release = r)),
      'import.cancel': () => null,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Choose files…' }));
    const card = (await screen.findByRole('article', { name: 'police.csv' })) as HTMLElement;
    expect(within(card).getByText(/Suggested from the file name "police.csv": Police/)).toBeTruthy();
    expect(within(card).getByText('Row 2:')).toBeTruthy();
    expect(within(card).getByLabelText(/Month first/)).toBeTruthy();
    expect(within(card).getByText('03/14/2023')).toBeTruthy();
    fireEvent.change(within(card).getByLabelText('What the column “Ref” holds'), { target: { value: 'sourceRef' } });
    expect(within(card).getByLabelText(/Replace it with this one/)).toHaveProperty('checked', true);
    const failed = screen.getByRole('article', { name: 'old.doc' });
    expect(within(failed).getByText(/Word 97 file/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import the file' }));
    await act(async () => bridge.emit('import.progress', { file: 'police.csv', index: 0, total: 1, phase: 'storing' }));
    expect(screen.getByText('Storing police.csv (1 of 1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(bridge.calls.some((c) => c.channel === 'import.cancel')).toBe(true));
    const run = bridge.calls.find((c) => c.channel === 'import.run')!.request as { files: unknown[] };
    expect(run.files).toEqual([expect.objectContaining({ path: '/returns/police.csv', replace: true, mappings: [expect.objectContaining({ table: 1 })] })]);

    await act(async () =>
      release([
        { ok: true, file: 'police.csv', sourceId: 1, entries: 2, replaced: true, agency: 'police', layout: 'table', issues: [] },
        { ok: false, file: 'gp.csv', error: { kind: 'no-dates', message: 'No dates were found in the Date column.', row: 14 } },
      ]),
    );
    expect(await screen.findByRole('heading', { name: 'Imported 1 of 2 files' })).toBeTruthy();
    expect(screen.getByText(/was not imported \(row 14\): No dates were found/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go to the chronology' })).toBeTruthy();
  });

  it('says what to do when dropped files have no path', () => {
    renderWithCase(<ImportView />, fixture);
    const zone = screen.getByRole('heading', { name: 'Import chronologies' }).parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['x'], 'police.csv')] } });
    expect(screen.getByRole('alert').textContent).toMatch(/Use “Choose files…” instead/);
  });
});
