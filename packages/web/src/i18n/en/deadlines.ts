import type { DeepStrings } from '../messages.ts';
import type { deadlines as zh } from '../zh-CN/deadlines.ts';

/** Deadlines and countdowns (C7). */
export const deadlines: DeepStrings<typeof zh> = {
  deadline: {
    title: 'Deadlines',
    mine: 'My deadlines',
    mineHint: 'Unmet deadlines of the cases you own, the most urgent first',
    empty: 'No open deadlines',
    kind: 'Deadline',
    case: 'Case',
    subject: 'Subject',
    due: 'Due',
    warnAt: 'Reminder',
    state: 'State',
    source: 'Source',
    countdown: 'Time left',
    remaining: '{{time}} left',
    overdue: '{{time}} overdue',
    metAt: 'Met at {{at}}',
    metLate: 'Met late',
    notPublished: 'Calendar not published',
    notPublishedHint:
      'This deadline runs into a year whose holiday notice is not loaded; it counts plain weekdays until the notice is imported, then it is recomputed',
    escalatedTo: 'Escalated to the {{to}}',
    day: '{{n}} d',
    hour: '{{n}} h',
    minute: '{{n}} min',
    lessThanMinute: 'under a minute',
    states: { open: 'Open', met: 'Met', breached: 'Overdue', escalated: 'Escalated' },
    kinds: {
      caseFirstResponse: 'First response',
      claimHandover: 'Claim hand-over',
      complaintDecision: 'Complaint decision',
      majorCaseReport: 'Major-case report',
      claimDecision: 'Claim decision',
      claimRefusalNotice: 'Refusal notice',
      claimPayment: 'Payout',
      claimAdvancePayment: 'Advance payment',
      complaintReply: 'Promised complaint reply',
      complaintCallback: 'Complaint call-back',
      complaintReview: 'Complaint review',
      serviceHandover: 'Surrender/endorsement hand-over',
      serviceCompletion: 'Surrender/endorsement completion',
    },
    steps: {
      owner: 'case owner',
      teamLead: 'team lead',
      supervisor: 'supervisor',
      headOffice: 'head office',
    },
  },
};
