import { ROSTER_VIOLATION_CODES } from '@claimline/domain/duty';
import { z } from 'zod';
import { answers, instant, localDay, named, stored, zhEn } from '../http/answers.ts';

const range = z.object({ start: z.string(), end: z.string() });
const postKind = stored(['hotlineSeat', 'claimsDesk', 'complaints', 'dutyLead']);
const requestState = stored(['pending', 'approved', 'rejected']);

export const dutyPostAnswer = named(
  'DutyPost',
  z.object({
    id: z.string(),
    kind: postKind,
    name: zhEn,
    skills: z.array(z.string()),
    staffed: z.array(range).nullable(),
    minAgents: z.number().int(),
  }),
);
export const dutyShiftAnswer = named(
  'DutyShift',
  z.object({
    id: z.string(),
    postId: z.string(),
    code: z.string(),
    start: z.string(),
    end: z.string(),
    skills: z.array(z.string()),
  }),
);
const agent = named(
  'DutyAgent',
  z.object({
    id: z.string(),
    name: z.string(),
    skills: z.array(z.string()),
    maxHoursPerWeek: z.number(),
    leaveDays: z.array(localDay),
  }),
);
export const violationAnswer = named(
  'RosterViolation',
  z.object({
    code: stored(ROSTER_VIOLATION_CODES),
    message: zhEn,
    source: z.string(),
    agentId: z.string().nullable(),
    postId: z.string().nullable(),
    assignmentIds: z.array(z.string()),
    from: instant.nullable(),
    to: instant.nullable(),
  }),
);
export const dutyPlanAnswer = named(
  'DutyPlan',
  z.object({
    id: z.string(),
    branchId: z.string(),
    month: z.string(),
    state: stored(['draft', 'published']),
    version: z.number().int(),
    publishedAt: instant.nullable(),
    dates: z.array(localDay),
    posts: z.array(dutyPostAnswer),
    shifts: z.array(dutyShiftAnswer),
    agents: z.array(agent),
    assignments: z.array(
      z.object({
        id: z.string(),
        agentId: z.string(),
        shiftId: z.string(),
        date: localDay,
        swapReplaces: z.string().nullable(),
      }),
    ),
    violations: z.array(violationAnswer),
  }),
);
const setup = named(
  'DutySetup',
  z.object({
    branchId: z.string(),
    posts: z.array(dutyPostAnswer),
    shifts: z.array(dutyShiftAnswer),
    agents: z.array(agent),
  }),
);
const proposal = named(
  'DutyProposal',
  z.object({
    plan: dutyPlanAnswer,
    method: stored(['highs', 'greedy']),
    status: z.string(),
    millis: z.number(),
    objective: z.number(),
    /** The LP relaxation's optimum (HiGHS only): the proposal is at most (objective − bound) / objective off. */
    bound: z.number().nullable(),
    shortMin: z.number().int(),
    shortWant: z.number().int(),
    fallbackReason: z.string().nullable(),
  }),
);
const forecast = named(
  'DutyForecast',
  z.object({
    branchId: z.string(),
    date: localDay,
    dayClass: z.string(),
    basedOn: z.array(localDay),
    model: stored(['erlangC', 'erlangA']),
    shrinkage: z.number(),
    planId: z.string().nullable(),
    intervals: z.array(
      z.object({
        interval: z.number().int(),
        start: z.string(),
        calls: z.number(),
        required: z.number().int(),
        needed: z.number().int(),
        staffed: z.number().int(),
        under: z.boolean(),
      }),
    ),
  }),
);
const leave = named(
  'DutyLeave',
  z.object({
    id: z.string(),
    userId: z.string(),
    userName: z.string(),
    fromDay: localDay,
    toDay: localDay,
    reason: z.string(),
    replacementId: z.string(),
    replacementName: z.string(),
    state: requestState,
    decidedAt: instant.nullable(),
    createdAt: instant,
  }),
);
const swap = named(
  'DutySwap',
  z.object({
    id: z.string(),
    assignmentId: z.string(),
    date: localDay,
    shiftCode: z.string(),
    fromUserId: z.string(),
    fromUserName: z.string(),
    toUserId: z.string(),
    toUserName: z.string(),
    reason: z.string(),
    state: requestState,
    createdAt: instant,
  }),
);
const myShift = named(
  'MyShift',
  z.object({
    id: z.string(),
    planId: z.string(),
    date: localDay,
    shiftId: z.string(),
    code: z.string(),
    start: z.string(),
    end: z.string(),
    post: zhEn,
  }),
);

export const setupResponse = answers({ 200: setup });
export const postResponse = answers({ 200: dutyPostAnswer, 201: dutyPostAnswer });
export const shiftResponse = answers({ 200: dutyShiftAnswer, 201: dutyShiftAnswer });
export const deletedResponse = answers({ 200: z.object({ deleted: z.boolean() }) });
export const agentResponse = answers({ 200: agent });
export const planResponse = answers({ 200: dutyPlanAnswer, 201: dutyPlanAnswer });
export const planOrNullResponse = answers({ 200: z.object({ plan: dutyPlanAnswer.nullable() }) });
export const proposalResponse = answers({ 200: proposal });
export const forecastResponse = answers({ 200: forecast });
export const leaveListResponse = answers({ 200: z.object({ items: z.array(leave) }) });
export const leaveResponse = answers({ 200: leave, 201: leave });
export const leaveDecisionResponse = answers({
  200: z.object({ leave, violations: z.array(violationAnswer) }),
});
export const swapListResponse = answers({ 200: z.object({ items: z.array(swap) }) });
export const swapResponse = answers({ 200: swap, 201: swap });
export const swapDecisionResponse = answers({
  200: z.object({ swap, violations: z.array(violationAnswer) }),
});
export const myShiftsResponse = answers({ 200: z.object({ items: z.array(myShift) }) });
