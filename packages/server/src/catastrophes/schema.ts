import { CHANNELS } from '@claimline/domain/cases';
import { CATASTROPHE_MACHINE, CATASTROPHE_PERILS } from '@claimline/domain/catastrophes';
import { z } from 'zod';
import { answers, instantDate, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';

export const catastropheIdParams = z.object({ id: z.uuid() });
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** Head office's declaration: code, name, area (branches, each with its sub-branches), period, perils. */
export const declareBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,30}$/, 'Letters, digits and dashes, 2 to 30|字母、数字或连字符，2 至 30 个'),
  name: z.string().trim().min(2).max(80),
  areaBranchIds: z.array(z.uuid()).min(1).max(100),
  perils: z.array(z.enum(CATASTROPHE_PERILS)).min(1).max(CATASTROPHE_PERILS.length),
  startsAt: instant,
  endsAt: instant.optional(),
});
export type DeclareBody = z.infer<typeof declareBody>;

const events = Object.keys(CATASTROPHE_MACHINE.events) as [
  keyof typeof CATASTROPHE_MACHINE.events,
  ...(keyof typeof CATASTROPHE_MACHINE.events)[],
];
export const catastropheMoveBody = z.object({
  event: z.enum(events),
  version: z.number().int().min(1).optional(),
  note: z.string().trim().max(500).optional(),
});
export type CatastropheMoveBody = z.infer<typeof catastropheMoveBody>;

const MOBILE_OR_LANDLINE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
/** The shortened form (domain QUICK_REPORT_FIELDS; seed 003 §(二)): who, a phone, where, what happened, at hand. */
export const quickReportBody = z.object({
  channel: z.enum(CHANNELS).default('phone'),
  reporterName: z.string().trim().min(1).max(50),
  reporterPhone: z
    .string()
    .trim()
    .transform((s) => s.replace(/[\s-]/g, '').replace(/^\+?86(?=1)/, ''))
    .pipe(
      z
        .string()
        .regex(MOBILE_OR_LANDLINE, 'Enter a mainland mobile or landline number|请输入正确的手机号或固定电话'),
    ),
  place: z.string().trim().min(1).max(200),
  happened: z.string().trim().min(1).max(1000),
  peopleAtRisk: z.boolean().default(false),
  policyNo: z.string().trim().max(40).optional(),
  plateNo: z.string().trim().max(12).optional(),
});
export type QuickReportBody = z.infer<typeof quickReportBody>;

/** The follow-up: the rest of the seed's list was taken on the full form, registered as this claim report. */
export const completeReportBody = z.object({
  caseId: z.uuid(),
  claimReportNumber: z.string().trim().min(1).max(40),
});
export type CompleteReportBody = z.infer<typeof completeReportBody>;

export const catastropheAnswer = named(
  'Catastrophe',
  z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    area: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })),
    perils: z.array(z.object({ code: z.string(), label: zhEn })),
    startsAt: instantDate,
    endsAt: instantDate.nullable(),
    state: stored(['declared', 'active', 'closed']),
    stateLabel: zhEn,
    inForce: z.boolean(),
    note: z.string().nullable(),
    version: z.number().int(),
    counts: z.object({ reports: z.number().int(), open: z.number().int(), peopleAtRisk: z.number().int() }),
    moves: z.array(offeredMoveAnswer),
  }),
);
export const catastrophesAnswer = named('Catastrophes', z.object({ items: z.array(catastropheAnswer) }));

export const catastropheReportAnswer = named(
  'CatastropheReport',
  z.object({
    caseId: z.string(),
    number: z.string(),
    catastropheId: z.string(),
    priority: z.number().int(),
    peopleAtRisk: z.boolean(),
    reporterName: z.string().nullable(),
    reporterPhone: z.string().nullable(),
    place: z.string(),
    happened: z.string(),
    policyNo: z.string().nullable(),
    plateNo: z.string().nullable(),
    completed: z.boolean(),
    reportedAt: instantDate,
  }),
);
export const catastropheReportsAnswer = named(
  'CatastropheReports',
  z.object({ items: z.array(catastropheReportAnswer) }),
);

export const catastrophesResponse = answers({ 200: catastrophesAnswer });
export const catastropheResponse = answers({ 200: catastropheAnswer });
export const catastropheCreatedResponse = answers({ 201: catastropheAnswer });
export const catastropheReportsResponse = answers({ 200: catastropheReportsAnswer });
export const catastropheReportResponse = answers({ 200: catastropheReportAnswer });
export const catastropheReportCreatedResponse = answers({
  201: catastropheReportAnswer,
  200: catastropheReportAnswer,
});
