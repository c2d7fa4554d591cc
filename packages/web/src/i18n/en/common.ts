import type { DeepStrings } from '../messages.ts';
import type { common as zh } from '../zh-CN/common.ts';

/** The words every screen shares: the app, buttons, roles, case kinds, channels and statuses. */
export const common: DeepStrings<typeof zh> = {
  app: { name: 'claimline', title: 'Customer & Claims Service Center' },
  common: {
    ok: 'OK',
    cancel: 'Cancel',
    submit: 'Submit',
    reset: 'Reset',
    search: 'Search',
    refresh: 'Refresh',
    retry: 'Retry',
    forbidden: 'You may not open this page',
    pageNotFound: 'Page not found',
    noDesk: 'Your role has no desk here yet',
    back: 'Back',
    none: '—',
    loading: 'Loading…',
    total: '{{total}} in total',
    networkError: 'Network error, please try again later',
    httpError: 'Server error ({{status}})',
  },
  language: { label: 'Language', zhCN: '中文', en: 'English' },
  role: {
    agent: 'Agent',
    teamLead: 'Team lead',
    supervisor: 'Supervisor',
    serviceManager: 'Service manager',
    claimsHandler: 'Claims handler',
    branchAdmin: 'Branch admin',
    headOffice: 'Head office',
    auditor: 'Auditor',
    sysAdmin: 'System admin',
  },
  kind: {
    consultation: 'Consultation',
    complaint: 'Complaint',
    claimReport: 'Claim report',
    claimApplication: 'Claim application',
    surrender: 'Surrender',
    endorsement: 'Endorsement',
    suggestion: 'Suggestion',
  },
  channel: { phone: 'Phone', walkIn: 'Walk-in', fax: 'Fax', letter: 'Letter', online: 'Online' },
  status: {
    new: 'New',
    answered: 'Answered',
    inProgress: 'In progress',
    resolved: 'Resolved',
    closed: 'Closed',
  },
};
