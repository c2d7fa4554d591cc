import { CASE_KINDS, CASE_STATUSES } from '@claimline/domain/cases';
import { DEADLINE_STATES, ESCALATION_STEPS } from '@claimline/domain/deadlines';
import { z } from 'zod';
import { answers, instant, named, stored } from '../http/answers.ts';

/** One deadline of a case as deadlineView (deadlines/service.ts) writes it. */
export const deadlineAnswer = named(
  'Deadline',
  z.object({
    id: z.string(),
    kind: z.string(),
    ruleId: z.string(),
    ruleSource: z.string(),
    unit: z.string(),
    amount: z.number(),
    startedAt: instant,
    dueAt: instant,
    warnAt: instant.nullable(),
    state: stored(DEADLINE_STATES),
    escalationLevel: z.number().int(),
    escalatedTo: stored(ESCALATION_STEPS).nullable(),
    warnedAt: instant.nullable(),
    breachedAt: instant.nullable(),
    metAt: instant.nullable(),
    calendarNotPublished: z.boolean(),
    /** A stopped clock: no due time runs while set. */
    pausedAt: instant.nullable(),
  }),
);

/** The most urgent unmet deadline of a case, for lists. */
export const nextDeadlineAnswer = named(
  'NextDeadline',
  z.object({
    kind: z.string(),
    dueAt: instant,
    state: stored(DEADLINE_STATES),
    warned: z.boolean(),
    calendarNotPublished: z.boolean(),
  }),
);

export const myDeadlineAnswer = named(
  'MyDeadline',
  deadlineAnswer.extend({
    caseId: z.string(),
    caseNumber: z.string(),
    caseSubject: z.string(),
    caseKind: stored(CASE_KINDS),
    caseStatus: stored(CASE_STATUSES),
  }),
);

export const myDeadlinesResponse = answers({ 200: z.object({ items: z.array(myDeadlineAnswer) }) });
