import { sql } from 'kysely';
import type { z } from 'zod';
import { CASE_SUMMARY_COLUMNS, caseListBase } from '../../cases/repository.ts';
import { listCasesQuery } from '../../cases/schema.ts';
import { phoneSearchIndex } from '../../cases/views.ts';
import { auditGrantReads, sharedCaseReach } from '../../data-sharing/case-reads.ts';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { beijingTime, defineExport, type ExportColumn, labelIn, yesNo } from '../declare.ts';
import { CASE_KIND_LABELS, CASE_STATUS_LABELS, CHANNEL_LABELS } from '../labels.ts';

type CaseFilter = Omit<z.infer<typeof listCasesQuery>, 'page' | 'pageSize' | 'sort' | 'order'>;

type Cursor = { cursor_at: string; id: string };

const rowsOf = async (deps: Deps, ctx: RequestCtx, q: CaseFilter, after: Cursor | null, limit: number) => {
  const { grants, reach } = await sharedCaseReach(deps.db, ctx);
  let base = caseListBase(deps.db, ctx.actor.scope, ctx.actor.id, q, phoneSearchIndex(deps, q.q), reach);
  // Keyset on (created_at, id), newest first. The cursor is the timestamp's text, not a JS Date, so rows that
  // differ below the millisecond are neither skipped nor repeated.
  if (after)
    base = base.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('c.created_at', 'c.id'), '<', tuple(sql<Date>`${after.cursor_at}::timestamptz`, after.id)),
    );
  const rows = await base
    .select([...CASE_SUMMARY_COLUMNS, sql<string>`c.created_at::text`.as('cursor_at')])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
  // Rows read through a data-sharing grant are audited as the list audits them (issue #18).
  if (grants.length > 0)
    await auditGrantReads(
      deps.db,
      ctx,
      grants,
      rows.map((r) => ({ id: r.id, kind: r.kind, branchPath: r.branch_path })),
      'caseList',
    );
  return rows;
};
type CaseRow = Awaited<ReturnType<typeof rowsOf>>[number];

const countOf = async (deps: Deps, ctx: RequestCtx, q: CaseFilter) => {
  const { reach } = await sharedCaseReach(deps.db, ctx);
  const base = caseListBase(deps.db, ctx.actor.scope, ctx.actor.id, q, phoneSearchIndex(deps, q.q), reach);
  const r = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
};

/** The columns of the case list; the customer's name is the masked one (C11: an export is a list). */
export const CASE_COLUMNS: readonly ExportColumn<CaseRow>[] = [
  { zh: '案件编号', en: 'Case number', width: 22, value: (r) => r.number },
  { zh: '类型', en: 'Kind', value: (r, l) => labelIn(CASE_KIND_LABELS, r.kind, l) },
  { zh: '渠道', en: 'Channel', value: (r, l) => labelIn(CHANNEL_LABELS, r.channel, l) },
  { zh: '状态', en: 'Status', value: (r, l) => labelIn(CASE_STATUS_LABELS, r.status, l) },
  { zh: '主题', en: 'Subject', width: 40, value: (r) => r.subject },
  { zh: '客户', en: 'Customer', value: (r) => r.customer_name_masked },
  { zh: '机构', en: 'Branch', width: 20, value: (r) => r.branch_name },
  { zh: '处理人', en: 'Owner', value: (r) => r.owner_name },
  { zh: '一次解决', en: 'First-contact resolution', value: (r, l) => yesNo(r.first_contact_resolution, l) },
  { zh: '创建时间', en: 'Created (Beijing)', width: 20, value: (r) => beijingTime(r.created_at) },
  { zh: '更新时间', en: 'Updated (Beijing)', width: 20, value: (r) => beijingTime(r.updated_at) },
];

export const casesExport = defineExport({
  name: 'cases',
  title: { zh: '服务案件', en: 'Service cases' },
  access: 'case.read',
  query: listCasesQuery,
  columns: CASE_COLUMNS,
  count: countOf,
  page: rowsOf,
});

/** Claim reports are the cases of kind 报案: the case list with its kind fixed. */
const claimReportQuery = listCasesQuery.omit({ kind: true });
export const claimReportsExport = defineExport<Omit<CaseFilter, 'kind'>, CaseRow>({
  name: 'claim-reports',
  title: { zh: '报案', en: 'Claim reports' },
  access: 'case.read',
  query: claimReportQuery,
  columns: CASE_COLUMNS.filter((c) => c.en !== 'Kind'),
  count: (deps, ctx, q) => countOf(deps, ctx, { ...q, kind: 'claimReport' }),
  page: (deps, ctx, q, after, limit) => rowsOf(deps, ctx, { ...q, kind: 'claimReport' }, after, limit),
});
