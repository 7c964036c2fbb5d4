// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { FindingsView } from '../../renderer/views/Findings/FindingsView.tsx';
import { KnowledgeView } from '../../renderer/views/Knowledge/KnowledgeView.tsx';
import { fixture } from '../shared/views/fixtures.ts';
import { renderWithCase, stubLayout } from './support.tsx';

afterEach(cleanup);
beforeEach(() => stubLayout());

describe('findings', () => {
  it('explains, when there are none yet, what will appear here', () => {
    renderWithCase(<FindingsView />, { ...fixture, gaps: [] });
    expect(screen.getByTestId('findings-empty')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No findings yet' })).toBeTruthy();
  });

  it('lists each gap in plain words with its agencies and clickable evidence', () => {
    renderWithCase(<FindingsView />, fixture);
    expect(screen.getByTestId('findings-count').textContent).toBe('2 findings');
    const g6 = screen.getByRole('article', { name: 'Meeting held without a key agency' });
    expect(within(g6).getByText('The strategy discussion was held without the GP or the school.')).toBeTruthy();
    expect(within(g6).getByText('20 Apr 2023', { selector: 'span.muted, .muted *' , exact: false })).toBeTruthy();
    const evidence = within(g6).getByRole('button', { name: /csc\.xlsx#1/ });
    fireEvent.click(evidence);
    expect(evidence.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'G2 (1)' }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('records a decision with a reason through the adapter, and shows who and when', async () => {
    const { bridge } = renderWithCase(<FindingsView />, fixture, { 'gaps.decide': () => ({ decision: 'rejected', reason: 'GP was invited', by: 'A. Reviewer', at: '2024-05-02T10:15:00Z' }) });
    const g6 = screen.getByRole('article', { name: 'Meeting held without a key agency' });
    fireEvent.click(within(g6).getByRole('button', { name: 'Reject…' }));
    fireEvent.change(within(g6).getByLabelText('Why is this not a gap?'), { target: { value: 'GP was invited' } });
    await act(async () => {
      fireEvent.click(within(g6).getByRole('button', { name: 'Reject the finding' }));
    });
    expect((await within(g6).findByRole('status')).textContent).toBe('Rejected by A. Reviewer on 2 May 2024 at 10:15: “GP was invited”');
    expect(bridge.calls.find((c) => c.channel === 'gaps.decide')?.request).toMatchObject({ decision: 'rejected', reason: 'GP was invited', gap: { index: 1, code: 'G6', from: 'csc' } });
  });

  it('says calmly that decisions cannot be saved yet while the channel is missing', async () => {
    renderWithCase(<FindingsView />, fixture);
    const g2 = screen.getByRole('article', { name: 'Sent but not received or not recorded' });
    fireEvent.click(within(g2).getByRole('button', { name: 'Accept…' }));
    await act(async () => {
      fireEvent.click(within(g2).getByRole('button', { name: 'Accept the finding' }));
    });
    expect((await within(g2).findByRole('alert')).textContent).toMatch(/not available in this version of Threadline yet/);
  });
});

describe('who knew what, when', () => {
  it('shows the first date each agency knew of each concern, and how', () => {
    renderWithCase(<KnowledgeView />, fixture);
    const table = screen.getByRole('table', { name: 'Who knew what, when' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Agency', 'Domestic abuse', 'Parental mental health', 'Injury', 'Neglect']);
    expect(within(table).getByRole('button', { name: 'Police knew of injury from 20 Apr 2023, at CSC’s meeting' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Multi-agency safeguarding hub knew of domestic abuse from 15 Mar 2023, told by Police' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'GP practice: no record of domestic abuse' }).textContent).toBe('—');
  });

  it('is one tab stop with arrow keys between cells', () => {
    renderWithCase(<KnowledgeView />, fixture);
    const cells = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-cell'));
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    cells[0]!.focus();
    fireEvent.keyDown(cells[0]!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('0-1');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-1');
  });
});
