import type { AuditQuery, CaseQuery } from './types.ts';

export const meKey = ['me'] as const;
export const casesKey = ['cases'] as const;
export const caseListKey = (query: CaseQuery) => ['cases', 'list', query] as const;
export const caseKey = (id: string) => ['cases', 'detail', id] as const;
export const usersKey = (branchId?: string) => ['users', branchId ?? 'all'] as const;
export const auditKey = (query: AuditQuery) => ['audit', query] as const;
