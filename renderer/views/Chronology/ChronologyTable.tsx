/**
 * The merged chronology as a virtualised grid: only the rows in view (plus a
 * few) exist in the DOM, so 20,000 entries scroll as smoothly as 20. Rows are
 * a fixed height (the text is clamped to two lines; the detail panel has it
 * all), which keeps the virtualiser's maths exact.
 *
 * Keyboard: the grid is one tab stop; arrows, Page Up/Down, Home and End
 * move the active row (announced through aria-activedescendant); Enter or
 * Space selects it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';

import type { SearchHitView } from '../../../shared/api.ts';
import type { AnalysisEntry } from '../../../shared/analysis.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { ConcernChip, ContactChip } from '../../components/Chips.tsx';
import { DateText } from '../../components/DateText.tsx';
import { Highlighted } from '../../components/Highlighted.tsx';
import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { highlightParts, type TextPart } from '../../text.ts';

export const ROW_HEIGHT = 68;
/** A cell holds three chips; beyond that, two and "+N more" (the detail panel lists them all). */
const CHIPS_THAT_FIT = 3;
const shown = (n: number) => (n <= CHIPS_THAT_FIT ? n : CHIPS_THAT_FIT - 1);

export const COLUMNS = ['Date', 'Agency', 'What happened', 'Contacts', 'Concerns', 'Source'] as const;
/** With the detail panel open there is less room; the source moves under the agency (the panel shows it in full). */
export const COMPACT_COLUMNS = COLUMNS.filter((c) => c !== 'Source');

interface RowProps {
  entry: AnalysisEntry;
  entryIndex: number;
  position: number;
  top: number;
  selected: boolean;
  active: boolean;
  parts: readonly TextPart[];
  compact: boolean;
  onSelect: (ref: string, position: number) => void;
}

