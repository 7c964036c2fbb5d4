/**
 * The gap graph: agencies as nodes, contacts between them as edges (thicker
 * for more), findings as dashed edges labelled with their code. A slider
 * limits it to what had happened by a date. Choosing an edge lists the
 * entries it rests on; choosing one of those selects it everywhere.
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatFuzzyDate } from '../../../shared/dates/index.ts';
import type { AgencyId } from '../../../shared/model.ts';
import { plural } from '../../../shared/text/plural.ts';
import { buildGapGraph } from '../../../shared/views/graph.ts';
import { gapTitle } from '../../../shared/views/labels.ts';
import { buildGraphScene, drawGapGraph, timedLayout, type GraphScene } from '../../draw/gapGraph.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { DateText } from '../../components/DateText.tsx';
import { UntilSlider, useUntil } from '../../components/UntilSlider.tsx';
import { useElementWidth } from '../../hooks/useElementWidth.ts';
import type { CaseData } from '../../state/caseData.ts';
import { useAppState, useCaseData, useDispatch } from '../../state/store.tsx';

const GRAPH_HEIGHT = 560;

/** React owns the <svg>; drawGapGraph paints it. Keys and clicks are delegated from here. */
const GraphCanvas = memo(function GraphCanvas({
  scene,
  activeEdge,
  selectedAgency,
  layoutMs,
  onEdge,
  onAgency,
}: {
  scene: GraphScene;
  activeEdge: string | null;
  selectedAgency: AgencyId | null;
  layoutMs: number;
  onEdge: (id: string) => void;
  onAgency: (id: AgencyId) => void;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (svgRef.current) drawGapGraph(svgRef.current, scene, { activeEdge, selectedAgency });
  }, [scene, activeEdge, selectedAgency]);

  const activate = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest('[data-edge],[data-agency]') : null;
    if (!el) return;
    const edge = el.getAttribute('data-edge');
    const agency = el.getAttribute('data-agency');
    if (edge) onEdge(edge);
    else if (agency) onAgency(agency);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(e.target);
    }
  };
  return (
    <svg
      ref={svgRef}
      className="gap-graph"
      role="group"
      aria-label="Gap graph. Tab to an agency or a line between agencies; press Enter to see the entries behind it."
      data-layout-ms={layoutMs.toFixed(1)}
      data-testid="gap-graph"
      onClick={(e: MouseEvent<SVGSVGElement>) => activate(e.target)}
      onKeyDown={onKeyDown}
    />
  );
});

