// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { FindingsView } from '../../renderer/views/Findings/FindingsView.tsx';
import { KnowledgeView } from '../../renderer/views/Knowledge/KnowledgeView.tsx';
import { decidedAtText } from '../../renderer/views/Findings/words.ts';
import { fixture } from '../shared/views/fixtures.ts';
import { fakeFindingsCore, findingsCase } from './findings-core.ts';
import { renderWithCase, stubLayout } from './support.tsx';

afterEach(cleanup);
beforeEach(() => {
  stubLayout();
  window.localStorage.clear();
});

const AT = decidedAtText('2024-05-02T10:15:00Z');

function finding(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

async function press(button: HTMLElement) {
  await act(async () => {
    fireEvent.click(button);
  });
}

describe('findings', () => {
  it('explains, when there are none yet, what will appear here', () => {
    renderWithCase(<FindingsView />, { ...fixture, entries: [], gaps: [] });
    expect(screen.getByTestId('findings-empty')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No findings yet' })).toBeTruthy();
  });

  it('says when the rules found nothing, and offers the rules', () => {
    renderWithCase(<FindingsView />, { ...fixture, gaps: [] }, fakeFindingsCore().handlers);
    expect(screen.getByRole('heading', { name: 'No findings' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check the rules' })).toBeTruthy();
  });

  it('shows each finding in words: its kind, the agencies by name, the dates, how serious and how sure, and its evidence', () => {
    renderWithCase(<FindingsView />, findingsCase);
    expect(screen.getByTestId('findings-count').textContent).toBe('3 findings');
    const g2 = finding('Sent but not received or not recorded');
    expect(within(g2).getByText('G2')).toBeTruthy();
    expect(within(g2).getByText('Sent by')).toBeTruthy();
    expect(within(g2).getByText('GP practice')).toBeTruthy();
    expect(within(g2).getByText('not recorded by')).toBeTruthy();
    expect(within(g2).getByText('Adult mental health')).toBeTruthy();
    expect(within(g2).getByText('3–9 Apr 2023', { selector: '.finding__when' })).toBeTruthy();
    expect(within(g2).getByText('High severity')).toBeTruthy();
    expect(within(g2).getByText('Very likely (88%)')).toBeTruthy();
    expect(within(g2).getByText('The record says so in words')).toBeTruthy();
    expect(within(g2).getByText('Not decided yet')).toBeTruthy();
    // The entry the rule fired on comes first, and says so.
    const evidence = within(g2).getAllByRole('button', { pressed: false }).filter((b) => b.classList.contains('evidence__item'));
    expect(evidence.map((b) => b.textContent)).toEqual([expect.stringMatching(/gp\.csv#2Raised the finding/), expect.stringContaining('cmht.xlsx#1')]);
    fireEvent.click(evidence[1]!);
    expect(within(g2).getByRole('button', { name: /cmht\.xlsx#1/ }).getAttribute('aria-pressed')).toBe('true');

    const g6 = finding('Meeting held without a key agency');
    expect(within(g6).getByText('Meeting held by')).toBeTruthy();
    expect(within(g6).getByText('20 Apr 2023', { selector: '.finding__when' })).toBeTruthy();
    expect(within(g6).getByText('Possible: check the records (60%)')).toBeTruthy();
    expect(within(g6).getByText('Read from what the records do not show')).toBeTruthy();
    expect(within(g6).getByText('The strategy discussion was held without the GP or the school.')).toBeTruthy();
  });

  it('filters by kind of gap and by decision', async () => {
    const core = fakeFindingsCore();
    renderWithCase(<FindingsView />, findingsCase, core.handlers);
    fireEvent.click(screen.getByRole('button', { name: /^G6 \(1\)/ }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-gap-id'))).toEqual(['g6-bbbb']);
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(screen.getAllByRole('article')).toHaveLength(3);

    const g1 = finding('Known but not passed on');
    await press(within(g1).getByRole('button', { name: 'Accept…' }));
    await press(within(g1).getByRole('button', { name: 'Accept the finding' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accepted (1)' }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-gap-id'))).toEqual(['g1-cccc']);
    fireEvent.click(screen.getByRole('button', { name: 'Not decided yet (2)' }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-gap-id'))).toEqual(['g2-aaaa', 'g6-bbbb']);
  });

  it('accepts a finding with a note and the author’s name, then shows who and when, and lets them change their mind', async () => {
    const core = fakeFindingsCore();
    const { bridge } = renderWithCase(<FindingsView />, findingsCase, core.handlers);
    const g1 = finding('Known but not passed on');
    await press(within(g1).getByRole('button', { name: 'Accept…' }));
    fireEvent.change(within(g1).getByLabelText('A note for the report (optional)'), { target: { value: 'Confirmed with the HV lead.' } });
    fireEvent.change(within(g1).getByLabelText('Your name or initials (optional)'), { target: { value: 'A. Reviewer' } });
    await press(within(g1).getByRole('button', { name: 'Accept the finding' }));

    expect(bridge.calls.find((c) => c.channel === 'gaps.decide')?.request).toEqual({ id: 'g1-cccc', decision: 'accepted', reason: 'Confirmed with the HV lead.', author: 'A. Reviewer' });
    const decided = within(finding('Known but not passed on')).getByTestId('decision');
    expect(decided.textContent).toContain(`Accepted by A. Reviewer on ${AT}`);
    expect(decided.textContent).toContain('Note: “Confirmed with the HV lead.”');
    expect(within(finding('Known but not passed on')).getByText('Accepted')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(decided));

    // Changing one's mind: the decision's actions come back, without the one already made.
    await press(within(decided).getByRole('button', { name: 'Change the decision' }));
    const again = finding('Known but not passed on');
    expect(within(again).queryByRole('button', { name: 'Accept…' })).toBeNull();
    expect(within(again).getByRole('button', { name: 'Reject…' })).toBeTruthy();
    fireEvent.click(within(again).getByRole('button', { name: 'Keep the decision' }));
    expect(within(finding('Known but not passed on')).getByTestId('decision')).toBeTruthy();
  });

  it('remembers the author’s name for the next decision', async () => {
    const core = fakeFindingsCore();
    renderWithCase(<FindingsView />, findingsCase, core.handlers);
    const g1 = finding('Known but not passed on');
    await press(within(g1).getByRole('button', { name: 'Accept…' }));
    fireEvent.change(within(g1).getByLabelText('Your name or initials (optional)'), { target: { value: 'HV lead' } });
    await press(within(g1).getByRole('button', { name: 'Accept the finding' }));
    const g2 = finding('Sent but not received or not recorded');
    await press(within(g2).getByRole('button', { name: 'Accept…' }));
    expect((within(g2).getByLabelText('Your name or initials (optional)') as HTMLInputElement).value).toBe('HV lead');
  });

  it('asks for a reason before rejecting, then moves the finding to Rejected with its reason, and back again', async () => {
    const core = fakeFindingsCore();
    const { bridge } = renderWithCase(<FindingsView />, findingsCase, core.handlers);
    const g6 = finding('Meeting held without a key agency');
    await press(within(g6).getByRole('button', { name: 'Reject…' }));
    await press(within(g6).getByRole('button', { name: 'Reject the finding' }));
    expect(within(g6).getByRole('alert').textContent).toMatch(/Give a reason for rejecting/);
    expect(bridge.calls.some((c) => c.channel === 'gaps.decide')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(within(g6).getByLabelText('Why is this not a gap?')));

    fireEvent.change(within(g6).getByLabelText('Why is this not a gap?'), { target: { value: 'The GP was invited; the minutes are in the IMR.' } });
    await press(within(g6).getByRole('button', { name: 'Reject the finding' }));
    expect(screen.getByTestId('findings-count').textContent).toBe('2 findings');
    const listed = () => screen.getAllByRole('article').filter((a) => !a.closest('[data-testid="rejected"]'));
    expect(listed().map((a) => a.getAttribute('data-gap-id'))).toEqual(['g1-cccc', 'g2-aaaa']);
    const rejected = screen.getByTestId('rejected');
    expect(within(rejected).getByText('Rejected (1)')).toBeTruthy();
    expect((rejected as HTMLDetailsElement).open).toBe(false);
    expect(screen.getByRole('status').textContent).toMatch(/was rejected\. It is kept, with your reason, under “Rejected”/);
    const card = within(rejected).getByRole('article', { name: 'Meeting held without a key agency' });
    expect(within(card).getByTestId('decision').textContent).toContain('Reason: “The GP was invited; the minutes are in the IMR.”');
    expect(within(card).getByText('Rejected')).toBeTruthy();

    // Changing one's mind brings it back to the list.
    await press(within(card).getByRole('button', { name: 'Change the decision' }));
    await press(within(card).getByRole('button', { name: 'Accept…' }));
    await press(within(card).getByRole('button', { name: 'Accept the finding' }));
    expect(screen.getByTestId('findings-count').textContent).toBe('3 findings');
    expect(screen.queryByTestId('rejected')).toBeNull();
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-gap-id'))).toEqual(['g1-cccc', 'g2-aaaa', 'g6-bbbb']);
  });

  it('edits a finding: another kind of gap, other agencies, other words, with a reason', async () => {
    const core = fakeFindingsCore();
    const { bridge } = renderWithCase(<FindingsView />, findingsCase, core.handlers);
    const g6 = finding('Meeting held without a key agency');
    await press(within(g6).getByRole('button', { name: 'Edit…' }));
    const form = within(g6).getByRole('form');
    // Nothing changed yet: the form says so rather than saving an empty edit.
    fireEvent.change(within(form).getByLabelText('Why the change?'), { target: { value: 'Only health was left out.' } });
    await press(within(form).getByRole('button', { name: 'Save the edit' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/Nothing has been changed yet/);

    fireEvent.change(within(form).getByLabelText('Kind of gap'), { target: { value: 'G7' } });
    const agencies = within(form).getByRole('group', { name: 'Agencies that should have been told' });
    fireEvent.click(within(agencies).getByRole('checkbox', { name: 'School or nursery' }));
    fireEvent.click(within(agencies).getByRole('checkbox', { name: 'Health visiting' }));
    fireEvent.change(within(form).getByLabelText('The finding in plain words'), { target: { value: 'CSC did not check with the GP or the health visitor.' } });
    await press(within(form).getByRole('button', { name: 'Save the edit' }));

    expect(bridge.calls.filter((c) => c.channel === 'gaps.decide').at(-1)?.request).toEqual({
      id: 'g6-bbbb',
      decision: 'edited',
      reason: 'Only health was left out.',
      edit: { code: 'G7', to: ['gp', 'health-visiting'], explanation: 'CSC did not check with the GP or the health visitor.' },
    });
    const edited = finding('Checks that should have been made were not');
    expect(within(edited).getByText('G7')).toBeTruthy();
    expect(within(edited).getByText('Health visiting')).toBeTruthy();
    expect(within(edited).queryByText('School or nursery')).toBeNull();
    expect(within(edited).getByText('CSC did not check with the GP or the health visitor.')).toBeTruthy();
    expect(within(edited).getByTestId('decision').textContent).toContain(`Edited by root on ${AT}`);
    // The edited code counts under its new kind.
    expect(screen.getByRole('button', { name: /^G7 \(1\)/ })).toBeTruthy();
  });

  it('shows the core’s refusal calmly, keeping what was typed', async () => {
    renderWithCase(<FindingsView />, findingsCase, {
      'gaps.decide': () => {
        throw { kind: 'failed', message: 'That finding is no longer in the analysis (the entries it rested on have changed). Refresh the findings and decide again.' };
      },
    });
    const g2 = finding('Sent but not received or not recorded');
    await press(within(g2).getByRole('button', { name: 'Reject…' }));
    fireEvent.change(within(g2).getByLabelText('Why is this not a gap?'), { target: { value: 'Received: see the SPA log.' } });
    await press(within(g2).getByRole('button', { name: 'Reject the finding' }));
    expect(within(g2).getByRole('alert').textContent).toBe('The decision could not be saved: That finding is no longer in the analysis (the entries it rested on have changed). Refresh the findings and decide again.');
    expect((within(g2).getByLabelText('Why is this not a gap?') as HTMLTextAreaElement).value).toBe('Received: see the SPA log.');
  });

  it('keeps the core’s words, not the channel’s name, when it refuses a request', async () => {
    renderWithCase(<FindingsView />, findingsCase, {
      'gaps.decide': () => {
        throw { kind: 'invalid-request', message: 'Invalid request to gaps.decide: reason: Give a reason for rejecting or editing a finding.' };
      },
    });
    const g2 = finding('Sent but not received or not recorded');
    await press(within(g2).getByRole('button', { name: 'Reject…' }));
    fireEvent.change(within(g2).getByLabelText('Why is this not a gap?'), { target: { value: 'x' } });
    await press(within(g2).getByRole('button', { name: 'Reject the finding' }));
    expect(within(g2).getByRole('alert').textContent).toBe('The decision could not be saved: Give a reason for rejecting or editing a finding.');
  });

  it('shows the patterns across the case under a one-line summary', () => {
    renderWithCase(<FindingsView />, findingsCase);
    const patterns = screen.getByTestId('patterns') as HTMLDetailsElement;
    expect(patterns.open).toBe(false);
    expect(within(patterns).getByText(/3 referrals to MASH judged below threshold · up to 5 agencies in a month · 1 quiet period · 1 secondment the employer was not told of/)).toBeTruthy();
    expect(within(patterns).getByText(/judged 3 referrals below threshold, from School or nursery and Police: 15 Mar 2023, 2 May 2023 and 21 Jun 2023/)).toBeTruthy();
    expect(within(patterns).getByText(/The employer’s records do not show it was told/)).toBeTruthy();
    expect(within(patterns).getByText(/No agency in contact for 63 days: 30 Jun – 1 Sept 2023|No agency in contact for 63 days: 30 Jun – 1 Sep 2023/)).toBeTruthy();
    const rows = within(patterns).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Mar 2023343', 'Apr 2023562']);
    fireEvent.click(within(patterns).getByRole('button', { name: 'mash.csv#1' }));
    expect(within(patterns).getByRole('button', { name: 'mash.csv#1' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the rules panel', () => {
  async function openRules() {
    const core = fakeFindingsCore();
    const utils = renderWithCase(<FindingsView />, findingsCase, core.handlers);
    await press(screen.getByRole('button', { name: 'Rules the findings come from' }));
    await screen.findByRole('heading', { name: 'Rules: what should reach whom' });
    await screen.findAllByRole('switch');
    return { ...utils, core };
  }

  it('lists each expected flow in plain words, with a switch and its limits', async () => {
    await openRules();
    const panel = screen.getByRole('region', { name: 'Rules: what should reach whom' });
    const flows = within(panel).getAllByRole('listitem');
    expect(flows.map((f) => f.getAttribute('data-flow'))).toEqual(['da-incident-children', 'injury-non-mobile', 'referral-received', 'missed-appointments']);
    expect(within(flows[0]!).getByText('Police attend a domestic abuse incident where children live.')).toBeTruthy();
    expect(within(flows[0]!).getByText("children's social care or the MASH")).toBeTruthy();
    expect(within(flows[0]!).getByRole('switch').getAttribute('aria-describedby')).toBeTruthy();
    expect((within(flows[0]!).getByRole('switch') as HTMLInputElement).checked).toBe(true);
    expect((within(flows[0]!).getByLabelText('Expected within') as HTMLInputElement).value).toBe('1');
    expect(within(flows[3]!).getByLabelText('Escalated within')).toBeTruthy();
    expect(within(flows[3]!).getByLabelText('Only after')).toBeTruthy();
    // Only a rule that names its agencies offers them to change.
    expect(within(flows[0]!).queryByRole('group', { name: 'Agencies it should reach' })).toBeNull();
    const reach = within(flows[1]!).getByRole('group', { name: 'Agencies it should reach' });
    expect(within(reach).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true]);
    expect(within(panel).getByRole('button', { name: 'No changes to save' })).toHaveProperty('disabled', true);
  });

  it('saves a flow switched off and a changed limit, looks for findings again, and marks them changed for this case', async () => {
    const { bridge, core } = await openRules();
    const panel = screen.getByRole('region', { name: 'Rules: what should reach whom' });
    const [da, , received] = within(panel).getAllByRole('listitem');
    fireEvent.click(within(da!).getByRole('switch'));
    expect(within(da!).getByText('Not looked for in this case')).toBeTruthy();
    expect(within(da!).getByText('Not saved yet')).toBeTruthy();
    fireEvent.change(within(received!).getByLabelText('Expected within'), { target: { value: '14' } });
    expect(within(received!).getByText('(usually 28)')).toBeTruthy();
    const loads = bridge.calls.filter((c) => c.channel === 'analysis.get').length;
    await press(within(panel).getByRole('button', { name: 'Save 2 changes and look again' }));

    expect(core.overrides()).toEqual({ 'da-incident-children': { enabled: false }, 'referral-received': { withinDays: 14 } });
    await waitFor(() => expect(bridge.calls.filter((c) => c.channel === 'analysis.get').length).toBe(loads + 1));
    expect(await within(panel).findByText(/Saved\. The findings have been looked for again with these rules\. 2 findings now; there were 3\./)).toBeTruthy();
    expect(within(panel).getAllByText('Changed for this case')).toHaveLength(2);
    expect(screen.getByTestId('findings-count').textContent).toBe('2 findings');
  });

  it('changes the agencies a rule should reach, refuses none, and saves only what differs from the usual', async () => {
    const { core } = await openRules();
    const panel = screen.getByRole('region', { name: 'Rules: what should reach whom' });
    const injury = within(panel).getAllByRole('listitem')[1]!;
    const reach = within(injury).getByRole('group', { name: 'Agencies it should reach' });
    const csc = within(reach).getByRole('checkbox', { name: /children's social care/i });
    const paediatrics = within(reach).getByRole('checkbox', { name: /paediatric/i });
    fireEvent.click(csc);
    fireEvent.click(paediatrics);
    expect(within(injury).getByText('Choose at least one agency, or switch the rule off.')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: /Save 1 change/ })).toHaveProperty('disabled', true);
    fireEvent.click(paediatrics);
    fireEvent.change(within(reach).getByLabelText('Another agency'), { target: { value: 'health-visiting' } });
    expect((within(reach).getByRole('checkbox', { name: /health visit/i }) as HTMLInputElement).checked).toBe(true);
    await press(within(panel).getByRole('button', { name: 'Save 1 change and look again' }));
    expect([...(core.overrides()['injury-non-mobile']?.targets ?? [])].sort()).toEqual(['health-visiting', 'paediatrics']);
    expect(within(injury).getByText(/In this case: .+/)).toBeTruthy();
    expect(within(injury).getByText('Changed for this case')).toBeTruthy();
    // Back to the usual agencies: nothing differs, so nothing is kept for this case.
    fireEvent.click(within(injury).getByRole('button', { name: 'Back to the usual setting' }));
    await press(within(panel).getByRole('button', { name: 'Save 1 change and look again' }));
    expect(core.overrides()).toEqual({});
  });

  it('refuses a limit that is not a whole number, and restores the defaults after asking', async () => {
    const { core } = await openRules();
    const panel = screen.getByRole('region', { name: 'Rules: what should reach whom' });
    const received = within(panel).getAllByRole('listitem')[2]!;
    fireEvent.change(within(received).getByLabelText('Expected within'), { target: { value: '-3' } });
    expect(within(received).getByText('Enter a whole number.')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: /Save 1 change/ })).toHaveProperty('disabled', true);
    fireEvent.change(within(received).getByLabelText('Expected within'), { target: { value: '7' } });
    await press(within(panel).getByRole('button', { name: 'Save 1 change and look again' }));
    expect(core.overrides()).toEqual({ 'referral-received': { withinDays: 7 } });

    await press(within(panel).getByRole('button', { name: 'Restore the defaults…' }));
    expect(within(panel).getByText('Undo every change to the rules for this case?')).toBeTruthy();
    await press(within(panel).getByRole('button', { name: 'Yes, restore the defaults' }));
    expect(core.overrides()).toEqual({});
    expect(within(panel).queryByText('Changed for this case')).toBeNull();
    expect(await within(panel).findByText(/The usual rules are back/)).toBeTruthy();
  });

  it('closes and gives focus back to the button that opened it', async () => {
    await openRules();
    fireEvent.click(screen.getByRole('button', { name: 'Close the rules' }));
    expect(screen.queryByRole('region', { name: 'Rules: what should reach whom' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rules the findings come from' }));
  });
});

describe('who knew what, when', () => {
  it('shows the first date each agency knew of each concern, and how', () => {
    renderWithCase(<KnowledgeView />, fixture);
    const table = screen.getByRole('table', { name: 'Who knew what, when' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Agency', 'Domestic abuse', 'Parental mental health', 'Injury', 'Neglect']);
    expect(within(table).getByRole('button', { name: 'Police knew of injury from 20 Apr 2023, at CSC’s meeting' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Multi-agency safeguarding hub knew of domestic abuse from 15 Mar 2023, told by Police' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'GP practice: no record of domestic abuse' }).textContent).toBe('—');
  });

  it('is one tab stop with arrow keys between cells', () => {
    renderWithCase(<KnowledgeView />, fixture);
    const cells = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-cell'));
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    cells[0]!.focus();
    fireEvent.keyDown(cells[0]!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('0-1');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-1');
  });
});
