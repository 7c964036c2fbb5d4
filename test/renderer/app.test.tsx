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

  it('says calmly that the sample case is not there yet, while the channel is missing', async () => {
    const { bridge } = renderApp(null);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the sample case' }));
    expect(await screen.findByText(/sample case is not available in this version yet/)).toBeTruthy();
    expect(bridge.calls.map((c) => c.channel)).toContain('sample.locate');
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
});
