import {
  APPLICANT_RELATIONS,
  CLAIM_APPLICATION_STATES,
  CLAIM_APPROVAL_LEVELS,
  CLAIM_DECISION_KINDS,
  CLAIM_TYPES,
  DOCUMENT_LISTS,
  PAYOUT_STEP_CODES,
} from '@claimline/domain/claim-applications';
import { z } from 'zod';
import { caseDetailAnswer } from '../cases/schema.ts';
import { nextDeadlineAnswer } from '../deadlines/schema.ts';
import { answers, fileAnswer, instant, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';

// ——— Answers of the claims desk (views.ts, checklists.ts, reveal.ts); a field missing here is not sent. ———

const progress = z.object({ satisfied: z.number().int(), total: z.number().int() });
const documentForm = z.enum(['original', 'copy']).nullable();

export const checklistItemAnswer = named(
  'ClaimChecklistItem',
  z.object({
    id: z.string(),
    list: stored(DOCUMENT_LISTS),
    label: zhEn,
    originalRequired: z.boolean(),
    onlyIfApplicantNotInsured: z.boolean(),
    /** Knowledge articles behind the item (issue #20); the console asks which the reader may open. */
    articleIds: z.array(z.string()).optional(),
  }),
);

export const applicationDocumentAnswer = named(
  'ClaimApplicationDocument',
  checklistItemAnswer.extend({
    received: z.boolean(),
    form: documentForm,
    verified: z.boolean(),
    returned: z.boolean(),
    satisfied: z.boolean(),
  }),
);

/** A document as a notice or the transmittal froze it. */
const listedDocument = z.object({ id: z.string(), label: zhEn, form: documentForm });

export const applicationMoveAnswer = named(
  'ClaimApplicationMove',
  offeredMoveAnswer.extend({ noteRequired: z.boolean() }),
);

export const payoutAnswer = named(
  'ClaimPayout',
  z.object({
    lossFen: z.number().int(),
    payableFen: z.number().int(),
    steps: z.array(
      z.object({
        code: stored(PAYOUT_STEP_CODES),
        zh: z.string(),
        en: z.string(),
        amountFen: z.number().int(),
        changeFen: z.number().int(),
        subject: zhEn.optional(),
        limitFen: z.number().int().optional(),
        rateBp: z.number().int().optional(),
        ratio: z.object({ numeratorFen: z.number().int(), denominatorFen: z.number().int() }).optional(),
      }),
    ),
  }),
);

export const decisionAnswer = named(
  'ClaimDecision',
  z.object({
    kind: stored(CLAIM_DECISION_KINDS),
    amountFen: z.number().int().optional(),
    reasons: z
      .array(
        z.object({
          text: z.string(),
          basis: z.object({
            source: stored(['contract', 'law']),
            clause: z.string().optional(),
            law: z.string().optional(),
            article: z.string().optional(),
          }),
        }),
      )
      .readonly()
      .optional(),
  }),
);

export const approvalsResponse = answers({
  200: named(
    'ClaimApprovals',
    z.object({
      items: z.array(
        z.object({
          id: z.string(),
          caseId: z.string(),
          number: z.string(),
          requiredLevel: stored(CLAIM_APPROVAL_LEVELS),
          amountFen: z.number().int(),
          decision: decisionAnswer,
          requestedAt: instant,
          requestedBy: z.string(),
        }),
      ),
    }),
  ),
});

export const applicationAnswer = z.object({
  state: stored(CLAIM_APPLICATION_STATES),
  claimType: stored(CLAIM_TYPES),
  relation: stored(APPLICANT_RELATIONS),
  applicant: z.object({ nameMasked: z.string(), idNumberMasked: z.string(), phoneMasked: z.string() }),
  payeeAccountMasked: z.string().nullable(),
  insuredIncapacitated: z.boolean(),
  entitlementBasis: z.string(),
  policy: z.object({
    id: z.string(),
    policyNo: z.string(),
    product: z.string(),
    insuredNameMasked: z.string(),
  }),
  report: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
  checklistVersion: z.number().int(),
  documents: z.array(applicationDocumentAnswer),
  progress,
  missingNotice: z.object({ at: instant, items: z.array(listedDocument), by: z.string() }).nullable(),
  completeAt: instant.nullable(),
  handover: z
    .object({ at: instant, recipient: z.string(), by: z.string(), items: z.array(listedDocument) })
    .nullable(),
  receipt: z.object({ at: instant, note: z.string().nullable().optional(), by: z.string() }).nullable(),
  assessment: z.string().nullable(),
  assessedAmountFen: z.number().int().nullable(),
  decision: z.enum(['pay', 'refuse']).nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: instant.nullable(),
  paidAt: instant.nullable(),
  refusedAt: instant.nullable(),
  archivedAt: instant.nullable(),
  /** The payout breakdown (calculatePayout): each step's label and the running amount, in fen. */
  payout: payoutAnswer.nullable(),
  decisionDetail: decisionAnswer.nullable(),
  /** The advance payment (Insurance Law art. 25), once recorded. */
  advance: z
    .object({
      amountFen: z.number().int(),
      payeeMasked: z.string(),
      basis: z.string(),
      by: z.string(),
      at: instant,
    })
    .nullable(),
  /** Once an amount is decided: the decided amount, the advance already paid and the balance still to pay. */
  settlement: z
    .object({ decidedFen: z.number().int(), advanceFen: z.number().int(), balanceFen: z.number().int() })
    .nullable(),
  /** The policy's terms the payout applies (fixed deductible, 免赔率 and 赔付比例 in basis points). */
  policyTerms: z.object({
    sumInsuredFen: z.number().int(),
    deductibleFen: z.number().int(),
    deductibleRateBp: z.number().int(),
    payoutRatioBp: z.number().int(),
  }),
  pendingApproval: z
    .object({
      id: z.string(),
      requiredLevel: stored(CLAIM_APPROVAL_LEVELS),
      amountFen: z.number().int(),
      decision: decisionAnswer,
      requestedAt: instant,
      requestedById: z.string(),
    })
    .nullable(),
  /** The authority table in force (read-only here) and where it comes from. */
  authority: z.object({
    table: z
      .array(z.object({ level: stored(CLAIM_APPROVAL_LEVELS), maxFen: z.number().int().nullable() }))
      .readonly(),
    source: z.string(),
  }),
  /** How long the archived file is kept, and where that comes from. */
  retention: z.object({ days: z.number().int(), source: z.string() }),
});

/** The stored JSON of the notice, the transmittal and the receipt (workflow.ts writes them). */
export type MissingNoticeStored = { items: z.output<typeof listedDocument>[]; by: string };
export type HandoverStored = { recipient: string; by: string; items: z.output<typeof listedDocument>[] };
export type ReceiptStored = { note?: string | null; by: string };

/** The application detail (buildApplicationDetail): the case detail, the application and its moves. */
export const applicationDetailAnswer = named(
  'ClaimApplicationDetail',
  caseDetailAnswer.extend({
    moves: z.array(applicationMoveAnswer),
    application: applicationAnswer,
  }),
);

/** What a replayed registration sends back (stored as JSON) is checked against this when it is sent. */
export type ApplicationDetailAnswer = z.output<typeof applicationDetailAnswer>;

export const applicationDetailResponse = answers({ 200: applicationDetailAnswer });
/** A registration answers 201; a replay of the same Idempotency-Key answers what the first one did. */
export const applicationCreatedResponse = answers({
  200: applicationDetailAnswer,
  201: applicationDetailAnswer,
});

export const boardItemAnswer = named(
  'ClaimApplicationBoardItem',
  z.object({
    id: z.string(),
    number: z.string(),
    state: stored(CLAIM_APPLICATION_STATES),
    claimType: stored(CLAIM_TYPES),
    relation: stored(APPLICANT_RELATIONS),
    applicantNameMasked: z.string(),
    policyNo: z.string(),
    createdAt: instant,
    progress,
    nextDeadline: nextDeadlineAnswer.nullable(),
    /** The caller took it (the case owner): the board's "mine" filter. */
    mine: z.boolean(),
  }),
);

export const boardResponse = answers({
  200: named(
    'ClaimApplicationBoard',
    z.object({
      columns: z.array(
        z.object({ state: stored(CLAIM_APPLICATION_STATES), label: zhEn, items: z.array(boardItemAnswer) }),
      ),
    }),
  ),
});

export const policyHitResponse = answers({
  200: named(
    'ClaimPolicyHit',
    z.object({
      id: z.string(),
      policyNo: z.string(),
      product: z.string(),
      line: z.string(),
      periodStart: instant,
      periodEnd: instant,
      insuredNameMasked: z.string(),
      /** Masked beneficiaries as stored with the policy. */
      beneficiaries: z.unknown(),
      /** The terms the payout applies: fixed deductible, 免赔率 and 赔付比例 (basis points, 10,000 = 100 %). */
      sumInsuredFen: z.number().int(),
      deductibleFen: z.number().int(),
      deductibleRateBp: z.number().int(),
      payoutRatioBp: z.number().int(),
    }),
  ),
});

const checklistSettingsAnswer = z.object({
  lists: z.object(
    Object.fromEntries(
      DOCUMENT_LISTS.map((l) => [l, z.object({ label: zhEn, items: z.array(checklistItemAnswer) })]),
    ) as Record<
      (typeof DOCUMENT_LISTS)[number],
      z.ZodObject<{ label: typeof zhEn; items: z.ZodArray<typeof checklistItemAnswer> }>
    >,
  ),
  byClaimType: z.object(
    Object.fromEntries(CLAIM_TYPES.map((t) => [t, z.array(stored(DOCUMENT_LISTS))])) as Record<
      (typeof CLAIM_TYPES)[number],
      z.ZodArray<z.ZodType<string>>
    >,
  ),
});

export const checklistsResponse = answers({
  200: named(
    'ClaimChecklists',
    z.object({
      version: z.number().int(),
      note: z.string().nullable(),
      savedAt: z.string().nullable(),
      savedBy: z.string().nullable(),
      editable: z.boolean(),
      checklists: checklistSettingsAnswer,
      defaults: checklistSettingsAnswer,
      source: z.string(),
    }),
  ),
});

export const applicationRevealResponse = answers({
  200: z.object({ field: z.string(), value: z.string() }),
});

export const pdfResponse = (description: string) =>
  answers({ 200: fileAnswer('application/pdf', description) });
