import { DATA_SHARE_KINDS } from '@claimline/domain/data-sharing';
import { CompiledQuery } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { decodeCaseCursor, encodeCaseCursor } from './cursor.ts';
import type { ListCasesQuery } from './schema.ts';

/**
 * One page of the case list in ONE statement (issue #19 part 2): scope, the reader's live data-sharing grants,
 * filters, keyset, the next deadline, only the listed columns, instants already in their ISO form. The text is
 * written here rather than built with the query builder per request: building and compiling a query of this size
 * cost more CPU than PostgreSQL spent running it (CPU profile under load, docs/PERFORMANCE.md). Every value is a
 * parameter and the shapes are few (which filters are present), so each shape is one prepared statement per
 * connection (db/preparing-client.ts). The export keeps `caseListBase` (repository.ts), same filters.
 */

// Each data-sharing kind's case kinds as two parallel arrays: the grant rule of domain/data-sharing (grantCovers),
// joined in SQL so the grants cost no round trip of their own.
const GRANT_DATA_KINDS: string[] = [];
const GRANT_CASE_KINDS: string[] = [];
for (const [dataKind, { caseKinds }] of Object.entries(DATA_SHARE_KINDS))
  for (const caseKind of caseKinds) {
    GRANT_DATA_KINDS.push(dataKind);
    GRANT_CASE_KINDS.push(caseKind);
  }

const SORT = {
  createdAt: { col: 'c.created_at', type: 'timestamptz' },
  number: { col: 'c.number', type: 'text' },
  updatedAt: { col: 'c.updated_at', type: 'timestamptz' },
  status: { col: 'c.status', type: 'text' },
} as const;

/** `Date#toISOString()` of a timestamptz, in SQL (UTC, milliseconds, `Z`): no Date is built per cell. */
const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type CasePageRow = {
  id: string;
  number: string;
  kind: string;
  channel: string;
  status: string;
  subject: string;
  branch_id: string;
  branch_name: string;
  branch_path: string;
  owner_id: string;
  owner_name: string;
  customer_name_masked: string | null;
  first_contact_resolution: boolean | null;
  created_at: string;
  updated_at: string;
  version: number;
  nd_kind: string | null;
  nd_due_at: string | null;
  nd_state: string | null;
  nd_warned: boolean | null;
  nd_not_published: boolean | null;
  sort_key: string;
};

/** The statement and its parameters for one page (exported for the plan test). */
export const casePageQuery = (
  scope: readonly string[],
  actorId: string,
  q: ListCasesQuery,
  phoneBidx: string | null,
  now: Date,
) => {
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  // The reader's live grants, once per statement: each as the root path of its subtree and a case kind it covers.
  const grants = `SELECT gb.path, m.case_kind FROM data_share_requests r
    JOIN branches gb ON gb.id = r.branch_id
    JOIN unnest(${p(GRANT_DATA_KINDS)}::text[], ${p(GRANT_CASE_KINDS)}::text[]) AS m(data_kind, case_kind)
      ON m.data_kind = r.data_kind
    WHERE r.requester_id = ${p(actorId)} AND r.state = 'approved'
      AND r.starts_at <= ${p(now)} AND r.ends_at > $${values.length}`;
  // Own scope, or a live grant whose kind covers this case's kind over a subtree holding its branch.
  const where = [
    `(c.branch_id = ANY(${p(scope)}::uuid[])
      OR EXISTS (SELECT 1 FROM g WHERE g.case_kind = c.kind AND starts_with(b.path, g.path)))`,
  ];
  if (q.kind) where.push(`c.kind = ${p(q.kind)}`);
  if (q.status) where.push(`c.status = ${p(q.status)}`);
  if (q.channel) where.push(`c.channel = ${p(q.channel)}`);
  if (q.mine === 'true') where.push(`c.owner_id = ${p(actorId)}`);
  if (q.ownerId) where.push(`c.owner_id = ${p(q.ownerId)}`);
  if (q.branchId) where.push(`c.branch_id = ${p(q.branchId)}`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(
      `(c.number = ${p(q.q.toUpperCase())} OR c.subject ILIKE ${p(like)}${
        phoneBidx ? ` OR c.customer_phone_bidx = ${p(phoneBidx)}` : ''
      })`,
    );
  }
  const { col, type } = SORT[q.sort];
  const dir = q.order === 'desc' ? 'DESC' : 'ASC';
  const after = q.after ? decodeCaseCursor(q.after) : null;
  if (after)
    where.push(
      `(${col}, c.id) ${q.order === 'desc' ? '<' : '>'} (CAST(${p(after.key)} AS ${type}), ${p(after.id)}::uuid)`,
    );
  const offset = !after && q.page > 1 ? ` OFFSET ${p((q.page - 1) * q.pageSize)}` : '';
  // The page's rows are chosen first (scope, filters, keyset, order, limit); names, the next deadline and the ISO
  // forms are then worked out for those rows only, not for every row that matched before the limit.
  const text = `WITH g AS MATERIALIZED (${grants})
SELECT c.id, c.number, c.kind, c.channel, c.status, c.subject, c.branch_id, c.branch_name, c.branch_path,
  c.owner_id, o.display_name AS owner_name, c.customer_name_masked, c.first_contact_resolution,
  ${iso('c.created_at')} AS created_at, ${iso('c.updated_at')} AS updated_at, c.version,
  nd.kind AS nd_kind, ${iso('nd.due_at')} AS nd_due_at, nd.state AS nd_state, nd.warned_at IS NOT NULL AS nd_warned,
  nd.calendar_not_published AS nd_not_published, c.sort_key
FROM (
  SELECT c.id, c.number, c.kind, c.channel, c.status, c.subject, c.branch_id, b.name AS branch_name,
    b.path AS branch_path, c.owner_id, c.customer_name_masked, c.first_contact_resolution, c.created_at,
    c.updated_at, c.version, ${col} AS sort_value, ${col}::text AS sort_key
  FROM cases c JOIN branches b ON b.id = c.branch_id
  WHERE ${where.join('\n    AND ')}
  ORDER BY ${col} ${dir}, c.id ${dir}
  LIMIT ${p(q.pageSize + 1)}${offset}
) c
JOIN users o ON o.id = c.owner_id
LEFT JOIN LATERAL (
  SELECT d.kind, d.due_at, d.state, d.warned_at, d.calendar_not_published FROM deadlines d
  WHERE d.case_id = c.id AND d.state <> 'met' ORDER BY d.due_at LIMIT 1
) nd ON true
ORDER BY c.sort_value ${dir}, c.id ${dir}`;
  return { text, values };
};

/**
 * One page: one row more than asked tells whether more follow; the exact count is not taken here (the route asks
 * `listCases` for it only with `count=true`).
 */
export const casePage = async (
  db: Db | Tx,
  scope: readonly string[],
  actorId: string,
  q: ListCasesQuery,
  phoneBidx: string | null,
  now: Date,
) => {
  const { text, values } = casePageQuery(scope, actorId, q, phoneBidx, now);
  const { rows } = await db.executeQuery<CasePageRow>(CompiledQuery.raw(text, values));
  const more = rows.length > q.pageSize;
  const items = more ? rows.slice(0, q.pageSize) : rows;
  const last = items.at(-1);
  const next = more && last ? encodeCaseCursor({ key: last.sort_key, id: last.id }) : null;
  return { items, more, next };
};
