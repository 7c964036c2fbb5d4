// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixture } from '../shared/views/fixtures.ts';
import { renderApp, stubCanvas, stubLayout, summaryOf } from './support.tsx';

afterEach(cleanup);

describe('the app', () => {
  it('teaches when no case is open: what Threadline does, and three ways in', async () => {
    renderApp(null);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText(/merges them into one/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the sample case' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'New case…' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Open case…' }).length).toBeGreaterThan(0);
  });

  it('opens the sample case: asks where to keep it, creates it, titles it and imports its files', async () => {
    const steps: string[] = [];
    const { bridge } = renderApp(null, {
      'sample.locate': () => ({ folder: '/app/sample-case', files: ['/app/sample-case/police.csv', '/app/sample-case/gp.csv'] }),
      'dialog.saveFile': (r) => {
        steps.push(`save ${JSON.stringify(r)}`);
        return '/cases/Sample case - Child B.threadline';
      },
      'case.create': (r) => {
        steps.push(`create ${(r as { path: string }).path}`);
        return summaryOf(fixture);
      },
      'case.setTitle': (r) => {
        steps.push(`title ${(r as { title: string }).title}`);
        return summaryOf(fixture);
      },
      'import.run': (r) => {
        steps.push(`import ${(r as { files: Array<{ path: string }> }).files.map((f) => f.path).join(' ')}`);
        return [];
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Open the sample case' }));
    await waitFor(() => expect(steps).toHaveLength(4));
    expect(steps).toEqual([
      'save {"purpose":"case","suggestedName":"Sample case - Child B"}',
      'create /cases/Sample case - Child B.threadline',
      'title Sample case: Child B (fictional)',
      'import /app/sample-case/police.csv /app/sample-case/gp.csv',
    ]);
    expect(bridge.calls.map((c) => c.channel)).toContain('sample.locate');
  });

  it('changes nothing when the save dialog for the sample case is cancelled', async () => {
    const { bridge } = renderApp(null, { 'sample.locate': () => ({ folder: '/s', files: ['/s/police.csv'] }), 'dialog.saveFile': () => null });
    fireEvent.click(await screen.findByRole('button', { name: 'Open the sample case' }));
    await waitFor(() => expect(bridge.calls.some((c) => c.channel === 'dialog.saveFile')).toBe(true));
    expect(bridge.calls.some((c) => c.channel === 'case.create')).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says calmly when the sample case cannot be found, and what to do instead', async () => {
    renderApp(null, {
      'sample.locate': () => {
        throw { kind: 'failed', message: 'The sample case is missing from /app/sample-case.' };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Open the sample case' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The sample case could not be found: The sample case is missing from \/app\/sample-case\. You can still try Threadline: choose "New case…"/);
  });

  it('creates a new case where the save dialog says, then shows the import view', async () => {
    let created: string | null = null;
    const empty = { ...fixture, entries: [], gaps: [] };
    const { bridge } = renderApp(null, {
      'dialog.saveFile': () => '/cases/new.threadline',
      'case.create': (r) => {
        created = (r as { path: string }).path;
        return summaryOf(empty, created);
      },
    });
    fireEvent.click((await screen.findAllByRole('button', { name: 'New case…' }))[0]!);
    await waitFor(() => expect(created).toBe('/cases/new.threadline'));
    expect(bridge.calls.some((c) => c.channel === 'case.create')).toBe(true);
  });

  it('opens the case that is already open, on the chronology, with tabs for every view', async () => {
    stubLayout();
    renderApp(fixture);
    expect(await screen.findByTestId('entry-count')).toBeTruthy();
    expect(screen.getByTestId('entry-count').textContent).toBe('8 entries');
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['Import', 'Chronology', 'Timeline', 'Gap graph', 'Findings', 'Who knew what, when']);
  });

  it('moves between tabs with the arrow keys', async () => {
    stubLayout();
    stubCanvas();
    renderApp(fixture);
    const tab = await screen.findByRole('tab', { name: 'Chronology' });
    tab.focus();
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Timeline');
  });

  it('reloads the analysis when the core says the case changed', async () => {
    stubLayout();
    const { bridge } = renderApp(fixture);
    await screen.findByTestId('entry-count');
    const before = bridge.calls.filter((c) => c.channel === 'analysis.get').length;
    await act(async () => bridge.emit('case.changed', summaryOf(fixture)));
    await waitFor(() => expect(bridge.calls.filter((c) => c.channel === 'analysis.get').length).toBe(before + 1));
  });

  it('goes to the import view with files opened from the OS', async () => {
    stubLayout();
    const { bridge } = renderApp(fixture, { 'import.preview': () => [] });
    await screen.findByTestId('entry-count');
    await act(async () => bridge.emit('files.opened', { paths: ['/returns/police.csv'] }));
    await waitFor(() => expect(bridge.calls.some((c) => c.channel === 'import.preview')).toBe(true));
    expect(screen.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe('true');
  });

  describe('File → Export', () => {
    async function exportFromMenu(extra: Parameters<typeof renderApp>[1]) {
      stubLayout();
      const { bridge } = renderApp(fixture, extra);
      await screen.findByTestId('entry-count');
      await act(async () => bridge.emit('menu', { command: 'export-json' }));
      return bridge;
    }

    it('asks where to save the analysis, writes it, and says so calmly', async () => {
      const bridge = await exportFromMenu({ 'dialog.saveFile': () => '/reports/Test case - analysis.json', 'analysis.export': (r) => ({ path: (r as { path: string }).path, entries: 8, gaps: 2 }) });
      expect(await screen.findByText('Exported the analysis, 8 entries and 2 findings, to /reports/Test case - analysis.json.')).toBeTruthy();
      expect(bridge.calls.find((c) => c.channel === 'dialog.saveFile')?.request).toEqual({ purpose: 'analysis-json', suggestedName: 'Test case - analysis' });
      expect(bridge.calls.find((c) => c.channel === 'analysis.export')?.request).toEqual({ path: '/reports/Test case - analysis.json' });
      expect(screen.getByRole('status').textContent).toContain('Exported the analysis');
    });

    it('does nothing when the dialog is cancelled', async () => {
      const bridge = await exportFromMenu({ 'dialog.saveFile': () => null, 'analysis.export': () => ({ path: 'x', entries: 0, gaps: 0 }) });
      await waitFor(() => expect(bridge.calls.some((c) => c.channel === 'dialog.saveFile')).toBe(true));
      expect(bridge.calls.some((c) => c.channel === 'analysis.export')).toBe(false);
      expect(screen.queryByText(/Exported/)).toBeNull();
    });

    it('shows why it could not be written', async () => {
      await exportFromMenu({
        'dialog.saveFile': () => '/read-only/analysis.json',
        'analysis.export': () => {
          throw { kind: 'failed', message: 'Could not write /read-only/analysis.json: permission denied.' };
        },
      });
      expect((await screen.findByRole('alert')).textContent).toMatch(/^The analysis was not exported: Could not write \/read-only\/analysis\.json: permission denied\. Nothing in the case has changed\./);
    });

    it('can be asked for from the findings view too', async () => {
      stubLayout();
      const { bridge } = renderApp(fixture, { 'dialog.saveFile': () => null });
      await screen.findByTestId('entry-count');
      fireEvent.click(screen.getByRole('tab', { name: 'Findings' }));
      fireEvent.click(screen.getByRole('button', { name: 'Export the analysis…' }));
      await waitFor(() => expect(bridge.calls.find((c) => c.channel === 'dialog.saveFile')?.request).toEqual({ purpose: 'analysis-json', suggestedName: 'Test case - analysis' }));
    });
  });
});
