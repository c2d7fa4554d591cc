import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  protocolExcusesHangUp,
  SILENT_TALK_TOLERANCE_MS,
  silentLogContradictions,
} from './silent-evidence.ts';

const silent = { entries: [{ step: 0, atMs: 0 }], hungUpAtMs: 15_000, customerSpoke: false };
const quiet = { customerTurns: 0, hungUpBy: 'agent' as const, talkMs: 15_000 };

describe('silent-call log against the records (issue #17 part 7)', () => {
  it('a silent log that matches the PBX and an empty transcript excuses the hang-up', () => {
    expect(silentLogContradictions(silent, quiet)).toEqual([]);
    expect(protocolExcusesHangUp(silent, quiet)).toBe(true);
    expect(protocolExcusesHangUp(silent, { ...quiet, talkMs: null })).toBe(true);
  });

  it('customer turns, a customer hang-up or a long talk time contradict it', () => {
    const e = { customerTurns: 2, hungUpBy: 'customer' as const, talkMs: 95_000 };
    expect(silentLogContradictions(silent, e)).toEqual(['CUSTOMER_TURNS', 'CUSTOMER_HUNG_UP', 'TALK_TIME']);
    expect(protocolExcusesHangUp(silent, e)).toBe(false);
    const edge = 15_000 + SILENT_TALK_TOLERANCE_MS;
    expect(silentLogContradictions(silent, { ...quiet, talkMs: edge })).toEqual([]);
    expect(silentLogContradictions(silent, { ...quiet, talkMs: edge + 1 })).toEqual(['TALK_TIME']);
  });

  it('a log that says the customer spoke, or has no hang-up, never excuses and is never contradicted', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.nat(10),
        fc.option(fc.nat(600_000)),
        fc.constantFrom('customer' as const, 'agent' as const, 'system' as const, null),
        (spoke, turns, talkMs, hungUpBy) => {
          const log = { ...silent, customerSpoke: true, hungUpAtMs: spoke ? 15_000 : null };
          const e = { customerTurns: turns, hungUpBy, talkMs };
          expect(silentLogContradictions(log, e)).toEqual([]);
          expect(protocolExcusesHangUp(log, e)).toBe(false);
        },
      ),
    );
    expect(protocolExcusesHangUp(null, quiet)).toBe(false);
  });
});
