import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LOG_FILE_PATTERN } from './retention.ts';

/** The log files of a directory that may hold lines of [from, to), oldest first (by day, then series number). */
export const logFilesBetween = async (dir: string, from: Date, to: Date) => {
  const day = (d: Date, shift: number) =>
    new Date(d.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
  // File days are local to the server; a day either side keeps any time zone's lines in.
  const first = day(from, -1);
  const last = day(to, 1);
  return (await readdir(dir))
    .map((name) => ({ name, m: LOG_FILE_PATTERN.exec(name) }))
    .filter((f): f is { name: string; m: RegExpExecArray } => f.m !== null)
    .filter((f) => (f.m[1] ?? '') >= first && (f.m[1] ?? '') <= last)
    .sort((a, b) => (a.m[1] ?? '').localeCompare(b.m[1] ?? '') || Number(a.m[2]) - Number(b.m[2]))
    .map((f) => path.join(dir, f.name));
};

/**
 * Writes every log line whose `time` falls in [from, to) to `out`, as it was written (JSON lines), file by file in
 * order; a line that is not a log record (a torn last line) is skipped. Answers how many lines were written.
 */
export const exportLogs = async (
  dir: string,
  from: Date,
  to: Date,
  out: { write(line: string): unknown },
) => {
  let written = 0;
  for (const file of await logFilesBetween(dir, from, to)) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      let time: unknown;
      try {
        time = (JSON.parse(line) as { time?: unknown }).time;
      } catch {
        continue;
      }
      if (typeof time !== 'number' || time < from.getTime() || time >= to.getTime()) continue;
      out.write(`${line}\n`);
      written += 1;
    }
  }
  return written;
};