function excerpt(text: string, n = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function EvidenceList({ refs, data, onSelect, selectedRef }: { refs: readonly string[]; data: CaseData; onSelect: (ref: string) => void; selectedRef: string | null }) {
  return (
    <ol className="evidence">
      {refs.map((ref) => {
        const e = data.entries[data.indexByRef.get(ref) ?? -1];
        return (
          <li key={ref}>
            <button type="button" className={`evidence__item${ref === selectedRef ? ' evidence__item--selected' : ''}`} onClick={() => onSelect(ref)} aria-pressed={ref === selectedRef}>
              {e ? (
                <>
                  <span className="evidence__meta">
                    <DateText date={e.date} /> · <AgencyLabel agency={e.agency} short /> · <span className="ref">{ref}</span>
                  </span>
                  <span className="evidence__text">{excerpt(e.text)}</span>
                </>
              ) : (
                <span className="ref">{ref} (not in this case)</span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function GapGraphView() {
  const data = useCaseData();
  const { selection } = useAppState();
  const dispatch = useDispatch();
  const boxRef = useRef<HTMLDivElement>(null);
  // Below about 600 pixels the labels collide; the box scrolls instead.
  const width = Math.max(600, useElementWidth(boxRef, 900));
  const publicId = useId();
  const [activeEdge, setActiveEdge] = useState<string | null>(null);
  const [includePublic, setIncludePublic] = useState(false);
  const analysis = data?.analysis ?? null;

  const untilChoice = useUntil(analysis);
  const { until } = untilChoice;

  // Positions from the whole case, so nodes stay put while the slider moves.
  const whole = useMemo(() => (analysis ? buildGapGraph(analysis, null, { includePublic }) : null), [analysis, includePublic]);
  const laidOut = useMemo(() => (whole ? timedLayout(whole, width, GRAPH_HEIGHT) : null), [whole, width]);
  const graph = useMemo(() => (analysis ? (until === null ? whole : buildGapGraph(analysis, until, { includePublic })) : null), [analysis, whole, until, includePublic]);
  const scene = useMemo(() => (graph && laidOut && data ? buildGraphScene(graph, laidOut.positions, data.styleOf, width, GRAPH_HEIGHT) : null), [graph, laidOut, data, width]);

  if (!data || !graph || !scene || !laidOut) return null;
  const select = (ref: string) => dispatch({ type: 'select/entry', ref });
  const contact = graph.contacts.find((c) => c.id === activeEdge);
  const gap = scene.gaps.find((g) => g.id === activeEdge);
  const findings = new Set(graph.gaps.map((g) => g.gap)).size;
  const totalContacts = graph.contacts.reduce((s, c) => s + c.count, 0);
  const agencyFocus = selection.agency;

  return (
    <div className="graph-view">
      <div className="graph-controls">
        <UntilSlider label="Show what had happened up to" choice={untilChoice} disableWhenOneStop />
        <label className="field--check" htmlFor={publicId}>
          <input id={publicId} type="checkbox" checked={includePublic} onChange={(e) => setIncludePublic(e.target.checked)} /> Include contacts with the family and the public
        </label>
        <span className="muted">
          {plural(graph.nodes.length, 'agency', 'agencies')} · {plural(totalContacts, 'contact', 'contacts')} ·{' '}
          {plural(findings, 'finding', 'findings')}
        </span>
      </div>
      <div className="graph-layout">
        <div className="graph-box" ref={boxRef}>
          <GraphCanvas
            scene={scene}
            activeEdge={activeEdge}
            selectedAgency={agencyFocus}
            layoutMs={laidOut.ms}
            onEdge={setActiveEdge}
            onAgency={(a) => {
              setActiveEdge(null);
              dispatch({ type: 'select/agency', agency: a === agencyFocus ? null : a });
            }}
          />
          {totalContacts === 0 && graph.gaps.length === 0 ? (
            <p className="graph-box__note">No contacts between agencies have been found yet, so there are no lines to draw. Each agency that sent records is shown.</p>
          ) : null}
          <GraphLegend />
        </div>
        <aside className="graph-side" aria-live="polite">
          {contact ? (
            <>
              <h2>
                {agencyInfo(contact.a).label} and {agencyInfo(contact.b).label}
              </h2>
              <p>
                {plural(contact.count, 'contact', 'contacts')}: {contact.byDirection.out} from{' '}
                {agencyInfo(contact.a).short} to {agencyInfo(contact.b).short},{' '}
                {contact.byDirection.in} the other way, {contact.byDirection.both} together (meetings, joint visits), {contact.byDirection.attempted} tried and not made.
              </p>
              <EvidenceList refs={contact.refs} data={data} onSelect={select} selectedRef={selection.ref} />
            </>
          ) : gap ? (
            <>
              <h2>
                {gap.from === gap.to ? `Within ${agencyInfo(gap.from).label}` : `From ${agencyInfo(gap.from).label} to ${agencyInfo(gap.to).label}`}
              </h2>
              <p className="muted">
                {gap.edges.length === 1 ? 'One finding' : `${gap.edges.length} findings`} where information did not pass {gap.from === gap.to ? 'within the agency' : 'between them'}.
              </p>
              <ol className="graph-findings">
                {gap.edges.map((e, i) => (
                  <li key={e.id} className="graph-finding">
                    <h3>
                      <span className="gap-code">{e.code}</span> {gapTitle(e.code)}
                    </h3>
                    {(data.analysis.gaps[e.gap]?.to.length ?? 1) > 1 ? (
                      <p className="muted">Also to {(data.analysis.gaps[e.gap]?.to ?? []).filter((a) => a !== e.to).map((a) => agencyInfo(a).label).join(', ')}.</p>
                    ) : null}
                    <p>{e.explanation}</p>
                    <details open={i === 0 ? true : undefined}>
                      <summary>
                        The {e.refs.length === 1 ? 'entry' : `${e.refs.length} entries`} it rests on
                      </summary>
                      <EvidenceList refs={e.refs} data={data} onSelect={select} selectedRef={selection.ref} />
                    </details>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        dispatch({ type: 'select/gap', gap: e.gap });
                        dispatch({ type: 'view', view: 'findings' });
                      }}
                    >
                      Open this finding
                    </button>
                  </li>
                ))}
              </ol>
            </>
          ) : agencyFocus ? (
            <AgencySummary agency={agencyFocus} data={data} until={until} />
          ) : (
            <p className="muted">Choose a line between two agencies to see the entries behind it, or an agency to see its records.</p>
          )}
        </aside>
      </div>
    </div>
  );
}

function AgencySummary({ agency, data, until }: { agency: AgencyId; data: CaseData; until: string | null }) {
  const dispatch = useDispatch();
  const own = data.entries.filter((e) => e.agency === agency && (until === null || (e.date.earliest !== null && e.date.earliest <= until)));
  const first = own.find((e) => e.date.earliest);
  return (
    <>
      <h2>
        <AgencyLabel agency={agency} />
      </h2>
      <p>
        {plural(own.length, 'entry', 'entries')}
        {first ? `, the first on ${formatFuzzyDate(first.date)}` : ''}.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          dispatch({ type: 'filters/set', filters: { agencies: [agency] } });
          dispatch({ type: 'view', view: 'chronology' });
        }}
      >
        List its entries in the chronology
      </button>
    </>
  );
}

function GraphLegend() {
  return (
    <div className="legend" aria-label="Key">
      <span className="legend__item">
        <svg width={30} height={10} aria-hidden="true">
          <line x1={0} y1={5} x2={30} y2={5} stroke="#616E7C" strokeWidth={5} />
        </svg>
        Contacts (thicker for more; the number says how many)
      </span>
      <span className="legend__item">
        <svg width={30} height={10} aria-hidden="true">
          <line x1={0} y1={5} x2={30} y2={5} stroke="#B8450A" strokeWidth={2.5} strokeDasharray="7 5" />
        </svg>
        Findings (gaps), labelled with their codes; the arrow points to the agency not told
      </span>
      <span className="legend__item">
        <svg width={30} height={10} aria-hidden="true">
          <line x1={0} y1={5} x2={30} y2={5} stroke="#52606D" strokeWidth={1.5} strokeDasharray="2 4" />
        </svg>
        Seconded staff (employer to the team they work in)
      </span>
      <span className="legend__item">
        <svg width={16} height={16} aria-hidden="true">
          <circle cx={8} cy={8} r={6} fill="#FFFFFF" stroke="#52606D" strokeWidth={2} strokeDasharray="3 2" />
        </svg>
        Named in others’ records, sent none
      </span>
    </div>
  );
}
