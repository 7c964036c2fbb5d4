/**
 * The timeline: one swimlane per agency, grouped, with entries as marks,
 * vague dates as ranges, contacts as arrows and gaps as dashed markers. It
 * follows the chronology's filters, and shares the selection and the span in
 * view with the other views.
 */
import { useCallback, useMemo } from 'react';

import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatFuzzyDate } from '../../../shared/dates/index.ts';
import { gapTitle } from '../../../shared/views/labels.ts';
import { GAP_COLOUR, MARK_OUTLINE, shapePath } from '../../../shared/views/palette.ts';
import { msToIso } from '../../../shared/views/time.ts';
import { buildTimelineModel } from '../../../shared/views/timeline-model.ts';
import { isFiltering } from '../../../shared/views/filter.ts';
import { useAppState, useCaseData, useDispatch, useFiltered } from '../../state/store.tsx';
import { TimelineCanvas, type TimeRange } from './TimelineCanvas.tsx';

function excerpt(text: string, n = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export function TimelineView() {
  const data = useCaseData();
  const indices = useFiltered();
  const { selection, timeRange, filters, search } = useAppState();
  const dispatch = useDispatch();
  const model = useMemo(() => (data ? buildTimelineModel(data.entries, data.analysis.gaps, data.agencies, indices) : null), [data, indices]);

  const onSelectEntry = useCallback((ref: string) => dispatch({ type: 'select/entry', ref }), [dispatch]);
  const onSelectGap = useCallback(
    (gap: number) => {
      dispatch({ type: 'select/gap', gap });
      dispatch({ type: 'view', view: 'findings' });
    },
    [dispatch],
  );
  const onRangeChange = useCallback((range: TimeRange) => dispatch({ type: 'timeRange', range }), [dispatch]);
  const describeMark = useCallback(
    (k: number) => {
      const m = model?.marks[k];
      const e = m ? data?.entries[m.entry] : undefined;
      if (!m || !e) return '';
      return `${formatFuzzyDate(e.date)}${e.time ? ` ${e.time}` : ''}, ${agencyInfo(e.agency).label}: ${excerpt(e.text)} (${e.ref})`;
    },
    [model, data],
  );
  const describeGap = useCallback(
    (gi: number) => {
      const g = data?.analysis.gaps[gi];
      return g ? `${g.code}: ${gapTitle(g.code)}. ${excerpt(g.explanation)} Click to open the finding.` : '';
    },
    [data],
  );
  if (!data || !model) return null;

  const filtering = isFiltering({ ...filters, refs: search.hits ? new Set() : null });
  const showPeriod = () => {
    if (!timeRange) return;
    dispatch({ type: 'filters/set', filters: { from: msToIso(timeRange.start), to: msToIso(timeRange.end - 1) } });
    dispatch({ type: 'view', view: 'chronology' });
  };

  return (
    <div className="timeline">
      <div className="view-status">
        <span>
          {model.marks.length.toLocaleString('en-GB')} entries on the timeline
          {filtering ? ' (filtered in the chronology)' : ''}
          {model.undated ? ` · ${model.undated} undated ${model.undated === 1 ? 'entry is' : 'entries are'} not shown` : ''}
        </span>
        {timeRange ? (
          <button type="button" className="link" onClick={showPeriod}>
            List this period in the chronology
          </button>
        ) : null}
      </div>
      <TimelineCanvas
        model={model}
        styleOf={data.styleOf}
        selectedRef={selection.ref}
        selectedGap={selection.gap}
        initialRange={timeRange}
        onSelectEntry={onSelectEntry}
        onSelectGap={onSelectGap}
        onRangeChange={onRangeChange}
        describeMark={describeMark}
        describeGap={describeGap}
      />
      <TimelineLegend />
    </div>
  );
}

/** What the marks mean, in words and pictures: findings first (what the view is for), then shapes by group, ranges and arrows. */
function TimelineLegend() {
  const groups: Array<[string, Parameters<typeof shapePath>[0]]> = [
    ['Police', 'square'],
    ["Children's social care", 'circle'],
    ['Health', 'triangle'],
    ['Education', 'diamond'],
    ['Adult services', 'triangle-down'],
    ['Others', 'hexagon'],
  ];
  return (
    <div className="legend" aria-label="Key">
      <span className="legend__item">
        <svg width={30} height={16} aria-hidden="true">
          <rect x={1} y={1} width={28} height={14} rx={3} fill={GAP_COLOUR} />
          <text x={15} y={11.5} textAnchor="middle" fontSize={10} fontWeight="bold" fill="#FFFFFF">
            G1
          </text>
        </svg>
        Finding (gap), dashed line to the agencies not told
      </span>
      {groups.map(([label, s]) => (
        <span key={label} className="legend__item">
          <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
            <path d={shapePath(s, 6, 6, 5)} fill="#FFFFFF" stroke={MARK_OUTLINE} strokeWidth={1.2} />
          </svg>
          {label}
        </span>
      ))}
      <span className="legend__item">
        <svg width={26} height={12} aria-hidden="true">
          <rect x={1} y={2} width={24} height={8} fill="#0072B2" fillOpacity={0.3} stroke={MARK_OUTLINE} />
        </svg>
        Date known only roughly (a span)
      </span>
      <span className="legend__item">
        <svg width={12} height={12} aria-hidden="true">
          <circle cx={6} cy={6} r={4.5} fill="#FFFFFF" stroke="#0072B2" strokeWidth={2.5} />
        </svg>
        Date uncertain (hollow)
      </span>
      <span className="legend__item">
        <svg width={14} height={22} aria-hidden="true">
          <line x1={7} y1={1} x2={7} y2={18} stroke="#3E4C59" strokeWidth={1.25} />
          <path d="M3,14 L7,20 L11,14 Z" fill="#3E4C59" />
        </svg>
        Contact (arrow to the receiver)
      </span>
      <span className="legend__item">
        <svg width={14} height={22} aria-hidden="true">
          <line x1={7} y1={1} x2={7} y2={18} stroke="#3E4C59" strokeWidth={1.25} strokeDasharray="4 3" />
          <path d="M3,14 L7,20 L11,14" fill="none" stroke="#3E4C59" />
        </svg>
        Tried, not made (dashed)
      </span>

    </div>
  );
}
