import { describe, expect, it } from 'vitest';
import { checkPeriod, type Grant, grantCovers, grantReach, isOwningManager } from './grants.ts';

const grant: Grant = {
  state: 'approved',
  dataKind: 'complaints',
  branchPath: '/HO/SH/',
  startsAt: new Date('2026-11-22T00:00:00Z'),
  endsAt: new Date('2026-11-29T00:00:00Z'),
};
const at = new Date('2026-11-23T00:00:00Z');

describe('grantCovers', () => {
  it('covers its kind in its subtree during its period only', () => {
    expect(grantCovers(grant, { caseKind: 'complaint', branchPath: '/HO/SH/SH01/' }, at)).toBe(true);
    expect(grantCovers(grant, { caseKind: 'consultation', branchPath: '/HO/SH/' }, at)).toBe(false);
    expect(grantCovers(grant, { caseKind: 'complaint', branchPath: '/HO/BJ/' }, at)).toBe(false);
    expect(grantCovers(grant, { caseKind: 'complaint', branchPath: '/HO/SH/' }, grant.endsAt)).toBe(false);
    expect(
      grantCovers(grant, { caseKind: 'complaint', branchPath: '/HO/SH/' }, new Date('2026-11-21T23:59:59Z')),
    ).toBe(false);
    expect(
      grantCovers({ ...grant, state: 'revoked' }, { caseKind: 'complaint', branchPath: '/HO/SH/' }, at),
    ).toBe(false);
  });
  it('reach lists only live grants', () => {
    expect(grantReach([grant, { ...grant, state: 'requested' }], at)).toEqual([
      { caseKinds: ['complaint'], branchPath: '/HO/SH/' },
    ]);
  });
});

describe('isOwningManager', () => {
  const req = { dataKind: 'claimApplications' as const, branchPath: '/HO/SH/', requesterId: 'r' };
  it.each([
    [
      'claims supervisor over the branch',
      { id: 'm', role: 'supervisor', departmentCode: 'claims', branchPath: '/HO/' },
      true,
    ],
    [
      'service supervisor',
      { id: 'm', role: 'supervisor', departmentCode: 'service', branchPath: '/HO/' },
      false,
    ],
    [
      'claims supervisor elsewhere',
      { id: 'm', role: 'supervisor', departmentCode: 'claims', branchPath: '/HO/BJ/' },
      false,
    ],
    [
      'claims handler',
      { id: 'm', role: 'claimsHandler', departmentCode: 'claims', branchPath: '/HO/' },
      false,
    ],
    ['the requester', { id: 'r', role: 'supervisor', departmentCode: 'claims', branchPath: '/HO/' }, false],
  ] as const)('%s', (_n, m, expected) => {
    expect(isOwningManager(m, req)).toBe(expected);
  });
});

describe('checkPeriod', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  const day = 86_400_000;
  it('refuses an empty, past or too long period', () => {
    expect(checkPeriod({ startsAt: now, endsAt: new Date(now.getTime() + day) }, now, 90)).toBeNull();
    expect(checkPeriod({ startsAt: now, endsAt: now }, now, 90)).toBe('DATA_SHARE_PERIOD_INVALID');
    expect(
      checkPeriod(
        { startsAt: new Date(now.getTime() - 2 * day), endsAt: new Date(now.getTime() - day) },
        now,
        90,
      ),
    ).toBe('DATA_SHARE_PERIOD_INVALID');
    expect(checkPeriod({ startsAt: now, endsAt: new Date(now.getTime() + 91 * day) }, now, 90)).toBe(
      'DATA_SHARE_PERIOD_TOO_LONG',
    );
  });
});
