/**
 * Patterns across the case that are not gaps by themselves but belong in a
 * review: referrals turned away again and again, how many agencies and
 * practitioners were involved each month (the sheer number is a finding),
 * stretches when no agency was in contact, and seconded staff whose
 * employer has no record of what they did. Collapsed under a one-line
 * summary, so the findings stay first.
 */
import { memo } from 'react';

import type { CasePatterns } from '../../../shared/analysis.ts';
import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatIsoUk } from '../../../shared/dates/index.ts';
import { plural } from '../../../shared/text/plural.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { useAppState, useDispatch } from '../../state/store.tsx';
import { listWords, monthText, windowText } from './words.ts';

function RefLinks({ refs }: { refs: readonly string[] }) {
  const dispatch = useDispatch();
  const { selection } = useAppState();
  return (
    <span className="ref-links">
      {refs.map((r) => (
        <button key={r} type="button" className="link ref-link" aria-pressed={selection.ref === r} onClick={() => dispatch({ type: 'select/entry', ref: r })}>
          {r}
        </button>
      ))}
    </span>
  );
}

/** The one-line summary shown while the section is closed. */
export function patternsSummary(p: CasePatterns): string {
  const parts: string[] = [];
  for (const b of p.belowThreshold) parts.push(`${plural(b.count, 'referral', 'referrals')} to ${agencyInfo(b.receiver).short} judged below threshold`);
  const busiest = [...p.involvement].sort((a, b) => b.agencies.length - a.agencies.length || b.practitioners - a.practitioners)[0];
  if (busiest) parts.push(`up to ${plural(busiest.agencies.length, 'agency', 'agencies')} in a month`);
  if (p.quietPeriods.length) parts.push(plural(p.quietPeriods.length, 'quiet period', 'quiet periods'));
  const untold = p.secondments.filter((s) => !s.employerTold).length;
  if (untold) parts.push(`${plural(untold, 'secondment', 'secondments')} the employer was not told of`);
  return parts.join(' · ');
}

export const PatternsSection = memo(function PatternsSection({ patterns }: { patterns: CasePatterns }) {
  const maxAgencies = Math.max(1, ...patterns.involvement.map((m) => m.agencies.length));
  const summary = patternsSummary(patterns);
  return (
    <details className="patterns" data-testid="patterns">
      <summary>
        <span className="patterns__title">Patterns across the case</span>
        {summary ? <span className="patterns__summary">{summary}</span> : null}
      </summary>
      <div className="patterns__grid">
        <section aria-labelledby="patterns-threshold">
          <h3 id="patterns-threshold">Referrals judged below threshold, more than once</h3>
          {patterns.belowThreshold.length === 0 ? (
            <p className="muted">None: no agency turned away repeated referrals about this family.</p>
          ) : (
            <ul className="patterns__list">
              {patterns.belowThreshold.map((b) => (
                <li key={b.receiver}>
                  <p>
                    <AgencyLabel agency={b.receiver} /> judged {plural(b.count, 'referral', 'referrals')} below threshold, from {listWords(b.referrers.map((a) => agencyInfo(a).label))}
                    {b.dates.length ? `: ${listWords(b.dates.map(formatIsoUk))}` : ''}.
                  </p>
                  <RefLinks refs={b.refs} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="patterns-secondments">
          <h3 id="patterns-secondments">Seconded staff</h3>
          {patterns.secondments.length === 0 ? (
            <p className="muted">None found: no one in the records acts for one agency while employed by another.</p>
          ) : (
            <ul className="patterns__list">
              {patterns.secondments.map((s) => (
                <li key={`${s.agency}-${s.employer}`}>
                  <p>
                    Staff working in <strong>{agencyInfo(s.agency).label}</strong>, employed by <strong>{agencyInfo(s.employer).label}</strong> ({plural(s.refs.length, 'entry', 'entries')}).{' '}
                    {s.employerTold ? (
                      <span className="pattern-flag pattern-flag--ok">
                        <span aria-hidden="true">✓ </span>The employer’s records show it was told.
                      </span>
                    ) : (
                      <span className="pattern-flag pattern-flag--gap">
                        <span aria-hidden="true">! </span>The employer’s records do not show it was told.
                      </span>
                    )}
                  </p>
                  <RefLinks refs={s.refs} />
                </li>
              ))}
            </ul>
          )}
          <h3 id="patterns-quiet">Quiet periods</h3>
          {patterns.quietPeriods.length === 0 ? (
            <p className="muted">None: some agency was in contact with the family throughout.</p>
          ) : (
            <ul className="patterns__list">
              {patterns.quietPeriods.map((q) => (
                <li key={q.from}>
                  <p>
                    No agency in contact for {plural(q.days, 'day', 'days')}: {windowText({ from: q.from, to: q.to })}.
                  </p>
                  <span className="muted">Last entry before, and first after: </span>
                  <RefLinks refs={[q.before, q.after]} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="patterns-involvement" className="patterns__involvement">
          <h3 id="patterns-involvement">Who was involved, month by month</h3>
          {patterns.involvement.length === 0 ? (
            <p className="muted">No dated entries yet.</p>
          ) : (
            <table className="bars">
              <caption className="visually-hidden">Agencies and practitioners involved each month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Agencies</th>
                  <th scope="col">Practitioners</th>
                  <th scope="col">Entries</th>
                </tr>
              </thead>
              <tbody>
                {patterns.involvement.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthText(m.month)}</th>
                    <td title={m.agencies.map((a) => agencyInfo(a).label).join(', ')}>
                      <span className="bars__cell">
                        <span className="bars__bar" style={{ width: `${(m.agencies.length / maxAgencies) * 85}%` }} aria-hidden="true" />
                        <span className="bars__n">{m.agencies.length}</span>
                      </span>
                    </td>
                    <td className="bars__num">{m.practitioners}</td>
                    <td className="bars__num">{m.entries}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </details>
  );
});
