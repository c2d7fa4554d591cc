import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../config.ts';
import { exportLogs } from './export.ts';
import { logDestination, logFileStream } from './file-sink.ts';
import { LOG_RETENTION_MIN_DAYS } from './retention.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});
const collect = () => {
  const lines: string[] = [];
  return { lines, write: (l: string) => void lines.push(l) };
};

describe('log retention (Cybersecurity Law art. 21)', () => {
  it('is off by default, 180 days when on, and refuses anything shorter', async () => {
    const s = loadSettings({});
    expect(s.logDir).toBeUndefined();
    expect(s.logRetentionDays).toBe(LOG_RETENTION_MIN_DAYS);
    expect(LOG_RETENTION_MIN_DAYS).toBe(180);
    expect(() => loadSettings({ CLAIMLINE_LOG_RETENTION_DAYS: '179' })).toThrow();
    expect(loadSettings({ CLAIMLINE_LOG_RETENTION_DAYS: '400' }).logRetentionDays).toBe(400);
    await expect(logFileStream({ logDir: '/nowhere', logRetentionDays: 90 })).rejects.toThrow(/180/);
    expect(await logFileStream({ logDir: undefined, logRetentionDays: 180 })).toBeNull();
  });
});

describe('the daily log file and its export', () => {
  it('writes every line to standard output and the day’s file, and exports a period of it', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimline-logs-'));
    const out = collect();
    const sink = await logDestination({ logDir: dir, logRetentionDays: 180 }, out);
    const log = pino({}, sink.stream);
    log.info({ n: 1 }, 'first');
    log.info({ n: 2 }, 'second');
    await new Promise((r) => setTimeout(r, 50));
    await sink.close();
    expect(out.lines).toHaveLength(2);
    const files = await readdir(dir);
    expect(files.some((f) => /^app\.\d{4}-\d{2}-\d{2}\.1\.log$/.test(f))).toBe(true);
    const now = Date.now();
    const got = collect();
    const n = await exportLogs(dir, new Date(now - 60_000), new Date(now + 60_000), got);
    expect(n).toBe(2);
    expect(got.lines.map((l) => JSON.parse(l).msg)).toEqual(['first', 'second']);
    // Outside the period nothing is exported.
    expect(await exportLogs(dir, new Date(now - 7_200_000), new Date(now - 3_600_000), collect())).toBe(0);
  });

  it('exports across days in order and skips torn lines and other files', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimline-logs-'));
    const at = (iso: string) => new Date(iso).getTime();
    const line = (iso: string, msg: string) => JSON.stringify({ level: 30, time: at(iso), msg });
    await writeFile(path.join(dir, 'app.2026-12-02.1.log'), `${line('2026-12-02T01:00:00Z', 'c')}\n{"torn`);
    await writeFile(path.join(dir, 'app.2026-12-01.1.log'), `${line('2026-12-01T01:00:00Z', 'a')}\n`);
    await writeFile(path.join(dir, 'app.2026-12-01.2.log'), `${line('2026-12-01T05:00:00Z', 'b')}\n`);
    await writeFile(path.join(dir, 'app.2026-11-01.1.log'), `${line('2026-11-01T01:00:00Z', 'old')}\n`);
    await writeFile(path.join(dir, 'notes.txt'), 'not a log\n');
    const got = collect();
    const n = await exportLogs(dir, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-03T00:00:00Z'), got);
    expect(n).toBe(3);
    expect(got.lines.map((l) => JSON.parse(l).msg)).toEqual(['a', 'b', 'c']);
  });
});
