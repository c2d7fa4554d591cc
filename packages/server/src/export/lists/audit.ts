import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AUDIT_RESULTS } from '@claimline/domain/audit';
import { auditListBase } from '../../audit/list.ts';
import { auditQuery } from '../../audit/schema.ts';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { beijingTime, defineExport, labelIn } from '../declare.ts';

type AuditFilter = {
  action?: string | undefined;
  actorId?: string | undefined;
  objectId?: string | undefined;
};

// Keyset on the chain's own id, newest first, as the audit page lists it.
const rowsOf = (deps: Deps, ctx: RequestCtx, q: AuditFilter, after: { id: string } | null, limit: number) => {
  let base = auditListBase(deps.db, ctx.actor, q);
  if (after) base = base.where('id', '<', after.id);
  return base
    .select([
      'id',
      'at',
      'actor_name',
      'action',
      'object_type',
      'object_id',
      'result',
      'request_id',
      'details',
    ])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
};
type AuditRow = Awaited<ReturnType<typeof rowsOf>>[number];

export const auditExport = defineExport<AuditFilter, AuditRow>({
  name: 'audit',
  title: { zh: '审计日志', en: 'Audit log' },
  access: 'audit.read',
  query: auditQuery,
  columns: [
    { zh: '序号', en: 'No.', value: (r) => Number(r.id) },
    { zh: '时间', en: 'Time (Beijing)', width: 20, value: (r) => beijingTime(r.at) },
    { zh: '操作人', en: 'Actor', value: (r, l) => r.actor_name ?? (l === 'zh' ? '系统' : 'System') },
    { zh: '操作', en: 'Action', width: 24, value: (r, l) => labelIn(AUDIT_ACTIONS, r.action, l) },
    { zh: '对象类型', en: 'Object type', value: (r, l) => labelIn(AUDIT_OBJECT_TYPES, r.object_type, l) },
    { zh: '对象编号', en: 'Object id', width: 38, value: (r) => r.object_id },
    { zh: '结果', en: 'Result', value: (r, l) => labelIn(AUDIT_RESULTS, r.result, l) },
    { zh: '请求编号', en: 'Request id', value: (r) => r.request_id },
    // The details are written without sealed personal data (audit rows carry masked values and ids only).
    { zh: '详情', en: 'Details', width: 60, value: (r) => JSON.stringify(r.details ?? {}) },
  ],
  count: async (deps, ctx, q) =>
    Number(
      (
        await auditListBase(deps.db, ctx.actor, q)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  page: rowsOf,
});
