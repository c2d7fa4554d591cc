export const CASE_KINDS = [
  'consultation',
  'complaint',
  'claimReport',
  'claimApplication',
  'surrender',
  'endorsement',
  'suggestion',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CHANNELS = ['phone', 'walkIn', 'fax', 'letter', 'online'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = ['new', 'answered', 'inProgress', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
