import type { AnyExportList } from './declare.ts';
import { assessmentsExport } from './lists/assessments.ts';
import { auditExport } from './lists/audit.ts';
import { callsExport } from './lists/calls.ts';
import { casesExport, claimReportsExport } from './lists/cases.ts';
import { claimApplicationsExport } from './lists/claim-applications.ts';
import { complaintsExport } from './lists/complaints.ts';
import { fraudConfirmedExport } from './lists/fraud-confirmed.ts';
import { kpisExport } from './lists/kpis.ts';
import { qaExport } from './lists/qa.ts';
import { serviceAnalyticsExport } from './lists/service-analytics.ts';

/** Every exportable list; a new one is declared in lists/ and added here (its routes follow). */
export const EXPORT_LISTS: readonly AnyExportList[] = [
  casesExport,
  claimReportsExport,
  complaintsExport,
  claimApplicationsExport,
  callsExport,
  qaExport,
  auditExport,
  kpisExport,
  assessmentsExport,
  serviceAnalyticsExport,
  fraudConfirmedExport,
];
