import {
  CHANGE_TYPES,
  POLICY_SERVICE_KINDS,
  POLICY_SERVICE_STATES,
  REFUND_SOURCES,
  SURRENDER_REASONS,
} from '@claimline/domain/policy-services';
import { z } from 'zod';
import { caseDetailAnswer } from '../cases/schema.ts';
import { answers, instant, named, stored, zhEn } from '../http/answers.ts';

const documentAnswer = named(
  'ServiceDocument',
  z.object({ id: z.string(), zh: z.string(), en: z.string(), received: z.boolean() }),
);

/** The policy a surrender or endorsement is about, as the look-up and the detail show it (masked). */
export const servicePolicyAnswer = named(
  'ServicePolicy',
  z.object({
    id: z.string(),
    policyNo: z.string(),
    product: z.string(),
    line: z.string(),
    periodStart: instant,
    periodEnd: instant,
    policyholderNameMasked: z.string(),
    insuredNameMasked: z.string(),
    plateMasked: z.string().nullable(),
  }),
);

export const serviceLookupResponse = answers({
  200: named(
    'ServicePolicyHit',
    z.object({
      policy: servicePolicyAnswer,
      /** The documents to bring for each service on this policy (seed 003 第五条 提醒客户准备相关资料). */
      documents: z.object({
        surrender: z.array(zhEn.extend({ id: z.string() })),
        endorsement: z.array(zhEn.extend({ id: z.string() })),
      }),
      /** Whether a beneficiary change can be verified here: the policyholder is the insured, whose ID is held. */
      holderVerifiable: z.boolean(),
    }),
  ),
});

export const serviceAnswer = named(
  'PolicyService',
  z.object({
    kind: stored(POLICY_SERVICE_KINDS),
    state: stored(POLICY_SERVICE_STATES),
    policy: servicePolicyAnswer,
    reason: stored(SURRENDER_REASONS).nullable(),
    /** Masked when it held an ID or phone number (sealed). */
    reasonNote: z.string().nullable(),
    changeType: stored(CHANGE_TYPES).nullable(),
    /** The change's fields with every personal value masked; the full values are a reveal. */
    change: z.record(z.string(), z.unknown()).nullable(),
    holderVerified: z.boolean(),
    documents: z.array(documentAnswer),
    recipient: z.string().nullable(),
    handedOverAt: instant.nullable(),
    /** Exact fen. */
    refundFen: z.number().int().nullable(),
    refundSource: stored(REFUND_SOURCES).nullable(),
    outcomeNote: z.string().nullable(),
    finishedAt: instant.nullable(),
  }),
);

/** The case detail with the service record; `moves` are the surrender or endorsement table's moves. */
export const serviceDetailAnswer = named(
  'PolicyServiceDetail',
  caseDetailAnswer.extend({ service: serviceAnswer }),
);
export type ServiceDetailAnswer = z.output<typeof serviceDetailAnswer>;

export const serviceDetailResponse = answers({ 200: serviceDetailAnswer });
export const serviceCreatedResponse = answers({ 200: serviceDetailAnswer, 201: serviceDetailAnswer });

export const changeRevealResponse = answers({
  200: named('ServiceChangeRevealed', z.object({ change: z.record(z.string(), z.unknown()) })),
});

const itemAnswer = z.object({ id: z.string(), zh: z.string(), en: z.string() });
const settingsAnswer = z.object({
  lists: z.array(
    z.object({ kind: stored(POLICY_SERVICE_KINDS), product: z.string(), items: z.array(itemAnswer) }),
  ),
});
export const documentSettingsResponse = answers({
  200: named(
    'ServiceDocumentLists',
    z.object({
      version: z.number().int(),
      note: z.string().nullable(),
      savedAt: z.string().nullable(),
      savedBy: z.string().nullable(),
      editable: z.boolean(),
      settings: settingsAnswer,
      defaults: settingsAnswer,
    }),
  ),
});
