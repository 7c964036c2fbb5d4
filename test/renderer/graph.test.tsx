// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { GapGraphView } from '../../renderer/views/GapGraph/GapGraphView.tsx';
import { fixture } from '../shared/views/fixtures.ts';
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
    const codes = [...container.querySelectorAll('g.edge--gap text')].map((t) => t.textContent);
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
    fireEvent.click(container.querySelector('g.edge--gap[data-edge="gap1:gp"] path')!);
    expect(screen.getByText('The strategy discussion was held without the GP or the school.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open this finding' })).toBeTruthy();
  });

  it('keeps only contacts and gaps up to the slider’s date', () => {
    const { container } = renderWithCase(<GapGraphView />, fixture);
    const slider = screen.getByLabelText('Show what had happened up to');
    fireEvent.change(slider, { target: { value: '1' } }); // the second distinct day: 14 Mar 2023
    expect(screen.getByText('14 Mar 2023', { selector: 'output' })).toBeTruthy();
    expect([...container.querySelectorAll('g.edge')].map((e) => e.getAttribute('data-edge'))).toEqual(['police~mash']);
  });
});
