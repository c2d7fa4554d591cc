/* Ad-hoc tasks of a team (issue #20 part 4): the task machine and its settings. Pure. */

export * from './plans.ts';
export * from './task.machine.ts';