const Row = memo(function Row({ entry, entryIndex, position, top, selected, active, parts, compact, onSelect }: RowProps) {
  const negated = entry.negatedContacts ?? [];
  const contacts = entry.contacts.length + negated.length;
  const contactRoom = shown(contacts);
  const concernRoom = shown(entry.concerns.length);
  return (
    <div
      role="row"
      id={`chron-row-${entryIndex}`}
      aria-rowindex={position + 2}
      aria-selected={selected}
      className={`row${selected ? ' row--selected' : ''}${active ? ' row--active' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onSelect(entry.ref, position)}
      data-ref={entry.ref}
    >
      <div role="gridcell" className="cell cell--date">
        <DateText date={entry.date} />
        {entry.time ? <span className="cell__sub">{entry.time}</span> : null}
      </div>
      <div role="gridcell" className="cell cell--agency">
        <AgencyLabel agency={entry.agency} />
        {entry.employer ? <span className="cell__sub">Employed by {agencyInfo(entry.employer).short}</span> : null}
        {compact ? <span className="cell__sub ref">{entry.ref}</span> : null}
      </div>
      <div role="gridcell" className="cell cell--text">
        <p className="clamp">
          <Highlighted parts={parts} />
        </p>
      </div>
      <div role="gridcell" className="cell cell--chips">
        {entry.contacts.slice(0, contactRoom).map((c, i) => (
          <ContactChip key={`c${i}`} contact={c} />
        ))}
        {negated.slice(0, Math.max(0, contactRoom - entry.contacts.length)).map((c, i) => (
          <ContactChip key={`n${i}`} contact={c} negated />
        ))}
        {contacts > contactRoom ? <span className="chip chip--more">+{contacts - contactRoom} more</span> : null}
      </div>
      <div role="gridcell" className="cell cell--chips">
        {entry.concerns.slice(0, concernRoom).map((c) => (
          <ConcernChip key={c} concern={c} />
        ))}
        {entry.concerns.length > concernRoom ? <span className="chip chip--more">+{entry.concerns.length - concernRoom} more</span> : null}
      </div>
      {compact ? null : (
        <div role="gridcell" className="cell cell--source">
          <span className="ref">{entry.ref}</span>
          {entry.duplicateOf ? (
            <span className="badge badge--duplicate" title={`The same event as ${entry.duplicateOf}`}>
              Same event as {entry.duplicateOf}
            </span>
          ) : null}
        </div>
      )}
    </div>
  );
});

export interface ChronologyTableProps {
  entries: readonly AnalysisEntry[];
  /** Indices into entries, in the order to show. */
  indices: readonly number[];
  selectedRef: string | null;
  onSelect: (ref: string) => void;
  /** Search results by ref: their snippets are shown with the hits marked. */
  snippets: ReadonlyMap<string, SearchHitView['snippet']> | null;
  query: string;
  /** Fewer columns, for when the detail panel takes room. */
  compact?: boolean;
}

export const ChronologyTable = memo(function ChronologyTable({ entries, indices, selectedRef, onSelect, snippets, query, compact = false }: ChronologyTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // WARNING: useVirtualizer returns a mutable object that cannot be memoised
  // safely (the React Compiler skips such components); nothing below memoises
  // across it: rows are re-derived from getVirtualItems() on every render.
  const virtualizer = useVirtualizer({ count: indices.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  // The active (keyboard) row follows the selection when it changes elsewhere
  // (adjusting state during render, as React's docs advise, not in an effect).
  const [active, setActive] = useState<string | null>(selectedRef);
  const [seenSelection, setSeenSelection] = useState(selectedRef);
  if (seenSelection !== selectedRef) {
    setSeenSelection(selectedRef);
    setActive(selectedRef);
  }
  const positionOf = (ref: string | null) => (ref === null ? -1 : indices.findIndex((i) => entries[i]?.ref === ref));
  const activePos = Math.max(0, positionOf(active));

  // Bring the selected row into view when it was chosen in another view.
  useEffect(() => {
    const pos = selectedRef === null ? -1 : indices.findIndex((i) => entries[i]?.ref === selectedRef);
    if (pos >= 0) virtualizer.scrollToIndex(pos, { align: 'auto' });
  }, [selectedRef, indices, entries, virtualizer]);

  const moveTo = (pos: number) => {
    const clamped = Math.min(Math.max(pos, 0), indices.length - 1);
    const e = entries[indices[clamped] ?? -1];
    if (!e) return;
    setActive(e.ref);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: activePos + 1, ArrowUp: activePos - 1, PageDown: activePos + page, PageUp: activePos - page, Home: 0, End: indices.length - 1 };
    const target = moves[ev.key];
    if (target !== undefined) {
      ev.preventDefault();
      moveTo(target);
      return;
    }
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const e = entries[indices[activePos] ?? -1];
      if (e) onSelect(e.ref);
    }
  };

  const select = (ref: string) => {
    setActive(ref);
    onSelect(ref);
  };
  const activeEntryIndex = indices[activePos];

  return (
    <div
      ref={scrollRef}
      className={`chronology-grid${compact ? ' chronology-grid--compact' : ''}`}
      role="grid"
      aria-label="Chronology"
      aria-rowcount={indices.length + 1}
      aria-colcount={(compact ? COMPACT_COLUMNS : COLUMNS).length}
      aria-activedescendant={activeEntryIndex === undefined ? undefined : `chron-row-${activeEntryIndex}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} className="row row--header">
        {(compact ? COMPACT_COLUMNS : COLUMNS).map((c) => (
          <div key={c} role="columnheader" className="cell">
            {c}
          </div>
        ))}
      </div>
      <div className="chronology-grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entryIndex = indices[item.index]!;
          const entry = entries[entryIndex]!;
          const snippet = snippets?.get(entry.ref);
          const parts = snippet ?? (query ? highlightParts(entry.text, query) : [{ text: entry.text, hit: false }]);
          return (
            <Row
              key={entry.ref}
              entry={entry}
              entryIndex={entryIndex}
              position={item.index}
              top={item.start}
              selected={entry.ref === selectedRef}
              active={item.index === activePos}
              parts={parts}
              compact={compact}
              onSelect={select}
            />
          );
        })}
      </div>
    </div>
  );
});
