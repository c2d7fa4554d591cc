import {
  CASE_EVENTS,
  CASE_KINDS,
  CASE_STATUSES,
  CHANNELS,
  CONSULTATION_CATEGORIES,
} from '@claimline/domain/cases';
import { z } from 'zod';
import { SEALED_JSON_FIELDS } from '../crypto/sealed-json.ts';
import { SEALED_FIELDS } from '../crypto/sealed-text.ts';
import { deadlineAnswer, nextDeadlineAnswer } from '../deadlines/schema.ts';
import { answers, instant, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';
import { decodeCaseCursor } from './cursor.ts';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export const caseIdParams = z.object({ id: z.uuid() });

export const createCaseBody = z.object({
  kind: z.enum(CASE_KINDS),
  channel: z.enum(CHANNELS),
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(4000),
  customerName: z.string().trim().min(1).max(50).optional(),
  customerPhone: z
    .string()
    .trim()
    .regex(
      new RegExp(`${MOBILE.source}|${LANDLINE.source}`),
      'Enter a mainland mobile or landline number|请输入正确的手机号或固定电话',
    )
    .optional(),
  /** What a consultation is about (0036); only a consultation takes one. */
  category: z.enum(CONSULTATION_CATEGORIES).optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/)
    .optional(),
});

export const listCasesQuery = z.object({
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  q: z.string().trim().max(100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  ownerId: z.uuid().optional(),
  branchId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['createdAt', 'number', 'updatedAt', 'status']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  // Issue #19: the next page after this cursor (the previous answer's `next`), an index range instead of OFFSET.
  after: z
    .string()
    .max(400)
    .refine((s) => decodeCaseCursor(s) !== null, { message: 'not a cursor of this list' })
    .optional(),
  // The exact count is a second scan of every matching row: only on request (exports, tests), never per page.
  count: z.enum(['true', 'false']).optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

/** C8 guard: the reason an agent gives to send a customer-visible text that contains a forbidden phrase. */
const overrideReason = z.string().trim().min(2).max(500).optional();

export const caseEventBody = z.object({
  event: z.enum(CASE_EVENTS),
  version: z.number().int().min(1),
  note: z.string().trim().max(4000).optional(),
  firstContactResolution: z.boolean().optional(),
  overrideReason,
});

export const noteBody = z.object({ note: z.string().trim().min(1).max(4000), overrideReason });

export const transferBody = z.object({
  toUserId: z.uuid(),
  version: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
});
export const transferActionBody = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
});

/**
 * A customer field, or a free text sealed because it held an ID or phone number (issue #18 part 6), named
 * `table.column` of the case's own rows; a timeline note or payload also names its event, an approval or survey
 * task its row.
 */
export const revealBody = z.object({
  field: z.enum(['customerName', 'customerPhone', ...SEALED_FIELDS, ...SEALED_JSON_FIELDS]),
  eventId: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  // Issue #18 part 6: an approval's or survey task's text names its row (the case's own rows need none).
  rowId: z.uuid().optional(),
  reason: z.string().trim().min(4).max(500),
});

// ——— Answers: derived from views.ts (caseSummary, buildCaseDetail); a field missing here is not sent. ———

export const caseSummaryAnswer = named(
  'CaseSummary',
  z.object({
    id: z.string(),
    number: z.string(),
    kind: stored(CASE_KINDS),
    channel: stored(CHANNELS),
    status: stored(CASE_STATUSES),
    subject: z.string(),
    branchId: z.string(),
    branchName: z.string(),
    ownerId: z.string(),
    ownerName: z.string(),
    /** Masked (C11). */
    customerName: z.string().nullable(),
    firstContactResolution: z.boolean().nullable(),
    createdAt: instant,
    updatedAt: instant,
    version: z.number().int(),
  }),
);

export const caseListItemAnswer = named(
  'CaseListItem',
  caseSummaryAnswer.extend({
    /** The most urgent unmet deadline (C7); null when all are met or the kind has none. */
    nextDeadline: nextDeadlineAnswer.nullable(),
  }),
);

export const timelineEventAnswer = named(
  'TimelineEvent',
  z.object({
    id: z.string(),
    at: instant,
    /** Null for events the system writes (deadline escalations). */
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    type: z.string(),
    note: z.string().nullable(),
    /** The note held an ID or phone number: it is shown masked, the full text is a reveal (issue #18 part 6). */
    noteSealed: z.boolean(),
    data: z.unknown(),
  }),
);

/** Who acts next and which action is theirs (issue #21 part 3), in words: names and labels, never codes. */
export const nextStepAnswer = named(
  'NextStep',
  z.object({
    actor: z.object({
      kind: z.enum(['person', 'role', 'customer', 'nobody']),
      userId: z.string().nullable(),
      label: zhEn,
    }),
    /** The actor's move: a machine event of the record (null when the customer or nobody acts). */
    action: z.object({ event: z.string().nullable(), label: zhEn }),
    /** The person looking is the one to act now: the console shows their button first. */
    viewerActs: z.boolean(),
    /** An assignment waiting for a lead: whom the routing will give it to. */
    routedTo: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
);

/**
 * The case detail (buildCaseDetail). Exported as its own constant so the complaint and claim-report details
 * extend it, and so new fields (e.g. `moves`) are added in one place.
 */
export const caseDetailAnswer = named(
  'CaseDetail',
  caseSummaryAnswer.extend({
    description: z.string(),
    /** What a consultation is about (domain/cases/categories.ts); null for other kinds. */
    category: stored(CONSULTATION_CATEGORIES).nullable(),
    /** Which of the case's own texts are shown masked (`cases.subject`, `cases.description`; issue #18 part 6). */
    sealedFields: z.array(z.string()),
    customerPhoneMasked: z.string().nullable(),
    pendingTransfer: z
      .object({ toUserId: z.string(), toUserName: z.string().nullable(), requestedAt: instant.nullable() })
      .nullable(),
    availableEvents: z.array(stored(CASE_EVENTS)),
    /** The case machine's moves for this person, with the reasons the others are not available. */
    moves: z.array(offeredMoveAnswer),
    /** The hand-over machine's moves (request, accept, decline, cancel) for this person. */
    transferMoves: z.array(offeredMoveAnswer),
    /** The owner may hand the case over now (no hand-over pending, not closed). */
    canTransfer: z.boolean(),
    canAcceptTransfer: z.boolean(),
    canCancelTransfer: z.boolean(),
    deadlines: z.array(deadlineAnswer),
    events: z.array(timelineEventAnswer),
    /**
     * Null for kinds whose own desk has no next-step table yet (surrenders, endorsements). Optional only because an
     * idempotent replay sends the answer stored when the case was created, which may predate this field.
     */
    nextStep: nextStepAnswer.nullable().optional(),
  }),
);

/** What a replayed create sends back (stored as JSON) is checked against this when it is sent. */
export type CaseDetailAnswer = z.output<typeof caseDetailAnswer>;

export const casesListResponse = answers({
  200: named(
    'CasePage',
    z.object({
      items: z.array(caseListItemAnswer),
      /** Only with `count=true`. */
      total: z.number().int().optional(),
      page: z.number().int(),
      pageSize: z.number().int(),
      /** Whether rows follow this page, and the cursor that reads them (`after`). */
      more: z.boolean(),
      next: z.string().nullable(),
    }),
  ),
});
export const caseDetailResponse = answers({ 200: caseDetailAnswer });
/** A create answers 201; a replay of the same Idempotency-Key answers what the first one did. */
export const caseCreatedResponse = answers({ 200: caseDetailAnswer, 201: caseDetailAnswer });

export const revealAnswer = named(
  'RevealedField',
  z.object({ field: z.string(), value: z.string().nullable() }),
);
export const revealResponse = answers({ 200: revealAnswer });
