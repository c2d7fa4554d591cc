/**
 * Ad-hoc tasks a team lead hands out (issue #20 part 4): seed 002 §二(一)5 客服专员 "完成上级交办的其他临时性工作任务";
 * §二(三)1 客服主管 "制定和完善客服部门的工作计划、目标". What, by when (working days on the branch's business calendar)
 * and who checks; the agent marks it done; the checker confirms it or sends it back.
 */
import { defineMachine, type GuardDef } from '../workflow/index.ts';

/** Reminder this many working days before the due time (no seed gives a number: a setting of the centre). */
export const TASK_REMINDER_WORKING_DAYS = 1;
/** A task is due at most this many working days ahead (a plan item, not an ad-hoc task, beyond that). */
export const TASK_MAX_WORKING_DAYS = 60;

export type TaskFacts = {
  isAssignee: boolean;
  /** The person named to check the work (the giver unless another lead was named). */
  isChecker: boolean;
  isGiver: boolean;
  note: string | undefined;
};

const guards = {
  assignee: {
    code: 'TASK_NOT_ASSIGNEE',
    kind: 'actor',
    test: (f) => f.isAssignee,
    doc: 'the person the task was given to',
  },
  checker: {
    code: 'TASK_NOT_CHECKER',
    kind: 'actor',
    test: (f) => f.isChecker,
    doc: 'the person named to check it',
  },
  giver: { code: 'TASK_NOT_GIVER', kind: 'actor', test: (f) => f.isGiver, doc: 'the lead who gave the task' },
  noted: {
    code: 'TASK_NOTE_REQUIRED',
    kind: 'input',
    test: (f) => (f.note ?? '').trim().length > 0,
    doc: 'a note saying what is missing or why',
  },
} as const satisfies Record<string, GuardDef<TaskFacts>>;

const SOURCE = 'seed 002 §二(一)5 完成上级交办的其他临时性工作任务; §二(二)2 监督和指导';

export const TASK_MACHINE = defineMachine<TaskFacts>()({
  id: 'teamTask',
  title: { zh: '临时任务', en: 'Ad-hoc task' },
  source:
    'Issue #20 part 4: a lead hands a task to an agent (what, by when, who checks); the checker confirms it.',
  initial: 'assigned',
  states: {
    assigned: { zh: '待完成', en: 'Assigned' },
    done: { zh: '待确认', en: 'Done, to confirm' },
    confirmed: { zh: '已确认', en: 'Confirmed' },
    cancelled: { zh: '已取消', en: 'Cancelled' },
  },
  events: {
    complete: { zh: '标记完成', en: 'Mark done' },
    confirm: { zh: '确认完成', en: 'Confirm' },
    reopen: { zh: '退回重做', en: 'Send back' },
    cancel: { zh: '取消任务', en: 'Cancel task' },
  },
  guards,
  effects: {
    meetDeadline: 'stops the reminder and escalation of the task',
    reopenDeadline: 'starts the reminder and escalation again from the same due time',
    notifyChecker: 'tells the checker the task is done',
    notifyAssignee: 'tells the assignee the outcome',
  },
  rows: [
    {
      from: 'assigned',
      event: 'complete',
      guards: ['assignee'],
      to: 'done',
      effects: ['meetDeadline', 'notifyChecker'],
      source: SOURCE,
    },
    {
      from: 'done',
      event: 'confirm',
      guards: ['checker'],
      to: 'confirmed',
      effects: ['notifyAssignee'],
      source: SOURCE,
    },
    {
      from: 'done',
      event: 'reopen',
      guards: ['checker', 'noted'],
      to: 'assigned',
      effects: ['reopenDeadline', 'notifyAssignee'],
      source: SOURCE,
    },
    {
      from: 'assigned',
      event: 'cancel',
      guards: ['giver', 'noted'],
      to: 'cancelled',
      effects: ['meetDeadline', 'notifyAssignee'],
      source: SOURCE,
    },
  ],
  notAllowed: 'TASK_TRANSITION_NOT_ALLOWED',
});
