// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixture } from '../shared/views/fixtures.ts';
import { renderApp, stubLayout } from './support.tsx';

afterEach(cleanup);
beforeEach(() => stubLayout());

const rows = () => screen.getAllByRole('row').filter((r) => r.getAttribute('data-ref'));

describe('the chronology', () => {
  it('renders a row per entry with date, agency label, contacts and concerns', async () => {
    renderApp(fixture);
    await screen.findByTestId('entry-count');
    expect(rows()).toHaveLength(8);
    const police = rows().find((r) => r.getAttribute('data-ref') === 'police.csv#1')!;
    expect(within(police).getByText('14 Mar 2023')).toBeTruthy();
    expect(within(police).getByText('23:40')).toBeTruthy();
    expect(within(police).getByText('Police')).toBeTruthy();
    expect(within(police).getByRole('img', { name: 'Notification to Multi-agency safeguarding hub' })).toBeTruthy();
    expect(within(police).getByText('Domestic abuse')).toBeTruthy();
  });

  it('marks uncertain dates with a "?" badge and vague ones as spans, and strikes through negated contacts', async () => {
    renderApp(fixture);
    await screen.findByTestId('entry-count');
    const amhp = rows().find((r) => r.getAttribute('data-ref') === 'cmht.xlsx#1')!;
    expect(within(amhp).getByLabelText('date uncertain').textContent).toBe('?');
    const spring = rows().find((r) => r.getAttribute('data-ref') === 'gp.csv#1')!;
    expect(within(spring).getByText('Spring 2023').closest('[title]')?.getAttribute('title')).toMatch(/between 1 Mar 2023 and 31 May 2023/);
    const strategy = rows().find((r) => r.getAttribute('data-ref') === 'csc.xlsx#1')!;
    const negated = within(strategy).getByRole('img', { name: /^Not done: information shared to GP practice/ });
    expect(negated.className).toContain('chip--negated');
    expect(rows().find((r) => r.getAttribute('data-ref') === 'mash.csv#1')!.textContent).toContain('Same event as police.csv#1');
  });

  it('filters by agency, concern, contact and finding, and says how many are shown', async () => {
    renderApp(fixture);
    await screen.findByTestId('entry-count');
    fireEvent.change(screen.getByLabelText('Agency'), { target: { value: 'gp' } });
    expect(screen.getByTestId('entry-count').textContent).toBe('2 of 8 entries');
    expect(rows().map((r) => r.getAttribute('data-ref'))).toEqual(['gp.csv#1', 'gp.csv#2']);
    fireEvent.change(screen.getByLabelText('Agency'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Concern'), { target: { value: 'injury' } });
    expect(rows().map((r) => r.getAttribute('data-ref'))).toEqual(['csc.xlsx#1']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Contacts'), { target: { value: 'police' } });
    expect(screen.getByTestId('entry-count').textContent).toBe('2 of 8 entries');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.click(screen.getByLabelText('Cited by a finding'));
    expect(rows().map((r) => r.getAttribute('data-ref'))).toEqual(['gp.csv#2', 'csc.xlsx#1']);
  });

  it('reads typed dates the UK way for the date range', async () => {
    renderApp(fixture);
    await screen.findByTestId('entry-count');
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: 'April 2023' } });
    fireEvent.blur(from);
    expect((from as HTMLInputElement).value).toBe('1 Apr 2023');
    const to = screen.getByLabelText('To');
    fireEvent.change(to, { target: { value: '30/04/2023' } });
    fireEvent.blur(to);
    expect(rows().map((r) => r.getAttribute('data-ref'))).toEqual(['gp.csv#1', 'gp.csv#2', 'csc.xlsx#1']);
    fireEvent.change(to, { target: { value: 'not a date' } });
    fireEvent.blur(to);
    expect(screen.getByText(/Type a date such as/)).toBeTruthy();
  });

  it('searches in the core and marks the hits as <mark>, never as HTML', async () => {
    renderApp(fixture, {
      'entries.search': () => [{ ref: 'school.txt#1', snippet: [{ text: 'Child seemed ', hit: false }, { text: '<b>withdrawn</b>', hit: true }] }],
    });
    await screen.findByTestId('entry-count');
    fireEvent.change(screen.getByLabelText('Search the text'), { target: { value: 'withdrawn' } });
    await waitFor(() => expect(screen.getByTestId('entry-count').textContent).toBe('1 of 8 entries'), { timeout: 2000 });
    const row = rows()[0]!;
    const mark = row.querySelector('mark')!;
    expect(mark.textContent).toBe('<b>withdrawn</b>');
    expect(row.querySelector('b')).toBeNull();
  });

  it('moves the active row with the arrow keys and selects it with Enter, opening the detail and its source row', async () => {
    renderApp(fixture);
    await screen.findByTestId('entry-count');
    const grid = screen.getByRole('grid', { name: 'Chronology' });
    grid.focus();
    expect(grid.getAttribute('aria-activedescendant')).toBe('chron-row-0');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const active = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(active.className).toContain('row--active');
    const ref = active.getAttribute('data-ref')!;
    fireEvent.keyDown(grid, { key: 'Enter' });
    const panel = await screen.findByRole('complementary');
    expect(within(panel).getByText(ref)).toBeTruthy();
    fireEvent.click(await within(panel).findByRole('button', { name: 'Open the source row' }));
    expect(within(panel).getByRole('table')).toBeTruthy();
    fireEvent.keyDown(grid, { key: 'End' });
    expect(document.getElementById(grid.getAttribute('aria-activedescendant')!)!.getAttribute('data-ref')).toBe('school.txt#2');
  });

  it('keeps an edit in the form, with a calm message, while the correction channels are missing', async () => {
    renderApp(fixture);
    await screen.findByTestId('entry-count');
    fireEvent.click(rows()[0]!);
    const panel = await screen.findByRole('complementary');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit entry' }));
    const text = within(panel).getByLabelText('What happened') as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: 'Corrected text' } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    });
    expect(await within(panel).findByRole('alert')).toBeTruthy();
    expect(within(panel).getByRole('alert').textContent).toMatch(/not available in this version of Threadline yet\. Nothing has changed/);
    expect(text.value).toBe('Corrected text');
  });

  it('saves corrected concerns through concerns.correct and shows the entry as the core returns it', async () => {
    const police = fixture.entries[0]!;
    const { bridge } = renderApp(fixture, {
      'concerns.correct': (r) => ({ ...police, concerns: (r as { concerns: string[] }).concerns }),
      'corrections.list': () => [{ id: 1, ref: police.ref, kind: 'concern', op: 'set', payload: null, author: 'A. Reviewer', createdAt: '2024-05-02T10:00:00Z', orphaned: false }],
    });
    await screen.findByTestId('entry-count');
    fireEvent.click(rows().find((r) => r.getAttribute('data-ref') === police.ref)!);
    const panel = await screen.findByRole('complementary');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit entry' }));
    fireEvent.click(within(panel).getByLabelText('Neglect'));
    fireEvent.change(within(panel).getByLabelText('Why are you changing this?'), { target: { value: 'The record describes neglect' } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    });
    await waitFor(() => expect(within(rows().find((r) => r.getAttribute('data-ref') === police.ref)!).queryByText('Neglect')).toBeTruthy());
    expect(bridge.calls.find((c) => c.channel === 'concerns.correct')?.request).toEqual({ ref: police.ref, concerns: ['domestic-abuse', 'neglect'], reason: 'The record describes neglect' });
    expect(bridge.calls.some((c) => c.channel === 'entries.update' || c.channel === 'contacts.correct')).toBe(false);
    expect(await within(screen.getByRole('complementary')).findByText(/concerns \(set\) by A\. Reviewer, 2 May 2024/)).toBeTruthy();
  });

  it('asks for a time it can read before sending anything', async () => {
    const { bridge } = renderApp(fixture, { 'entries.update': () => fixture.entries[0] });
    await screen.findByTestId('entry-count');
    fireEvent.click(rows()[0]!);
    const panel = await screen.findByRole('complementary');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit entry' }));
    fireEvent.change(within(panel).getByLabelText('Time'), { target: { value: '2040hrs' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/for example 14:30/);
    expect(bridge.calls.some((c) => c.channel === 'entries.update')).toBe(false);
  });
});
