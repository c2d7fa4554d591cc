import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportAuditLog } from '@claimline/server/audit/log-export';
import type { Settings } from '@claimline/server/config';
import type { Db } from '@claimline/server/db/database';
import { exportLogs } from '@claimline/server/logging/export';

export const LOGS_USAGE = `  claimline logs export --from DAY --to DAY [--out FILE] [--dir D]
                            the application log lines of those days (Beijing time, both included; or ISO
                            instants, --to excluded) from the daily files in D (default CLAIMLINE_LOG_DIR),
                            as JSON lines to FILE or standard output
  claimline audit export --from DAY --to DAY [--out FILE]
                            the audit log's entries of those days, with their hashes, as JSON lines`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day is a Beijing calendar day (stored times are UTC); `end` moves a day to the start of the next. */
export const parseBound = (text: string | undefined, end: boolean): Date | null => {
  if (!text) return null;
  if (DAY.test(text)) {
    const start = new Date(`${text}T00:00:00+08:00`);
    if (Number.isNaN(start.getTime())) return null;
    return end ? new Date(start.getTime() + 86_400_000) : start;
  }
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
};

const period = (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const from = parseBound(values.from, false);
  const to = parseBound(values.to, true);
  if (!from || !to || to.getTime() <= from.getTime()) return null;
  return { from, to, out: values.out, dir: values.dir };
};

const sinkOf = (out: string | undefined) => {
  if (!out) return { write: (line: string) => process.stdout.write(line), end: async () => undefined };
  const file = createWriteStream(out, { flags: 'wx' });
  return {
    write: (line: string) => file.write(line),
    end: () =>
      new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve()))),
  };
};

/** `claimline logs export`: 0 when written, 2 for a usage error or no log directory. */
export const logsExportCommand = async (settings: Settings, args: string[]) => {
  const p = period(args);
  if (!p) {
    console.error('--from and --to are required: days (YYYY-MM-DD) or ISO instants, --to after --from');
    return 2;
  }
  const dir = p.dir ?? settings.logDir;
  if (!dir) {
    console.error(
      'no log directory: set CLAIMLINE_LOG_DIR (the server writes daily files there) or give --dir',
    );
    return 2;
  }
  const sink = sinkOf(p.out);
  const n = await exportLogs(dir, p.from, p.to, sink);
  await sink.end();
  console.error(`${n} log lines exported`);
  return 0;
};

/** `claimline audit export`: 0 when written, 2 for a usage error. */
export const auditExportCommand = async (db: Db, args: string[]) => {
  const p = period(args.filter((a) => a !== '--dir'));
  if (!p) {
    console.error('--from and --to are required: days (YYYY-MM-DD) or ISO instants, --to after --from');
    return 2;
  }
  const sink = sinkOf(p.out);
  const n = await exportAuditLog(db, p.from, p.to, sink);
  await sink.end();
  console.error(`${n} audit entries exported`);
  return 0;
};
