import type { DeepStrings } from '../messages.ts';
import type { tasks as zh } from '../zh-CN/tasks.ts';

/** Ad-hoc tasks, in English. */
export const tasks: DeepStrings<typeof zh> = {
  tasks: {
    title: 'Tasks',
    mine: 'My tasks',
    given: 'Tasks I gave',
    assign: 'Give a task',
    what: 'Task',
    detail: 'Details',
    assignee: 'Assignee',
    checker: 'Checker (default: me)',
    workingDays: 'Due in (working days)',
    due: 'Due',
    overdue: 'Overdue',
    givenBy: 'Given by',
    none: 'No tasks',
    assigned: 'Task given',
    note: 'Note',
    plan: 'Plan and targets',
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual this month',
    met: 'Target',
    metYes: 'Met',
    metNo: 'Missed',
    higherBetter: 'Higher is better',
    lowerBetter: 'Lower is better',
    planNote: "This month's work plan",
    planSaved: 'Plan saved',
    savePlan: 'Save plan',
    openCount: 'You have {{count}} open tasks',
  },
};
