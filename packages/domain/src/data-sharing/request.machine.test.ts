import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { DATA_SHARE_MACHINE, type DataShareFacts } from './request.machine.ts';

const facts = (over: Partial<DataShareFacts> = {}): DataShareFacts => ({
  isRequester: false,
  isOwningManager: true,
  periodOpen: true,
  note: undefined,
  ...over,
});

describe('data-sharing request machine', () => {
  it('the owning manager approves while the period is open', () => {
    expect(next(DATA_SHARE_MACHINE, 'requested', 'approve', facts())).toMatchObject({
      ok: true,
      to: 'approved',
    });
    expect(next(DATA_SHARE_MACHINE, 'requested', 'approve', facts({ periodOpen: false }))).toMatchObject({
      ok: false,
      code: 'DATA_SHARE_PERIOD_OVER',
    });
    expect(
      next(DATA_SHARE_MACHINE, 'requested', 'approve', facts({ isOwningManager: false, isRequester: true })),
    ).toMatchObject({ ok: false, code: 'DATA_SHARE_NOT_OWNING_MANAGER' });
  });
  it('a rejection and a revocation need a reason; the requester may give a grant up', () => {
    expect(next(DATA_SHARE_MACHINE, 'requested', 'reject', facts())).toMatchObject({
      ok: false,
      code: 'NOTE_REQUIRED',
    });
    expect(
      next(
        DATA_SHARE_MACHINE,
        'approved',
        'revoke',
        facts({ isOwningManager: false, isRequester: true, note: '完成' }),
      ),
    ).toMatchObject({ ok: true, to: 'revoked' });
    expect(next(DATA_SHARE_MACHINE, 'requested', 'withdraw', facts())).toMatchObject({
      ok: false,
      code: 'DATA_SHARE_NOT_REQUESTER',
    });
  });
  it('nothing leaves a closed request', () => {
    expect(next(DATA_SHARE_MACHINE, 'revoked', 'approve', facts())).toMatchObject({
      ok: false,
      code: 'DATA_SHARE_TRANSITION_NOT_ALLOWED',
    });
  });
});
