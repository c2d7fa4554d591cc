import type { DeepStrings } from '../messages.ts';
import type { majorInbox as zh } from '../zh-CN/major-inbox.ts';

/** Head office's inbox of major cases (重大案件, seed 003) and the acknowledgement of a branch's report. */
export const majorInbox: DeepStrings<typeof zh> = {
  majorInbox: {
    title: 'Major cases',
    intro:
      'Major cases each branch must report to head office within 24 hours of the report or of learning the facts; most urgent first (overdue, then due soonest).',
    filter: { all: 'All', unreported: 'Report owed', reported: 'Reported' },
    columns: {
      number: 'Case no.',
      branch: 'Branch',
      reasons: 'Why major',
      flaggedAt: 'Flagged',
      deadline: 'Report due',
      report: 'Report',
      acknowledged: 'Head office',
    },
    notReported: 'Not yet reported',
    reportedAt: 'Reported {{at}} by {{by}}',
    acknowledgedAt: 'Acknowledged by {{by}} at {{at}}',
    notAcknowledged: 'Not yet acknowledged',
    open: 'Open report',
    empty: 'No major cases',
    reportTitle: 'Major-case report (read-only)',
    reportedTo: 'Reported to',
    reportedBy: 'Reported by',
    estimatedLoss: 'Estimated loss (CNY)',
    acknowledge: 'Acknowledge the report',
    acknowledged: 'Acknowledged',
  },
};
