import type { DeepStrings } from '../messages.ts';
import type { analytics as zh } from '../zh-CN/analytics.ts';

/** Service analytics, in English. */
export const analytics: DeepStrings<typeof zh> = {
  analytics: {
    title: 'Service analytics',
    intro:
      'Time per claim stage, how long open files have waited, refusal grounds and complaints per product; click a chart to see its cases.',
    allBranches: 'All branches',
    allProducts: 'All products',
    cycleTitle: 'Average time per stage (hours)',
    waitingTitle: 'How long open files have waited',
    refusalsTitle: 'Refusal grounds by product',
    complaintsTitle: 'Complaints by product and category',
    avgHours: 'Average',
    p90Hours: '90 % of files within',
    refusals: 'Refusals',
    basis: { contract: 'Contract clause', law: 'Law' },
    none: 'No data in this period',
    hours: 'hours',
    days: 'days',
    rowsTotal: '{{count}} in all',
    col: {
      number: 'Case number',
      product: 'Product',
      state: 'State / stage',
      duration: 'Duration',
      at: 'Time',
    },
  },
};
