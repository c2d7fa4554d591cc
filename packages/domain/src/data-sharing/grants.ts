import type { Role } from '../access/index.ts';
import { DATA_SHARE_APPROVER_ROLES, DATA_SHARE_KINDS, type DataShareKind } from './kinds.ts';

/** A grant as the scope checks see it: approved, for one kind, over one branch subtree, for a period. */
export type Grant = {
  state: string;
  dataKind: DataShareKind;
  /** Materialised path of the subtree's root branch ("/HO/SH/"). */
  branchPath: string;
  startsAt: Date;
  endsAt: Date;
};

/** Live at `at`: approved (not revoked), and `at` within [startsAt, endsAt). Expiry needs no job: it is read here. */
export const grantLive = (g: Pick<Grant, 'state' | 'startsAt' | 'endsAt'>, at: Date) =>
  g.state === 'approved' && g.startsAt.getTime() <= at.getTime() && at.getTime() < g.endsAt.getTime();

/** Whether a live grant lets its holder read one record of this case kind in this branch. */
export const grantCovers = (g: Grant, record: { caseKind: string; branchPath: string }, at: Date) =>
  grantLive(g, at) &&
  (DATA_SHARE_KINDS[g.dataKind].caseKinds as readonly string[]).includes(record.caseKind) &&
  record.branchPath.startsWith(g.branchPath);

/** What the case queries need from the live grants: per grant, the case kinds and the root path. */
export const grantReach = (grants: readonly Grant[], at: Date) =>
  grants
    .filter((g) => grantLive(g, at))
    .map((g) => ({ caseKinds: DATA_SHARE_KINDS[g.dataKind].caseKinds, branchPath: g.branchPath }));

export type DataShareManager = { id: string; role: Role; departmentCode: string | null; branchPath: string };

/**
 * The owning department's manager for a request: a supervisor or service manager of the department that owns the
 * kind, whose subtree holds the data, and not the person asking (nobody approves their own request).
 */
export const isOwningManager = (
  m: DataShareManager,
  request: { dataKind: DataShareKind; branchPath: string; requesterId: string },
) =>
  DATA_SHARE_APPROVER_ROLES.includes(m.role) &&
  m.departmentCode === DATA_SHARE_KINDS[request.dataKind].owner &&
  request.branchPath.startsWith(m.branchPath) &&
  m.id !== request.requesterId;

export type PeriodCode = 'DATA_SHARE_PERIOD_INVALID' | 'DATA_SHARE_PERIOD_TOO_LONG';

/** A period must end after it starts and after now, and last at most `maxDays`. */
export const checkPeriod = (
  p: { startsAt: Date; endsAt: Date },
  now: Date,
  maxDays: number,
): PeriodCode | null => {
  if (p.endsAt.getTime() <= p.startsAt.getTime() || p.endsAt.getTime() <= now.getTime())
    return 'DATA_SHARE_PERIOD_INVALID';
  if (p.endsAt.getTime() - p.startsAt.getTime() > maxDays * 86_400_000) return 'DATA_SHARE_PERIOD_TOO_LONG';
  return null;
};
