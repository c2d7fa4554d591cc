import { describe, expect, it } from 'vitest';
import { beijingTime } from './declare.ts';
import { CASE_COLUMNS } from './lists/cases.ts';
import { EXPORT_LISTS } from './registry.ts';

describe('export declarations', () => {
  it('every list has a unique route name and a title in both languages', () => {
    const names = EXPORT_LISTS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const l of EXPORT_LISTS) {
      expect(l.name).toMatch(/^[a-z][a-z-]*$/);
      expect(l.title.zh.trim()).not.toBe('');
      expect(l.title.en.trim()).not.toBe('');
    }
  });

  it('every column has a Chinese and an English header, unique within its list', () => {
    for (const l of EXPORT_LISTS) {
      expect(l.columns.length, l.name).toBeGreaterThan(0);
      for (const lang of ['zh', 'en'] as const) {
        const headers = l.columns.map((c) => c[lang]);
        expect(
          headers.every((h) => h.trim() !== ''),
          `${l.name} ${lang}`,
        ).toBe(true);
        expect(new Set(headers).size, `${l.name} ${lang}`).toBe(headers.length);
      }
      expect(
        l.columns.every((c) => /[\u4e00-\u9fff]/.test(c.zh)),
        l.name,
      ).toBe(true);
    }
  });

  it('no list takes a query field an export would confuse with its own options', () => {
    for (const l of EXPORT_LISTS) {
      expect(Object.keys(l.query.shape), l.name).not.toContain('format');
      expect(Object.keys(l.query.shape), l.name).not.toContain('lang');
    }
  });

  it('the case columns write labels, not codes, masked names and Beijing time', () => {
    const row = {
      id: 'x',
      number: 'ZXBJ202611220001',
      kind: 'claimReport',
      channel: 'walkIn',
      status: 'inProgress',
      subject: '报案',
      branch_id: 'b',
      branch_name: '北京分公司',
      branch_path: '/HO/BJ/',
      owner_id: 'o',
      owner_name: '王芳',
      customer_name_masked: '张*',
      first_contact_resolution: true,
      created_at: new Date('2026-11-21T16:30:00Z'),
      updated_at: new Date('2026-11-21T16:30:00Z'),
      version: 1,
      cursor_at: '',
    };
    const zh = CASE_COLUMNS.map((c) => c.value(row, 'zh'));
    expect(zh).toEqual([
      'ZXBJ202611220001',
      '报案',
      '上门',
      '处理中',
      '报案',
      '张*',
      '北京分公司',
      '王芳',
      '是',
      '2026-11-22 00:30:00',
      '2026-11-22 00:30:00',
    ]);
    expect(CASE_COLUMNS.map((c) => c.value(row, 'en')).slice(1, 4)).toEqual([
      'Claim report',
      'Walk-in',
      'In progress',
    ]);
  });

  it('Beijing time has no daylight saving and keeps an empty date empty', () => {
    expect(beijingTime(new Date('2026-07-01T00:00:00Z'))).toBe('2026-07-01 08:00:00');
    expect(beijingTime(null)).toBeNull();
  });
});
