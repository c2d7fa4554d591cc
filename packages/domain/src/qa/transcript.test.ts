import { describe, expect, it } from 'vitest';
import { parseTranscriptText, validateTurns } from './transcript.ts';

describe('transcript text format', () => {
  it('reads speakers and offsets; a turn ends where the next starts', () => {
    const turns = parseTranscriptText(
      '[00:01] 坐席：您好，农保，1001号为您服务！\n\n[00:04.5] 客户: 我要报案\r\n[01:02.25] agent: 好的',
    );
    expect(turns).toEqual([
      { speaker: 'agent', text: '您好，农保，1001号为您服务！', startMs: 1000, endMs: 4500 },
      { speaker: 'customer', text: '我要报案', startMs: 4500, endMs: 62_250 },
      { speaker: 'agent', text: '好的', startMs: 62_250, endMs: 62_250 },
    ]);
  });
  it('refuses a bad line with its number, unknown speakers, seconds over 59, time going back', () => {
    expect(() => parseTranscriptText('[00:01] 坐席：好\nhello')).toThrow('TRANSCRIPT_INVALID');
    expect(() => parseTranscriptText('[00:01] 经理：好')).toThrow('TRANSCRIPT_INVALID');
    expect(() => parseTranscriptText('[00:61] 坐席：好')).toThrow('TRANSCRIPT_INVALID');
    expect(() => parseTranscriptText('[00:05] 坐席：好\n[00:04] 客户：嗯')).toThrow('TRANSCRIPT_INVALID');
    expect(() => parseTranscriptText('')).toThrow('TRANSCRIPT_INVALID');
  });
  it('validates posted turns', () => {
    expect(() => validateTurns([{ speaker: 'agent', text: 'x', startMs: 5, endMs: 4 }])).toThrow(
      'TRANSCRIPT_INVALID',
    );
    expect(() => validateTurns([{ speaker: 'agent', text: '  ', startMs: 0, endMs: 0 }])).toThrow(
      'TRANSCRIPT_INVALID',
    );
    expect(() => validateTurns([{ speaker: 'agent', text: 'x', startMs: 0.5, endMs: 1 }])).toThrow(
      'TRANSCRIPT_INVALID',
    );
  });
});
