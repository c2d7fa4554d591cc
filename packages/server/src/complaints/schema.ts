import { CHANNELS } from '@claimline/domain/cases';
import {
  CLOCK_STOP_REASONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SOURCES,
  COMPLEXITIES,
  GROUP_REPRESENTATIVES_MAX,
  REVIEW_OUTCOMES,
  URGENCIES,
} from '@claimline/domain/complaints';
import { z } from 'zod';
import { createCaseBody } from '../cases/schema.ts';

export const complaintIdParams = z.object({ id: z.uuid() });

const note = z.string().trim().max(4000).optional();
// C8: sending a text with a forbidden phrase needs a reason, stored and audited (scripts/guard.ts).
const overrideReason = z.string().trim().min(2).max(500).optional();
const version = z.number().int().min(1);

/** Intake on any channel; a complaint transferred by the regulator carries the regulator's reference. */
export const complaintIntakeBody = createCaseBody
  .omit({ kind: true })
  .extend({
    customerPhone: createCaseBody.shape.customerPhone.unwrap(),
    source: z.enum(COMPLAINT_SOURCES).default('customer'),
    regulatorRef: z.string().trim().min(1).max(60).optional(),
    product: z.string().trim().min(1).max(60),
    policyNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,40}$/, 'Letters, digits and - only|保单号只能包含字母、数字和 -')
      .optional(),
    category: z.enum(COMPLAINT_CATEGORIES),
    request: z.string().trim().min(1).max(2000),
    apologyGiven: z.boolean(),
    // Seed 000 §(四)5 "在XX小时之内给您明确的答复": up to 30 days' worth of hours.
    committedReplyHours: z.number().int().min(1).max(720).optional(),
    complainedUserId: z.uuid().optional(),
    // 办法 (2020) art. 29 ¶2 (二): 20 or more face to face make a group complaint major.
    complainantCount: z.number().int().min(1).max(100_000).default(1),
    // 办法 (2020) art. 12 ¶2: a face-to-face group "应当推选代表，代表人数不超过5名".
    representatives: z
      .number()
      .int()
      .min(1)
      .max(
        GROUP_REPRESENTATIVES_MAX,
        'At most 5 representatives (Measures art. 12)|代表人数不超过5名（办法第十二条）',
      )
      .optional(),
    disasterRelated: z.boolean().default(false),
    regulatorDesignated: z.boolean().default(false),
  })
  .refine((b) => b.source !== 'regulator' || b.regulatorRef !== undefined, {
    path: ['regulatorRef'],
    message: 'The regulator reference is required|监管转送投诉须填写转送编号',
  });
export type ComplaintIntakeBody = z.infer<typeof complaintIntakeBody>;

export const complaintEventBody = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('classify'),
    version,
    urgency: z.enum(URGENCIES),
    complexity: z.enum(COMPLEXITIES),
    category: z.enum(COMPLAINT_CATEGORIES).optional(),
    // 办法 (2020) art. 29 ¶2 (一), (三): learnt after intake, e.g. the regulator's designation; absent = unchanged.
    disasterRelated: z.boolean().optional(),
    regulatorDesignated: z.boolean().optional(),
    note,
  }),
  z.object({ event: z.literal('assign'), version, assigneeId: z.uuid().optional(), note }),
  z.object({ event: z.literal('startInvestigation'), version, note }),
  z.object({
    event: z.literal('requestExtension'),
    version,
    note,
    noticeChannel: z.enum(CHANNELS).optional(),
  }),
  z.object({
    event: z.enum(['approveExtension', 'rejectExtension', 'approveDecision', 'rejectDecision']),
    version,
    note,
  }),
  z.object({
    event: z.literal('decide'),
    version,
    note,
    decision: z.string().trim().min(1).max(4000),
    // 办法 (2020) art. 19: the complainant is told what was verified and the basis and reasons of the decision.
    findings: z.string().trim().min(1).max(4000),
    basis: z.string().trim().min(1).max(4000),
    remedy: z.string().trim().max(500).optional(),
    remedyAmount: z.number().min(0).max(100_000_000).multipleOf(0.01).default(0),
    overrideReason,
  }),
  z.object({ event: z.literal('inform'), version, channel: z.enum(CHANNELS), note, overrideReason }),
  z.object({
    event: z.literal('recordCallback'),
    version,
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).optional(),
  }),
  z.object({ event: z.enum(['close', 'reopen', 'escalate']), version, note }),
  // 办法 (2020) art. 18 ¶2: appraisal time is not counted "但应当及时告知投诉人", so its notice is recorded with it.
  z
    .object({
      event: z.literal('stopClock'),
      version,
      reason: z.enum(CLOCK_STOP_REASONS),
      note,
      noticeChannel: z.enum(CHANNELS).optional(),
    })
    .refine((b) => b.reason !== 'appraisal' || b.noticeChannel !== undefined, {
      path: ['noticeChannel'],
      message:
        'Tell the complainant that the appraisal time is not counted, and record how|鉴定期间不计入处理期限须告知投诉人，请选择告知方式',
    }),
  z.object({ event: z.literal('resumeClock'), version, note }),
  z.object({ event: z.literal('newFacts'), version, note }),
  // 办法 (2020) art. 15: the withdrawal ends the procedure; how it was received is recorded with it.
  z.object({ event: z.literal('withdraw'), version, note, channel: z.enum(CHANNELS) }),
  // 办法 (2020) art. 20: "向其上级机构书面申请核查": a written application, so not by phone.
  z.object({
    event: z.literal('requestReview'),
    version,
    note,
    channel: z
      .enum(CHANNELS)
      .refine(
        (c) => c !== 'phone',
        'A review is applied for in writing (Measures art. 20)|核查须书面申请（办法第二十条），不能通过电话提出',
      ),
  }),
  z.object({ event: z.literal('decideReview'), version, outcome: z.enum(REVIEW_OUTCOMES), note }),
]);
export type ComplaintEventBody = z.infer<typeof complaintEventBody>;

export const feedbackBody = z.object({
  channel: z.enum(CHANNELS),
  note: z.string().trim().min(1).max(4000),
  overrideReason,
});

export const boardQuery = z.object({
  mine: z.enum(['true', 'false']).optional(),
  // Closed complaints stay on the board this many days.
  closedDays: z.coerce.number().int().min(0).max(90).default(7),
});
