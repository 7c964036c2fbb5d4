/**
 * Choosing agencies: a checkbox for each one offered, and a list to add one
 * not offered yet (it then stays offered, ticked or not). Used wherever an
 * author says which agencies should have been told: editing a finding, and a
 * rule's targets.
 */
import { useId, useState } from 'react';

import { agencyIds, agencyInfo } from '../../shared/agencies/taxonomy.ts';
import type { AgencyId } from '../../shared/model.ts';
import { sortAgencies } from '../../shared/views/agencies.ts';
import { AgencyLabel } from './AgencyMark.tsx';

export function AgencyChoices({
  legend,
  offered,
  chosen,
  onChange,
  moreLabel = 'Another agency, not yet in this case',
  describedBy,
  disabled = false,
}: {
  legend: string;
  /** Agencies with a checkbox from the start (the chosen ones always have one). */
  offered: readonly AgencyId[];
  chosen: readonly AgencyId[];
  onChange: (chosen: readonly AgencyId[]) => void;
  moreLabel?: string;
  describedBy?: string | undefined;
  disabled?: boolean;
}) {
  const id = useId();
  const [extra, setExtra] = useState<readonly AgencyId[]>([]);
  const shown = sortAgencies([...new Set([...offered, ...chosen, ...extra])]);
  const others = agencyIds.filter((a) => !shown.includes(a) && a !== 'family');
  const toggle = (a: AgencyId, on: boolean) => onChange(on ? sortAgencies([...chosen, a]) : chosen.filter((x) => x !== a));
  return (
    <fieldset className="agency-choices" aria-describedby={describedBy} disabled={disabled}>
      <legend>{legend}</legend>
      <div className="agency-choices__checks">
        {shown.map((a) => (
          <label key={a} className="field--check">
            <input type="checkbox" checked={chosen.includes(a)} onChange={(e) => toggle(a, e.target.checked)} />
            <AgencyLabel agency={a} />
          </label>
        ))}
      </div>
      {others.length > 0 ? (
        <div className="field agency-choices__more">
          <label htmlFor={`${id}-more`}>{moreLabel}</label>
          <select
            id={`${id}-more`}
            value=""
            onChange={(e) => {
              const a = e.target.value;
              if (!a) return;
              setExtra([...extra, a]);
              onChange(sortAgencies([...chosen, a]));
            }}
          >
            <option value="">Choose to add…</option>
            {others.map((a) => (
              <option key={a} value={a}>
                {agencyInfo(a).label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
