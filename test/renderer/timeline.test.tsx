// @vitest-environment jsdom
/**
 * The timeline host: one draw per animation frame however many things ask
 * for one, no element per entry, keyboard movement and selection, and the
 * same hit-testing the layout tests check, through a click.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { involvedAgencies } from '../../shared/views/agencies.ts';
import { agencyPalette, fallbackStyle } from '../../shared/views/palette.ts';
import { buildTimelineModel } from '../../shared/views/timeline-model.ts';
import type { TimelineFrame } from '../../renderer/draw/timeline.ts';
import { TimelineCanvas } from '../../renderer/views/Timeline/TimelineCanvas.tsx';
import { TimelineView } from '../../renderer/views/Timeline/TimelineView.tsx';
import { fixture } from '../shared/views/fixtures.ts';
import { findingsCase } from './findings-core.ts';
import { manualFrames, renderWithCase, stubCanvas, stubLayout } from './support.tsx';

afterEach(cleanup);
beforeEach(() => {
  stubLayout();
  stubCanvas();
});

const agencies = involvedAgencies(fixture);
const palette = agencyPalette(agencies.map((a) => a.id));
const styleOf = (a: string) => palette.get(a) ?? fallbackStyle(a);
const model = buildTimelineModel(fixture.entries, fixture.gaps, agencies);

function host(overrides: Partial<Parameters<typeof TimelineCanvas>[0]> = {}) {
  const draw = vi.fn<(ctx: CanvasRenderingContext2D, frame: TimelineFrame) => void>();
  const onSelectEntry = vi.fn<(ref: string) => void>();
  const props = {
    model,
    styleOf,
    selectedRef: null,
    selectedGap: null,
    initialRange: null,
    onSelectEntry,
    onSelectGap: () => undefined,
    onRangeChange: () => undefined,
    describeMark: (k: number) => `mark ${model.marks[k]?.ref}`,
    describeGap: () => 'gap',
    draw,
    ...overrides,
  };
  const utils = render(<TimelineCanvas {...props} />);
  return { ...utils, draw, onSelectEntry, props };
}

describe('the timeline canvas', () => {
  it('draws once per animation frame, however many redraws were asked for', () => {
    const frames = manualFrames();
    const { draw, rerender, props } = host();
    const afterMount = draw.mock.calls.length;
    expect(afterMount).toBeGreaterThan(0); // the zoom set-up paints at once, so the first frame is never blank
    // Many reasons to redraw before the next frame: re-renders and key presses.
    rerender(<TimelineCanvas {...props} selectedRef="gp.csv#1" />);
    rerender(<TimelineCanvas {...props} selectedRef="gp.csv#2" />);
    const plot = document.querySelector<HTMLElement>('.timeline-focus')!;
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(draw.mock.calls.length).toBe(afterMount);
    act(() => void frames.flush());
    expect(draw.mock.calls.length).toBe(afterMount + 1);
    expect(frames.flush()).toBe(0);
    expect(draw.mock.calls.length).toBe(afterMount + 1);
  });

  it('draws every mark from one call, with no element per entry', () => {
    const frames = manualFrames();
    const { draw, container } = host();
    act(() => void frames.flush());
    const frame = draw.mock.calls.at(-1)![1];
    expect(frame.visible.points.length + frame.visible.ranges.length + frame.visible.buckets.reduce((n, b) => n + b.count, 0)).toBe(model.marks.length);
    expect(container.querySelectorAll('[data-ref]')).toHaveLength(0);
    expect(container.querySelectorAll('canvas')).toHaveLength(1);
    // One label per lane, in the DOM, for reading and for the e2e check.
    expect([...container.querySelectorAll('.lane-labels__lane')].map((e) => e.getAttribute('data-agency'))).toEqual(model.layout.lanes.map((l) => l.agency));
  });

  it('moves between entries with the arrow keys, announces them, and selects with Enter', () => {
    manualFrames();
    const { onSelectEntry } = host();
    const plot = document.querySelector<HTMLElement>('.timeline-focus')!;
    plot.focus();
    fireEvent.keyDown(plot, { key: 'Home' });
    const first = model.marks[0]!.ref;
    expect(screen.getByText(`mark ${first}`)).toBeTruthy();
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    const lane = model.laneMarks[model.marks[0]!.lane]!;
    const next = lane.length > 1 ? model.marks[lane[1]!]!.ref : first;
    expect(screen.getByText(`mark ${next}`)).toBeTruthy();
    fireEvent.keyDown(plot, { key: 'Enter' });
    expect(onSelectEntry).toHaveBeenCalledWith(next);
  });

  it('zooms with + and − and with the buttons, and says what span it shows', () => {
    manualFrames();
    const onRangeChange = vi.fn();
    host({ onRangeChange });
    const before = screen.getByTestId('timeline-range').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByTestId('timeline-range').textContent).not.toBe(before);
    expect(onRangeChange).toHaveBeenCalled();
    const [range] = onRangeChange.mock.calls.at(-1)!;
    const whole = model.extent!;
    expect(range.end - range.start).toBeLessThan(whole.end - whole.start);
    expect(screen.getByTestId('timeline-range').textContent).toMatch(/^Showing \d{1,2} \w{3} \d{4} – \d{1,2} \w{3} \d{4}/);
    const plot = document.querySelector<HTMLElement>('.timeline-focus')!;
    fireEvent.keyDown(plot, { key: '-' });
    fireEvent.keyDown(plot, { key: '-' });
    const [wider] = onRangeChange.mock.calls.at(-1)!;
    expect(wider.end - wider.start).toBeGreaterThan(range.end - range.start);
  });
});

describe('the timeline view', () => {
  it('says how many entries are drawn and how many undated ones are not', () => {
    manualFrames();
    renderWithCase(<TimelineView />, fixture);
    expect(screen.getByText(/7 entries on the timeline/)).toBeTruthy();
    expect(screen.getByText(/1 undated entry is not shown/)).toBeTruthy();
    expect(screen.getByLabelText('Key')).toBeTruthy();
  });

  it('marks the findings that stand, with their edited codes, and never a rejected one', () => {
    const [g1, g2, g6] = findingsCase.gaps;
    const decision = (d: 'accepted' | 'rejected' | 'edited') => ({ decision: d, reason: 'r', by: 'A', at: '2024-05-02T10:15:00Z' });
    const analysis = { ...findingsCase, gaps: [{ ...g1!, decision: decision('accepted') }, { ...g6!, code: 'G7' as const, to: ['housing'], decision: decision('edited') }], rejectedGaps: [{ ...g2!, decision: decision('rejected') }] };
    const { container } = renderWithCase(<TimelineView />, analysis);
    expect([...container.querySelectorAll('line.overview__gap')].map((l) => l.getAttribute('data-code'))).toEqual(['G1', 'G7']);
    expect(screen.getByRole('group', { name: /with 2 findings marked/ })).toBeTruthy();
    // The edited receiver gets a lane for the gap's dashed line to land on.
    expect([...container.querySelectorAll('.lane-labels__lane')].map((e) => e.getAttribute('data-agency'))).toContain('housing');
  });
});
