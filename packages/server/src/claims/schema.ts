import { CHANNELS } from '@claimline/domain/cases';
import {
  INJURY_DEGREES,
  LOOKUP_KINDS,
  PERIL_CODES,
  REPORTER_RELATIONS,
  reportDateProblems,
} from '@claimline/domain/claims';
import { z } from 'zod';

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const caseIdParams = z.object({ caseId: z.uuid() });
export const lookupIdParams = z.object({ id: z.uuid() });

/** The major-case inbox: all, only the reports already sent, or only the ones still owed. */
export const majorInboxQuery = z.object({
  status: z.enum(['all', 'reported', 'unreported']).default('all'),
});

export const lookupBody = z.object({
  by: z.enum(LOOKUP_KINDS),
  value: z.string().trim().min(1).max(60),
});

export const lookupOutcomeBody = z.object({
  outcome: z.enum(['noPolicyTold', 'existingShown', 'abandoned']),
});

/** The fields in the order of the seed's script: policy → accident → reporter (seed 003 §(二) 接报案询问案情). */
export const registerBody = z
  .object({
    lookupId: z.uuid(),
    policyId: z.uuid(),
    channel: z.enum(CHANNELS),
    /** Required when several insured persons share the name looked up (seed 003 §(二) 报案记录查询 4). */
    confirmIdNumber: z.string().trim().max(18).optional(),
    /** Numbers of reports on the policy the agent confirmed are a different loss. */
    confirmDistinctFrom: z.array(z.string().max(40)).max(20).default([]),
    occurredAt: instant,
    place: z.string().trim().min(1).max(200),
    cause: z.enum(PERIL_CODES),
    course: z.string().trim().min(1).max(2000),
    injuryDegree: z.enum(INJURY_DEGREES),
    deaths: z.number().int().min(0).max(10_000).default(0),
    injured: z.number().int().min(0).max(100_000).default(0),
    measures: z.string().trim().max(1000).default(''),
    currentState: z.string().trim().max(1000).default(''),
    hospital: z.string().trim().max(200).optional(),
    // Optional provider facts read by the fraud concentration signal (issue #22).
    repairShop: z.string().trim().max(200).optional(),
    doctor: z.string().trim().max(100).optional(),
    /** Left out when the reporter is the insured (本人): the policy's insured name and phone are used. */
    reporterName: z.string().trim().min(1).max(50).optional(),
    reporterPhone: z
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
      )
      .optional(),
    reporterAddress: z.string().trim().max(200).optional(),
    reporterRelation: z.enum(REPORTER_RELATIONS),
    /** When the reporter learned of the accident (Insurance Law art. 26 counts from then); defaults to the accident. */
    knewAt: instant.optional(),
    estimatedPayoutYuan: z.number().min(0).max(1e11).multipleOf(0.01).optional(),
    outcomeUncertain: z.boolean().default(false),
    disputeTakenTo: z
      .array(z.enum(['regulator', 'association', 'media']))
      .max(3)
      .default([]),
    mediaInvolved: z.boolean().default(false),
    litigation: z.enum(['none', 'likely', 'started']).default('none'),
  })
  // Dates that cannot be true, each on its own field; "in the future" needs the request's clock (register.ts).
  .superRefine((v, ctx) => {
    for (const p of reportDateProblems(v)) {
      ctx.addIssue({ code: 'custom', path: [p.field], message: `${p.en}|${p.zh}` });
    }
    // Someone other than the insured must give their own name and phone (seed 003 §(二) 报案人及联系方式).
    if (v.reporterRelation !== 'self')
      for (const field of ['reporterName', 'reporterPhone'] as const)
        if (!v[field])
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'Required unless the reporter is the insured|报案人不是被保险人本人时必填',
          });
  });
export type RegisterInput = z.infer<typeof registerBody>;

/** Facts learned after the report (a second death, a lawsuit): they may make it a major case. */
export const majorFactsBody = z.object({
  deaths: z.number().int().min(0).max(10_000),
  estimatedPayoutYuan: z.number().min(0).max(1e11).multipleOf(0.01).optional(),
  outcomeUncertain: z.boolean(),
  disputeTakenTo: z.array(z.enum(['regulator', 'association', 'media'])).max(3),
  mediaInvolved: z.boolean(),
  litigation: z.enum(['none', 'likely', 'started']),
});
export type MajorFactsInput = z.infer<typeof majorFactsBody>;

/** The report to head office (seed 003 重大案件 "向总部呈报"). */
export const majorReportBody = z.object({
  summary: z.string().trim().min(10).max(4000),
  measuresTaken: z.string().trim().min(1).max(2000),
  estimatedLossYuan: z.number().min(0).max(1e11).multipleOf(0.01),
  reportedTo: z.string().trim().min(1).max(100),
});
export type MajorReportInput = z.infer<typeof majorReportBody>;

/** Seed 003 §(二): "复印相关资料存档，将原件返还给客户" recorded with the written notice. */
export const noticeBody = z.object({
  copiesArchived: z.boolean(),
  originalsReturned: z.boolean(),
});

export const revealBody = z.object({
  field: z.enum(['reporterName', 'reporterPhone', 'reporterAddress', 'insuredName', 'insuredIdNumber']),
  reason: z.string().trim().min(4).max(500),
});
