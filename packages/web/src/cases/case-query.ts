import { CASE_KINDS, CASE_SORTS, CASE_STATUSES, type CaseQuery, CHANNELS, oneOf } from '../api/types.ts';

export const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZES = [10, 20, 50, 100];

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  oneOf(values, value) ? value : undefined;

const positive = (value: string | null, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The list's filters, paging and sort live in the URL, so a view can be bookmarked, shared and reloaded. */
export const readCaseQuery = (params: URLSearchParams): CaseQuery => {
  const pageSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    kind: pick(CASE_KINDS, params.get('kind')),
    status: pick(CASE_STATUSES, params.get('status')),
    channel: pick(CHANNELS, params.get('channel')),
    q: params.get('q')?.trim() || undefined,
    mine: params.get('mine') === 'true' || undefined,
    page: positive(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    sort: pick(CASE_SORTS, params.get('sort')) ?? 'createdAt',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
  };
};

/** Writes only what differs from the defaults, to keep the URL short. */
export const writeCaseQuery = (query: CaseQuery): URLSearchParams => {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.status) params.set('status', query.status);
  if (query.channel) params.set('channel', query.channel);
  if (query.q) params.set('q', query.q);
  if (query.mine) params.set('mine', 'true');
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  if (query.sort !== 'createdAt' || query.order !== 'desc') {
    params.set('sort', query.sort);
    params.set('order', query.order);
  }
  return params;
};

export { PAGE_SIZES };
