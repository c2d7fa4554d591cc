import { CHANNELS } from '@claimline/domain/cases';
import { CHANGE_TYPES, POLICY_SERVICE_KINDS, SURRENDER_REASONS } from '@claimline/domain/policy-services';
import { z } from 'zod';

export const serviceIdParams = z.object({ id: z.uuid() });

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, '').replace(/^\+?86(?=1)/, ''))
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`${MOBILE.source}|${LANDLINE.source}`),
        'Enter a mainland mobile or landline number|请输入正确的手机号或固定电话',
      ),
  );

/** What both forms share: the policy found by the look-up, the channel (seed 003: 电话、上门、传真、书信) and the caller. */
const intake = {
  policyId: z.uuid(),
  channel: z.enum(CHANNELS),
  customerName: z.string().trim().min(1).max(50),
  customerPhone: phone.optional(),
};

/** 退保 (seed 003 第五条): the reason as a code and a note ("了解退保原因，并做记录"). */
export const registerSurrenderBody = z.strictObject({
  ...intake,
  reason: z.enum(SURRENDER_REASONS),
  reasonNote: z.string().trim().max(1000).default(''),
});
export type RegisterSurrenderInput = z.infer<typeof registerSurrenderBody>;

/**
 * 批改 (seed 003 第六条): the change type and its fields, checked by the domain's validateChange (which knows the
 * fields of each type); the policyholder's ID number when the change needs a verified identity (beneficiary).
 */
export const registerEndorsementBody = z.strictObject({
  ...intake,
  changeType: z.enum(CHANGE_TYPES),
  fields: z.record(z.string().max(40), z.unknown()).refine((r) => Object.keys(r).length <= 10),
  holderIdNumber: z.string().trim().max(30).optional(),
});
export type RegisterEndorsementInput = z.infer<typeof registerEndorsementBody>;

const version = z.number().int().min(1).max(1_000_000_000);
const note = z.string().trim().max(2000).optional();

export const serviceEventBody = z.discriminatedUnion('event', [
  z.strictObject({
    event: z.literal('recordDocuments'),
    version,
    note,
    received: z.array(z.string().min(1).max(60)).max(50),
  }),
  z.strictObject({ event: z.literal('handOver'), version, note, recipient: z.string().trim().max(100) }),
  z.strictObject({
    event: z.literal('complete'),
    version,
    note,
    /** Surrender: the refund in exact fen as the insurer gave it; left out when the core system supplies it. */
    refundFen: z.number().int().min(0).max(1e13).optional(),
  }),
  z.strictObject({ event: z.literal('decline'), version, note }),
  z.strictObject({ event: z.literal('withdraw'), version, note }),
]);
export type ServiceEventBody = z.infer<typeof serviceEventBody>;

export const revealChangeBody = z.strictObject({ reason: z.string().trim().min(4).max(500) });

const documentItem = z.strictObject({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/),
  zh: z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(200),
});
export const saveDocumentsBody = z.strictObject({
  baseVersion: z.number().int().min(0).max(1_000_000_000),
  note: z.string().trim().min(1).max(500),
  settings: z.strictObject({
    lists: z
      .array(
        z.strictObject({
          kind: z.enum(POLICY_SERVICE_KINDS),
          product: z.string().trim().min(1).max(60),
          items: z.array(documentItem).max(30),
        }),
      )
      .max(200),
  }),
});
export type SaveDocumentsInput = z.infer<typeof saveDocumentsBody>;
