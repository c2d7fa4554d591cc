import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { TASK_MACHINE, type TaskFacts } from './task.machine.ts';

const f = (x: Partial<TaskFacts>): TaskFacts => ({
  isAssignee: false,
  isChecker: false,
  isGiver: false,
  note: undefined,
  ...x,
});

describe('ad-hoc task machine', () => {
  it('only the assignee marks it done, only the checker confirms it', () => {
    expect(next(TASK_MACHINE, 'assigned', 'complete', f({ isGiver: true }))).toMatchObject({
      ok: false,
      code: 'TASK_NOT_ASSIGNEE',
    });
    expect(next(TASK_MACHINE, 'assigned', 'complete', f({ isAssignee: true }))).toMatchObject({
      ok: true,
      to: 'done',
    });
    expect(next(TASK_MACHINE, 'done', 'confirm', f({ isAssignee: true }))).toMatchObject({
      ok: false,
      code: 'TASK_NOT_CHECKER',
    });
    expect(next(TASK_MACHINE, 'done', 'confirm', f({ isChecker: true }))).toMatchObject({
      ok: true,
      to: 'confirmed',
    });
  });

  it('sends work back only with a note saying what is missing', () => {
    expect(next(TASK_MACHINE, 'done', 'reopen', f({ isChecker: true }))).toMatchObject({
      ok: false,
      code: 'TASK_NOTE_REQUIRED',
    });
    expect(next(TASK_MACHINE, 'done', 'reopen', f({ isChecker: true, note: '缺少回访记录' }))).toMatchObject({
      ok: true,
      to: 'assigned',
    });
  });
});
