import path from 'node:path';
import pino from 'pino';
import pinoRoll from 'pino-roll';
import { LOG_FILE_PREFIX, LOG_RETENTION_MIN_DAYS } from './retention.ts';

export type LogSinkSettings = { logDir: string | undefined; logRetentionDays: number };

/**
 * The optional file sink of the application log (issue #18 part 5): one file per day in `logDir`, rotated at
 * midnight by pino-roll, and the files beyond the retention removed at rotation (also those an earlier run of the
 * server left). Off when no directory is set; a retention under the legal minimum is refused, never shortened.
 */
export const logFileStream = async (s: LogSinkSettings) => {
  if (!s.logDir) return null;
  if (s.logRetentionDays < LOG_RETENTION_MIN_DAYS)
    throw new Error(
      `log retention of ${s.logRetentionDays} days refused: logs are kept at least ${LOG_RETENTION_MIN_DAYS} days (Cybersecurity Law art. 21)`,
    );
  return pinoRoll({
    file: path.join(s.logDir, LOG_FILE_PREFIX),
    extension: '.log',
    frequency: 'daily',
    dateFormat: 'yyyy-MM-dd',
    mkdir: true,
    // One file a day: the active one plus this many earlier days.
    limit: { count: s.logRetentionDays, removeOtherLogFiles: true },
  });
};

/**
 * Standard output (or the given stream) and, when configured, the daily files: every line goes to both. `close`
 * flushes and closes the file on the server's stop, so no line of its last moments is lost.
 */
export const logDestination = async (
  s: LogSinkSettings,
  primary: { write(line: string): void } | undefined,
) => {
  const file = await logFileStream(s);
  if (!file) return { stream: primary, close: async () => undefined };
  const stream = pino.multistream([{ stream: primary ?? process.stdout }, { stream: file }]);
  const close = () =>
    new Promise<void>((resolve) => {
      file.once('close', () => resolve());
      file.end();
    });
  return { stream, close };
};
