import { DomainError } from '../core/index.ts';

export const SPEAKERS = ['agent', 'customer'] as const;
export type Speaker = (typeof SPEAKERS)[number];
/** One turn of a call transcript; offsets in ms from the answer. */
export type Turn = { speaker: Speaker; text: string; startMs: number; endMs: number };

export const MAX_TURNS = 2000;
export const MAX_TURN_CHARS = 5000;

const SPEAKER_WORDS: Record<string, Speaker> = {
  坐席: 'agent',
  客服: 'agent',
  agent: 'agent',
  客户: 'customer',
  customer: 'customer',
};

/**
 * Checks turns a PBX or a speech engine sent: known speaker, text, offsets whole non-negative ms with
 * start <= end, turns in order of start. Refused with TRANSCRIPT_INVALID and the index of the first bad turn.
 */
export const validateTurns = (turns: readonly Turn[]): Turn[] => {
  if (turns.length === 0 || turns.length > MAX_TURNS)
    throw new DomainError('TRANSCRIPT_INVALID', { turn: -1 });
  let lastStart = 0;
  return turns.map((t, i) => {
    const ok =
      SPEAKERS.includes(t.speaker) &&
      typeof t.text === 'string' &&
      t.text.trim() !== '' &&
      t.text.length <= MAX_TURN_CHARS &&
      Number.isSafeInteger(t.startMs) &&
      Number.isSafeInteger(t.endMs) &&
      t.startMs >= lastStart &&
      t.endMs >= t.startMs;
    if (!ok) throw new DomainError('TRANSCRIPT_INVALID', { turn: i });
    lastStart = t.startMs;
    return { speaker: t.speaker, text: t.text, startMs: t.startMs, endMs: t.endMs };
  });
};

const LINE = /^\s*\[(\d{1,3}):(\d{2})(?:\.(\d{1,3}))?\]\s*([^:：\s]+)\s*[:：]\s*(.+?)\s*$/;

/**
 * Reads the plain-text upload format, one turn a line: `[mm:ss(.fff)] 坐席：…` or `[mm:ss] 客户：…` (also
 * 客服 / agent / customer). A turn ends where the next one starts; the last ends at its start. Blank lines are
 * ignored; any other line that does not parse is refused with its line number.
 */
export const parseTranscriptText = (text: string): Turn[] => {
  const rows: { speaker: Speaker; text: string; startMs: number }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = LINE.exec(line);
    const speaker = m ? SPEAKER_WORDS[m[4]!.toLowerCase()] : undefined;
    if (!m || !speaker || Number(m[2]) > 59) throw new DomainError('TRANSCRIPT_INVALID', { line: i + 1 });
    const ms = Number((m[3] ?? '0').padEnd(3, '0'));
    rows.push({ speaker, text: m[5]!, startMs: (Number(m[1]) * 60 + Number(m[2])) * 1000 + ms });
  });
  return validateTurns(rows.map((r, i) => ({ ...r, endMs: Math.max(r.startMs, rows[i + 1]?.startMs ?? 0) })));
};
