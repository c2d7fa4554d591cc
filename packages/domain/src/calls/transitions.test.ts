import { describe, expect, it } from 'vitest';
import { checkTable, toMarkdown } from '../workflow/index.ts';
import { applyCtiEvent, CALL_MACHINE, CALL_STATES, CTI_EVENTS, callStateOf } from './transitions.ts';

describe('call table', () => {
  it.each(checkTable(CALL_MACHINE).map((c) => [c.name, c.problems] as const))('%s', (_name, problems) => {
    expect(problems).toEqual([]);
  });

  it('documents the late-event rows', () => {
    expect(toMarkdown(CALL_MACHINE)).toContain('ended --> ended: answered');
  });

  it('reads a call row with no event applied as a call not seen', () => {
    expect(callStateOf('ringing', [])).toBe('none');
    expect(callStateOf('answered', ['answered'])).toBe('answered');
  });
});

describe('call transition table, row by row', () => {
  it.each([
    ['none', 'ringing', 'ringing', ['recordRingStart']],
    ['none', 'answered', 'answered', ['recordRingStart', 'recordAnswer']],
    ['ringing', 'answered', 'answered', ['recordAnswer']],
    ['ringing', 'ended', 'ended', ['recordEnd']],
    ['answered', 'ended', 'ended', ['recordEnd']],
    ['answered', 'ringing', 'answered', ['recordRingStart']],
    ['ended', 'ringing', 'ended', ['recordRingStart']],
    ['ended', 'answered', 'ended', ['recordAnswer']],
  ] as const)('%s --%s--> %s', (from, event, to, effects) => {
    expect(applyCtiEvent(from, [], event)).toEqual({ ok: true, duplicate: false, to, effects });
  });

  it('has exactly the rows tested above', () => expect(CALL_MACHINE.rows).toHaveLength(8));

  it('refuses an end for a call never seen', () => {
    expect(applyCtiEvent('none', [], 'ended')).toMatchObject({
      ok: false,
      code: 'CALL_EVENT_OUT_OF_ORDER',
      details: { state: 'none', event: 'ended' },
    });
  });

  it('a replayed event is a duplicate in every state (idempotent by call id and event)', () => {
    for (const state of ['none', ...CALL_STATES] as const)
      for (const event of CTI_EVENTS)
        expect(applyCtiEvent(state, [event], event)).toEqual({ ok: true, duplicate: true });
  });

  it('never moves a call backwards', () => {
    const rank = { none: -1, ringing: 0, answered: 1, ended: 2 } as const;
    for (const row of CALL_MACHINE.rows) expect(rank[row.to]).toBeGreaterThanOrEqual(rank[row.from]);
  });
});
