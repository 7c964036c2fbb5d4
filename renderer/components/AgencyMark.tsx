/** An agency's swatch: its colour in its group's shape, so colour is never the only signal. */
import { memo } from 'react';

import type { AgencyId } from '../../shared/model.ts';
import { agencyInfo } from '../../shared/agencies/taxonomy.ts';
import { MARK_OUTLINE, shapePath } from '../../shared/views/palette.ts';
import { useCaseData } from '../state/store.tsx';
import { fallbackStyle } from '../../shared/views/palette.ts';

export const AgencyMark = memo(function AgencyMark({ agency, size = 12 }: { agency: AgencyId; size?: number }) {
  const data = useCaseData();
  const style = data ? data.styleOf(agency) : fallbackStyle(agency);
  const r = size / 2 - 1;
  return (
    <svg className="agency-mark" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <path d={shapePath(style.shape, size / 2, size / 2, r)} fill={style.colour} stroke={MARK_OUTLINE} strokeWidth={1} />
    </svg>
  );
});

/** Swatch and name. `short` for tight places (chips); the full name is then the tooltip. */
export const AgencyLabel = memo(function AgencyLabel({ agency, short = false }: { agency: AgencyId; short?: boolean }) {
  const info = agencyInfo(agency);
  return (
    <span className="agency-label" title={short ? info.label : undefined}>
      <AgencyMark agency={agency} />
      <span>{short ? info.short : info.label}</span>
    </span>
  );
});
