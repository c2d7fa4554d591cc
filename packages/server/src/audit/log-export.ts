import type { Db } from '../db/database.ts';

/** Rows read per query: the export streams any period without holding it in memory. */
const PAGE = 5000;

/**
 * Writes the audit log's entries of [from, to) to `out` as JSON lines, in chain order, with their hashes so the
 * copy can be checked against the chain (issue #18 part 5: logs and the audit log kept and exportable). Answers how
 * many entries were written.
 */
export const exportAuditLog = async (db: Db, from: Date, to: Date, out: { write(line: string): unknown }) => {
  let after = '0';
  let written = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select([
        'id',
        'at',
        'actor_id',
        'actor_name',
        'action',
        'object_type',
        'object_id',
        'result',
        'request_id',
        'ip',
        'details',
        'prev_hash',
        'hash',
      ])
      .where('at', '>=', from)
      .where('at', '<', to)
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const r of rows) out.write(`${JSON.stringify({ ...r, at: r.at.toISOString() })}\n`);
    written += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return written;
    after = String(last.id);
  }
};
