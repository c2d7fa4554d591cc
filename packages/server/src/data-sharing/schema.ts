import { DATA_SHARE_KIND_CODES, DATA_SHARE_MACHINE } from '@claimline/domain/data-sharing';
import { z } from 'zod';
import { answers, instantDate, named, stored, zhEn } from '../http/answers.ts';

const STATES = Object.keys(DATA_SHARE_MACHINE.states) as [string, ...string[]];

export const createDataShareBody = z.object({
  dataKind: z.enum(DATA_SHARE_KIND_CODES),
  branchId: z.uuid(),
  purpose: z.string().trim().min(4).max(500),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export type CreateDataShareBody = z.infer<typeof createDataShareBody>;

export const dataShareMoveBody = z.object({
  event: z.enum(['approve', 'reject', 'withdraw', 'revoke']),
  version: z.number().int().optional(),
  note: z.string().trim().max(500).optional(),
});
export type DataShareMoveBody = z.infer<typeof dataShareMoveBody>;

export const dataShareIdParams = z.object({ id: z.uuid() });
export const dataShareListQuery = z.object({
  state: z.enum(STATES).optional(),
  /** Only grants live now (approved, within their period). */
  live: z.enum(['true', 'false']).optional(),
});

const move = z.object({
  event: z.string(),
  label: zhEn,
  allowed: z.boolean(),
  reason: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
  byRole: z.boolean(),
  inputs: z.array(z.string()),
});

export const dataShareAnswer = named(
  'DataShareRequest',
  z.object({
    id: z.string(),
    dataKind: stored(DATA_SHARE_KIND_CODES),
    dataKindLabel: zhEn,
    ownerDepartment: z.string(),
    branchId: z.string(),
    branchName: zhEn,
    requester: z.object({ id: z.string(), name: z.string(), department: zhEn.nullable() }),
    purpose: z.string(),
    startsAt: instantDate,
    endsAt: instantDate,
    state: stored(STATES),
    stateLabel: zhEn,
    /** Approved and within its period now: reads are widened. */
    live: z.boolean(),
    /** Approved but its period has ended. */
    expired: z.boolean(),
    decidedBy: z.string().nullable(),
    decidedAt: instantDate.nullable(),
    decisionNote: z.string().nullable(),
    revokedBy: z.string().nullable(),
    revokedAt: instantDate.nullable(),
    revokeNote: z.string().nullable(),
    version: z.number().int(),
    moves: z.array(move),
  }),
);
export const dataShareResponse = answers({ 200: dataShareAnswer, 201: dataShareAnswer });
export const dataSharesResponse = answers({ 200: z.object({ items: z.array(dataShareAnswer) }) });
export const shareBranchesResponse = answers({
  200: z.object({
    items: z.array(z.object({ id: z.string(), code: z.string(), name: zhEn, path: z.string() })),
  }),
});
