import { CHANNELS } from '@claimline/domain/cases';
import {
  APPLICANT_RELATIONS,
  CLAIM_DECISION_KINDS,
  CLAIM_TYPES,
  DOCUMENT_LISTS,
  type DocumentList,
} from '@claimline/domain/claim-applications';
import { MAX_LINKED_ARTICLES } from '@claimline/domain/knowledge';
import { z } from 'zod';

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export const applicationIdParams = z.object({ id: z.uuid() });

export const policyLookupQuery = z.object({ policyNo: z.string().trim().min(1).max(40) });

export const boardQuery = z.object({ state: z.string().max(40).optional() });

/** The application form: from a claim report (its policy) or at the desk after a policy look-up. */
export const registerApplicationBody = z.strictObject({
  reportCaseId: z.uuid().optional(),
  policyId: z.uuid().optional(),
  channel: z.enum(CHANNELS).default('walkIn'),
  claimType: z.enum(CLAIM_TYPES),
  relation: z.enum(APPLICANT_RELATIONS),
  applicantName: z.string().trim().min(1).max(50),
  applicantIdNumber: z.string().trim().min(1).max(30),
  applicantPhone: z
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
    ),
  /** Declared by the applicant (a court's or hospital's finding is among the papers): a guardian may then apply. */
  insuredIncapacitated: z.boolean().default(false),
  description: z.string().trim().max(2000).default(''),
  /** The bank account the payout goes to (optional until the payout); checked by domain/fraud/payee-account.ts. */
  payeeAccount: z.string().trim().max(40).optional(),
});
export type RegisterApplicationInput = z.infer<typeof registerApplicationBody>;

const version = z.number().int().min(1).max(1_000_000_000).optional();
const note = z.string().trim().max(2000).optional();

export const documentRecord = z.strictObject({
  id: z.string().min(1).max(60),
  received: z.boolean(),
  form: z.enum(['original', 'copy']).nullable(),
  verified: z.boolean(),
  returned: z.boolean(),
});

/** Money in integer fen (分), up to 100 billion yuan. */
const fen = z.number().int().min(0).max(1e13);
const text = (max: number) => z.string().trim().min(1).max(max);

const lossItem = z.strictObject({
  zh: text(100),
  en: text(200),
  lossFen: fen,
  limitFen: fen.optional(),
  category: z.string().trim().min(1).max(40).optional(),
});
const categoryLimit = z.strictObject({
  category: z.string().trim().min(1).max(40),
  zh: text(100),
  en: text(200),
  limitFen: fen,
});

/** A reason cites a clause of the contract or an article of a law (Insurance Law art. 24: 说明理由). */
const decisionReason = z.strictObject({
  text: text(500),
  basis: z.discriminatedUnion('source', [
    z.strictObject({ source: z.literal('contract'), clause: text(100) }),
    z.strictObject({ source: z.literal('law'), law: text(100), article: text(50) }),
  ]),
});

export const applicationEventBody = z.discriminatedUnion('event', [
  z.strictObject({
    event: z.literal('recordDocuments'),
    version,
    note,
    documents: z.array(documentRecord).min(1).max(100),
  }),
  z.strictObject({ event: z.literal('sendMissingNotice'), version, note }),
  z.strictObject({ event: z.literal('markComplete'), version, note }),
  z.strictObject({
    event: z.literal('handOver'),
    version,
    note,
    recipient: z.string().trim().max(200).optional(),
  }),
  z.strictObject({ event: z.literal('confirmReceipt'), version, note }),
  z.strictObject({ event: z.literal('startInvestigation'), version, note }),
  z.strictObject({
    event: z.literal('recordAssessment'),
    version,
    note,
    /** The loss in one amount, when it is not itemised. */
    assessedAmountFen: fen.optional(),
    items: z.array(lossItem).min(1).max(50).optional(),
    categoryLimits: z.array(categoryLimit).max(20).optional(),
  }),
  /** 先予支付 (art. 25): the determinable amount, to whom and on what basis. */
  z.strictObject({
    event: z.literal('advancePay'),
    version,
    note,
    amountFen: fen.optional(),
    payee: z.string().trim().max(100).optional(),
    basis: z.string().trim().max(500).optional(),
  }),
  z.strictObject({
    event: z.literal('decide'),
    version,
    note,
    outcome: z.enum(CLAIM_DECISION_KINDS).optional(),
    amountFen: fen.optional(),
    reasons: z.array(decisionReason).max(20).default([]),
    // C8: the reasons go into the customer's letter; a forbidden phrase needs a reason to send (scripts/guard.ts).
    overrideReason: z.string().trim().min(2).max(500).optional(),
  }),
  z.strictObject({ event: z.literal('approveDecision'), version, note }),
  z.strictObject({ event: z.literal('rejectDecision'), version, note }),
  z.strictObject({ event: z.literal('pay'), version, note }),
  z.strictObject({ event: z.literal('refuse'), version, note }),
  z.strictObject({ event: z.literal('close'), version, note }),
  z.strictObject({ event: z.literal('archive'), version, note }),
]);
export type ApplicationEventBody = z.infer<typeof applicationEventBody>;

export const revealBody = z.strictObject({
  field: z.enum(['applicantName', 'applicantIdNumber', 'applicantPhone', 'payeeAccount']),
  reason: z.string().trim().min(1).max(200),
});

const label = z.strictObject({
  zh: z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(200),
});
const checklistItem = z.strictObject({
  id: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/)
    .max(40),
  list: z.enum(DOCUMENT_LISTS),
  label,
  originalRequired: z.boolean(),
  onlyIfApplicantNotInsured: z.boolean(),
  /** Knowledge articles behind the item (issue #20), by id: checked to exist and be readable on save. */
  articleIds: z
    .array(z.uuid())
    .max(MAX_LINKED_ARTICLES)
    .refine((xs) => new Set(xs).size === xs.length, 'An article is named twice|文章重复')
    .optional(),
});
const list = z.strictObject({ label, items: z.array(checklistItem).max(40) });
const lists = z.strictObject(
  Object.fromEntries(DOCUMENT_LISTS.map((l) => [l, list])) as Record<DocumentList, typeof list>,
);
const listsOfType = z
  .array(z.enum(DOCUMENT_LISTS))
  .max(DOCUMENT_LISTS.length)
  .refine((xs) => new Set(xs).size === xs.length, 'A list is named twice|清单重复');

export const saveChecklistsBody = z.strictObject({
  baseVersion: z.number().int().min(0).max(1_000_000_000),
  note: z.string().trim().min(1).max(500),
  checklists: z.strictObject({
    lists,
    byClaimType: z.strictObject(
      Object.fromEntries(CLAIM_TYPES.map((t) => [t, listsOfType])) as Record<
        (typeof CLAIM_TYPES)[number],
        typeof listsOfType
      >,
    ),
  }),
});
export type SaveChecklistsInput = z.infer<typeof saveChecklistsBody>;
