import { describe, expect, it } from 'vitest';
import { checkTable } from '../workflow/index.ts';
import { MACHINES } from './index.ts';

describe.each(MACHINES.map((m) => [m.title.en, m] as const))('%s', (_title, machine) => {
  it.each(checkTable(machine).map((c) => [c.name, c.problems] as const))('%s', (_name, problems) => {
    expect(problems).toEqual([]);
  });

  it('labels every state and event in Chinese and English', () => {
    for (const label of [...Object.values(machine.states), ...Object.values(machine.events)] as {
      zh: string;
      en: string;
    }[]) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });
});
