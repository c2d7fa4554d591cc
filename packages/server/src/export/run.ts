import type { Writable } from 'node:stream';
import { appendAuditAlone } from '../audit/audit.ts';
import { maskPhone } from '../crypto/masking.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import type { AnyExportList, Cell, ExportLang } from './declare.ts';
import { type ExportFormat, writeExport } from './writers.ts';

/** Rows per keyset page: big enough that round trips do not dominate, small enough to keep memory flat. */
export const EXPORT_PAGE = 2000;

/**
 * The filters an export was asked for, as the audit row records them (paging and sort are not filters). The free
 * search (`q`) when it looks like a phone or ID number is personal data: the audit keeps it masked, as the lists show it.
 */
export const filtersOf = (q: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(q)
      .filter(
        ([k, v]) => v !== undefined && !['page', 'pageSize', 'sort', 'order', 'format', 'lang'].includes(k),
      )
      .map(([k, v]) => [
        k,
        k === 'q' && typeof v === 'string' && /\d{6,}/.test(v.replace(/[\s-]/g, '')) ? maskPhone(v) : v,
      ]),
  );

export async function* cellPages(
  deps: Deps,
  ctx: RequestCtx,
  list: AnyExportList,
  q: unknown,
  lang: ExportLang,
  onRows: (n: number) => void = () => {},
  pageSize = EXPORT_PAGE,
): AsyncGenerator<Cell[][]> {
  let after: unknown = null;
  for (;;) {
    const rows = await list.page(deps, ctx, q, after, pageSize);
    if (rows.length > 0) {
      yield rows.map((r) => list.columns.map((c) => c.value(r, lang)));
      onRows(rows.length);
    }
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1];
  }
}

export type ExportRequest = {
  list: AnyExportList;
  query: Record<string, unknown>;
  format: ExportFormat;
  lang: ExportLang;
};

/**
 * Writes one export to `out` and audits it (who, which list, which filters, how many rows): a finished export
 * as a success, a failed or abandoned one as a failure with the rows written so far.
 */
export const runExport = async (
  deps: Deps,
  ctx: RequestCtx,
  req: ExportRequest,
  out: Writable,
  onRows: (done: number) => void = () => {},
) => {
  let done = 0;
  const count = (n: number) => {
    done += n;
    onRows(done);
  };
  const audit = (result: 'success' | 'failure') =>
    appendAuditAlone(deps.db, {
      at: deps.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'export.run',
      objectType: 'export',
      objectId: req.list.name,
      result,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { list: req.list.name, format: req.format, filters: filtersOf(req.query), rows: done },
    });
  try {
    await writeExport(
      req.format,
      req.list,
      req.lang,
      cellPages(deps, ctx, req.list, req.query, req.lang, count),
      out,
    );
  } catch (err) {
    // Destroyed without an error: the reader sees the file cut short, and no one has to listen for 'error'.
    out.destroy();
    await audit('failure');
    throw err;
  }
  await audit('success');
  return done;
};
