/**
 * "Up to which date?": a slider over the days something happened in the
 * case, with the chosen day shown beside it. The gap graph and the "who knew
 * what, when" view both ask it; the last stop is the whole case (until null).
 */
import { useId, useMemo, useState } from 'react';

import type { AnalysisJson } from '../../shared/analysis.ts';
import { formatIsoUk } from '../../shared/dates/index.ts';
import { graphTimeStops } from '../../shared/views/graph.ts';

export interface UntilChoice {
  stops: readonly string[];
  stop: number | null;
  setStop: (stop: number) => void;
  /** The chosen day (ISO), or null for the whole case. */
  until: string | null;
}

export function useUntil(analysis: AnalysisJson | null): UntilChoice {
  const stops = useMemo(() => (analysis ? graphTimeStops(analysis) : []), [analysis]);
  const [stop, setStop] = useState<number | null>(null);
  const until = stop === null || stop >= stops.length - 1 ? null : (stops[stop] ?? null);
  return { stops, stop, setStop, until };
}

export function UntilSlider({ label, choice, disableWhenOneStop = false }: { label: string; choice: UntilChoice; disableWhenOneStop?: boolean }) {
  const id = useId();
  const { stops, stop, setStop, until } = choice;
  const shown = until ? formatIsoUk(until) : 'the end of the case';
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(0, stops.length - 1)}
        value={stop ?? Math.max(0, stops.length - 1)}
        onChange={(e) => setStop(Number(e.target.value))}
        aria-valuetext={shown}
        {...(disableWhenOneStop ? { disabled: stops.length < 2 } : {})}
      />
      <output htmlFor={id} className="graph-controls__date">
        {shown}
      </output>
    </>
  );
}
