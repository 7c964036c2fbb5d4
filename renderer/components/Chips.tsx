/** Contact and concern chips: arrow, agency, type in words; negated contacts struck through and dashed. */
import { memo } from 'react';

import type { AnalysisContact } from '../../shared/analysis.ts';
import { agencyInfo } from '../../shared/agencies/taxonomy.ts';
import { concernLabel } from '../../shared/concerns.ts';
import { contactTypeLabel, describeContact, DIRECTION_ARROWS } from '../../shared/views/labels.ts';
import { AgencyMark } from './AgencyMark.tsx';

export const ContactChip = memo(function ContactChip({ contact, negated = false }: { contact: AnalysisContact; negated?: boolean }) {
  const label = describeContact(contact, negated);
  return (
    <span className={`chip chip--contact chip--${contact.direction}${negated ? ' chip--negated' : ''}`} title={label} aria-label={label} role="img">
      <span className="chip__arrow" aria-hidden="true">
        {negated ? '✕' : DIRECTION_ARROWS[contact.direction]}
      </span>
      <AgencyMark agency={contact.with} size={10} />
      <span className="chip__agency">{agencyInfo(contact.with).short}</span>
      <span className="chip__type">{contactTypeLabel(contact.type)}</span>
    </span>
  );
});

export const ConcernChip = memo(function ConcernChip({ concern }: { concern: string }) {
  return <span className="chip chip--concern">{concernLabel(concern)}</span>;
});
