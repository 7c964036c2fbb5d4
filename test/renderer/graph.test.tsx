// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { GapGraphView } from '../../renderer/views/GapGraph/GapGraphView.tsx';
import { fixture } from '../shared/views/fixtures.ts';
import { findingsCase } from './findings-core.ts';
import { renderWithCase, stubLayout } from './support.tsx';

afterEach(cleanup);
beforeEach(() => stubLayout());

describe('the gap graph', () => {
  it('draws a node per agency, the MASH as the hub, contact and gap edges with labels', () => {
    const { container } = renderWithCase(<GapGraphView />, fixture);
    const nodes = [...container.querySelectorAll('g.node')].map((n) => n.getAttribute('data-agency'));
    expect(nodes).toEqual(expect.arrayContaining(['police', 'csc', 'mash', 'gp', 'school', 'adult-mh']));
    expect(container.querySelector('g.node[data-agency="mash"]')!.getAttribute('aria-label')).toMatch(/the hub/);
    const pm = container.querySelector('g.edge[data-edge="police~mash"]')!;
    expect(pm.querySelector('text')!.textContent).toBe('2');
    const codes = [...container.querySelectorAll('g.gap-label text')].map((t) => t.textContent);
    expect(codes).toEqual(['G2', 'G6', 'G6']);
    expect(container.querySelector('g.node[data-agency="adult-mh"] .badge text')!.textContent).toBe('staff from ASC');
    expect(container.querySelector('svg')!.getAttribute('data-layout-ms')).toMatch(/^\d+\.\d$/);
  });

  it('lists an edge’s evidence on Enter, and selecting one selects the entry', () => {
    const { container } = renderWithCase(<GapGraphView />, fixture);
    const edge = container.querySelector<SVGGElement>('g.edge[data-edge="police~mash"]')!;
    expect(edge.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(edge, { key: 'Enter' });
    const side = container.querySelector<HTMLElement>('.graph-side')!;
    expect(within(side).getByRole('heading').textContent).toBe('Police and Multi-agency safeguarding hub');
    const items = within(side).getAllByRole('button', { pressed: false });
    expect(items.map((b) => b.textContent)).toEqual([expect.stringContaining('police.csv#1'), expect.stringContaining('mash.csv#1')]);
    fireEvent.click(items[0]!);
    expect(within(side).getAllByRole('button', { pressed: true })[0]!.textContent).toContain('police.csv#1');
  });

  it('shows a gap edge’s explanation when it is clicked', () => {
    const { container } = renderWithCase(<GapGraphView />, fixture);
    fireEvent.click(container.querySelector('g.edge--gap[data-edge="gaps:csc>gp"] path')!);
    expect(screen.getByRole('heading', { name: "From Children's social care to GP practice" })).toBeTruthy();
    expect(screen.getByText('The strategy discussion was held without the GP or the school.')).toBeTruthy();
    expect(screen.getByText('Also to School or nursery.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open this finding' })).toBeTruthy();
  });

  it('keeps only contacts and gaps up to the slider’s date', () => {
    const { container } = renderWithCase(<GapGraphView />, fixture);
    const slider = screen.getByLabelText('Show what had happened up to');
    fireEvent.change(slider, { target: { value: '1' } }); // the second distinct day: 14 Mar 2023
    expect(screen.getByText('14 Mar 2023', { selector: 'output' })).toBeTruthy();
    expect([...container.querySelectorAll('g.edge')].map((e) => e.getAttribute('data-edge'))).toEqual(['police~mash']);
  });

  it('draws the findings that stand, with their edits, and never a rejected one', () => {
    const [g1, g2, g6] = findingsCase.gaps;
    const decision = (d: 'accepted' | 'rejected' | 'edited') => ({ decision: d, reason: 'r', by: 'A', at: '2024-05-02T10:15:00Z' });
    const analysis = { ...findingsCase, gaps: [{ ...g1!, decision: decision('accepted') }, { ...g6!, code: 'G7' as const, to: ['health-visiting'], decision: decision('edited') }], rejectedGaps: [{ ...g2!, decision: decision('rejected') }] };
    const { container } = renderWithCase(<GapGraphView />, analysis);
    const edges = [...container.querySelectorAll('g.edge--gap')].map((e) => `${e.getAttribute('data-edge')} ${e.getAttribute('data-codes')}`);
    expect(edges).toEqual(['gaps:police>health-visiting G1', 'gaps:csc>health-visiting G7']);
    expect(container.querySelector('g.edge--gap path.edge__line')!.getAttribute('stroke-dasharray')).toBe('7 5');
  });

  it('draws the findings from one agency to another as one curve with their codes, and lists each', () => {
    const [g1] = findingsCase.gaps;
    const second = { ...g1!, id: 'g1-dddd', code: 'G5' as const, explanation: 'Police told the health visitor a month late.' };
    const third = { ...g1!, id: 'g1-eeee', explanation: 'Police knew of a second incident and did not tell the health visitor.' };
    const { container } = renderWithCase(<GapGraphView />, { ...findingsCase, gaps: [g1!, second, third] });
    const curve = container.querySelector<SVGGElement>('g.edge--gap[data-edge="gaps:police>health-visiting"]')!;
    expect(container.querySelectorAll('g.edge--gap')).toHaveLength(1);
    expect(curve.getAttribute('data-codes')).toBe('G1 G5');
    expect(container.querySelector('g.gap-label[data-edge="gaps:police>health-visiting"] text')!.textContent).toBe('G1 G5');
    expect(curve.getAttribute('data-findings')).toBe('3');
    expect(curve.getAttribute('aria-label')).toBe('3 findings from Police to Health visiting: G1 Known but not passed on; G5 Shared late or only in part. Press Enter to see them.');
    expect(curve.querySelector('path.edge__arrow')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L.*Z$/);
    fireEvent.keyDown(curve, { key: 'Enter' });
    expect(screen.getAllByRole('button', { name: 'Open this finding' })).toHaveLength(3);
    expect(screen.getByText('Police told the health visitor a month late.')).toBeTruthy();
    // A click on the label opens the same findings.
    fireEvent.click(container.querySelector('g.gap-label[data-edge="gaps:police>health-visiting"] rect')!);
    expect(screen.getByRole('heading', { name: 'From Police to Health visiting' })).toBeTruthy();
  });
});
