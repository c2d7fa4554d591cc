import type { AuditQuery } from '../api/types.ts';

const PAGE_SIZES = [20, 50, 100];

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export const readAuditQuery = (params: URLSearchParams): AuditQuery => {
  const pageSize = positive(params.get('pageSize'), 20);
  return {
    page: positive(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    action: params.get('action')?.trim() || undefined,
    actorId: params.get('actorId') || undefined,
    objectId: params.get('objectId')?.trim() || undefined,
  };
};

export const writeAuditQuery = (query: AuditQuery): URLSearchParams => {
  const params = new URLSearchParams();
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== 20) params.set('pageSize', String(query.pageSize));
  if (query.action) params.set('action', query.action);
  if (query.actorId) params.set('actorId', query.actorId);
  if (query.objectId) params.set('objectId', query.objectId);
  return params;
};

export { PAGE_SIZES as AUDIT_PAGE_SIZES };
