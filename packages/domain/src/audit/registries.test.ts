import { describe, expect, it } from 'vitest';
import { TIMELINE_EVENT_TYPES } from '../cases/index.ts';
import { type LabelRegistry, labelOf, OTHER_LABEL } from '../core/index.ts';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AUDIT_RESULTS } from './index.ts';

const REGISTRIES: Record<string, LabelRegistry> = {
  AUDIT_ACTIONS,
  AUDIT_RESULTS,
  AUDIT_OBJECT_TYPES,
  TIMELINE_EVENT_TYPES,
};
const HAN = /\p{Script=Han}/u;

describe('label registries', () => {
  for (const [name, registry] of Object.entries(REGISTRIES)) {
    it(`${name}: every code has a Chinese and an English label`, () => {
      expect(Object.keys(registry).length).toBeGreaterThan(0);
      for (const [code, label] of Object.entries(registry)) {
        expect(label.zh.trim(), code).not.toBe('');
        expect(label.en.trim(), code).not.toBe('');
        expect(HAN.test(label.zh), `${code}: ${label.zh}`).toBe(true);
        // A label that repeats its code would put the code on screen after all.
        expect(label.en, code).not.toBe(code);
      }
    });
  }

  it('labelOf gives the label in the language asked, and a generic one for an unknown code', () => {
    expect(labelOf(AUDIT_ACTIONS, 'case.create', 'zh')).toBe('新建案件');
    expect(labelOf(AUDIT_ACTIONS, 'case.create', 'en')).toBe('Case created');
    expect(labelOf(AUDIT_ACTIONS, 'case.unheardOf', 'zh')).toBe(OTHER_LABEL.zh);
    expect(labelOf(AUDIT_ACTIONS, 'toString', 'en')).toBe(OTHER_LABEL.en);
    expect(labelOf(TIMELINE_EVENT_TYPES, null, 'en')).toBe(OTHER_LABEL.en);
  });
});
