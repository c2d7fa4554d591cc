import { describe, expect, it } from 'vitest';
import { surnameOf } from './surname.ts';

describe('surname of a name', () => {
  it.each([
    ['张三', '张'],
    ['王小明', '王'],
    ['欧阳娜娜', '欧阳'],
    ['司马光', '司马'],
    ['欧阳', '欧'],
    [' 李 四 ', '李'],
    ['', null],
  ])('%s → %s', (name, surname) => expect(surnameOf(name)).toBe(surname));
});
