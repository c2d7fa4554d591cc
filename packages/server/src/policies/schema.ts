import { z } from 'zod';
import { answers, fileAnswer, instantDate, named, stored } from '../http/answers.ts';

export const importIdParams = z.object({ id: z.uuid() });
export const uploadQuery = z.object({
  branchDefault: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,20}$/)
    .optional(),
});
export const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const reportQuery = z.object({ lang: z.enum(['zh', 'en']).optional() });

// ——— Answers (routes.ts view of an import row) ———

export const policyImportSummaryAnswer = named(
  'PolicyImportSummary',
  z.object({
    id: z.string(),
    fileName: z.string(),
    format: stored(['csv', 'xlsx']),
    status: stored(['running', 'done', 'failed']),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    rejected: z.number().int(),
    warnings: z.number().int(),
    reportSize: z.number().int(),
    actorName: z.string(),
    startedAt: instantDate,
    finishedAt: instantDate.nullable(),
  }),
);

/** One line of the per-row report (policies/import.ts ReportEntry). */
export const reportEntryAnswer = named(
  'ReportEntry',
  z.object({
    row: z.number().int(),
    policyNo: z.string().nullable(),
    field: z.string().nullable(),
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    zh: z.string(),
    en: z.string(),
  }),
);

export const importStartedResponse = answers({
  202: z.object({ id: z.string() }).describe('Accepted: the import runs in the background'),
});
export const importListResponse = answers({ 200: z.object({ items: z.array(policyImportSummaryAnswer) }) });
export const importDetailResponse = answers({
  200: named('PolicyImportDetail', policyImportSummaryAnswer.extend({ report: z.array(reportEntryAnswer) })),
});
export const importReportCsvResponse = answers({
  200: fileAnswer('text/csv', 'The per-row report as CSV (UTF-8 with BOM)'),
});
