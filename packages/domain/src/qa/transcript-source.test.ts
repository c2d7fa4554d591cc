import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transcriptSourceOf } from './transcript-source.ts';

const codeOf = (f: () => unknown) => {
  try {
    return f();
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('who adds a transcript version (issue #17 part 7)', () => {
  it('never the call’s own agent, whatever they hold', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.string(), (cti, reviewer, reason) => {
        expect(codeOf(() => transcriptSourceOf({ ownCall: true, cti, reviewer, reason }))).toBe(
          'TRANSCRIPT_OWN_CALL',
        );
      }),
    );
  });

  it('the feed without a reason, a reviewer with one; a reviewer without one is asked for it', () => {
    const base = { ownCall: false, cti: false, reviewer: false, reason: '' };
    expect(transcriptSourceOf({ ...base, cti: true })).toBe('cti');
    expect(transcriptSourceOf({ ...base, reviewer: true, reason: '识别错误' })).toBe('reviewer');
    expect(transcriptSourceOf({ ...base, cti: true, reviewer: true, reason: '识别错误' })).toBe('reviewer');
    expect(transcriptSourceOf({ ...base, cti: true, reviewer: true })).toBe('cti');
    expect(codeOf(() => transcriptSourceOf({ ...base, reviewer: true }))).toBe('TRANSCRIPT_REASON_REQUIRED');
    expect(codeOf(() => transcriptSourceOf({ ...base, reason: 'x' }))).toBe('TRANSCRIPT_SOURCE_FORBIDDEN');
  });
});
