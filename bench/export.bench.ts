import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROLE_PERMISSIONS } from '@claimline/domain/access';
import { systemClock } from '@claimline/domain/core';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { loadSettings } from '../packages/server/src/config.ts';
import { createFieldCrypto, newKeyRing } from '../packages/server/src/crypto/field-crypto.ts';
import { createDb, migrate } from '../packages/server/src/db/database.ts';
import { freePort, startEmbeddedPostgres } from '../packages/server/src/db/embedded.ts';
import { casesExport } from '../packages/server/src/export/lists/cases.ts';
import { runExport } from '../packages/server/src/export/run.ts';
import type { Deps, RequestCtx } from '../packages/server/src/http/context.ts';
import { seedIfEmpty } from '../packages/server/src/seed/seed.ts';
import { type BenchResult, judge } from './lib/types.ts';

const ROWS = 1_000_000;
/**
 * The in-memory baseline (every row fetched at once, the whole workbook built, then written) is run on a fifth of
 * the rows: at 1 M rows it needs several GB, more than a shared machine should be asked for. Its rows/s and its
 * memory per row are what the streaming export is judged against.
 */
const BASELINE_ROWS = 200_000;

/** Peak resident memory above the level when the measured step started, sampled every 20 ms. */
const measure = async (fn: () => Promise<number>) => {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t = performance.now();
  const rows = await fn();
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    peakMb: peak / 2 ** 20,
    growthMb: (peak - start) / 2 ** 20,
  };
};

/**
 * List export (issue #17 part 6): 1 M cases exported through the real path (the case list's own filter, keyset
 * pages of 2,000, exceljs' streaming writer to a file; CSV likewise) against the naive way in the same run.
 * Memory is reported as rows per MB of resident-memory growth (higher is better, as for every figure here).
 */
export default async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimline-bench-export-'));
  const pgDir = await mkdtemp(path.join(tmpdir(), 'claimline-bench-export-pg-'));
  const engine = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort() });
  const db = createDb(engine.url);
  try {
    await migrate(db);
    const deps: Deps = {
      db,
      settings: loadSettings({}, { demo: true }),
      clock: systemClock,
      crypto: createFieldCrypto(newKeyRing()),
    };
    await seedIfEmpty(deps, { cases: 1, policies: 4 });
    // 1 M copies of the one demo case, each a second older than the last, with its own id and number.
    const admin = new pg.Client({ connectionString: engine.url });
    await admin.connect();
    const columns = (
      await admin.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns
        WHERE table_name = 'cases' AND table_schema = current_schema() ORDER BY ordinal_position`)
    ).rows.map((r) => r.column_name);
    const expr: Record<string, string> = {
      id: 'gen_random_uuid()',
      number: `c.number || '-' || g`,
      created_at: `c.created_at - g * interval '1 second'`,
    };
    await admin.query(
      `INSERT INTO cases (${columns.join(', ')})
       SELECT ${columns.map((c) => expr[c] ?? `c.${c}`).join(', ')}
       FROM (SELECT * FROM cases LIMIT 1) c, generate_series(1, ${ROWS - 1}) g`,
    );
    await admin.query('ANALYZE cases');
    await admin.end();

    const user = await db
      .selectFrom('users as u')
      .innerJoin('branches as b', 'b.id', 'u.branch_id')
      .select(['u.id', 'u.username', 'u.display_name', 'b.id as branch_id', 'b.code', 'b.name', 'b.path'])
      .where('u.username', '=', 'headoffice.ho')
      .executeTakeFirstOrThrow();
    const scope = (await db.selectFrom('branches').select('id').execute()).map((b) => b.id);
    const ctx: RequestCtx = {
      actor: {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: 'headOffice',
        branchId: user.branch_id,
        branchCode: user.code,
        branchName: user.name,
        branchPath: user.path,
        permissions: ROLE_PERMISSIONS.headOffice,
        mustChangePassword: false,
        scope,
        sessionHash: 'bench',
      },
      requestId: 'bench',
      ip: '127.0.0.1',
      clock: systemClock,
    };
    const query = casesExport.query.parse({}) as Record<string, unknown>;
    const exportTo = (format: 'xlsx' | 'csv') => async () => {
      const file = path.join(dir, `cases.${format}`);
      const rows = await runExport(
        deps,
        ctx,
        { list: casesExport, query, format, lang: 'zh' },
        createWriteStream(file),
      );
      if (rows !== ROWS) throw new Error(`${format}: exported ${rows} of ${ROWS}`);
      process.stdout.write(`  ${format}: ${((await stat(file)).size / 2 ** 20).toFixed(0)} MB file\n`);
      return rows;
    };
    const xlsx = await measure(exportTo('xlsx'));
    const csv = await measure(exportTo('csv'));

    // Baseline: one query for every row, the whole workbook in memory, then written out.
    const baseline = await measure(async () => {
      const rows = await casesExport.page(deps, ctx, query, null, BASELINE_ROWS);
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('cases');
      sheet.addRow(casesExport.columns.map((c) => c.zh));
      for (const r of rows) sheet.addRow(casesExport.columns.map((c) => c.value(r, 'zh')));
      await wb.xlsx.writeFile(path.join(dir, 'baseline.xlsx'));
      return rows.length;
    });

    for (const [name, m] of [
      ['streamed xlsx', xlsx],
      ['streamed csv', csv],
      ['in-memory xlsx (baseline)', baseline],
    ] as const)
      process.stdout.write(
        `  ${name}: ${m.rows} rows in ${m.seconds.toFixed(1)} s, ${Math.round(m.rowsPerSecond)} rows/s, ` +
          `peak RSS ${m.peakMb.toFixed(0)} MB (+${m.growthMb.toFixed(0)} MB)\n`,
      );
    const perMb = (m: typeof xlsx) => m.rows / Math.max(1, m.growthMb);
    const baselineName = `whole workbook in memory, ${BASELINE_ROWS.toLocaleString('en-US')} rows`;
    return [
      judge({
        name: 'export 1 M cases to xlsx, streamed',
        unit: 'rows/s',
        value: xlsx.rowsPerSecond,
        baselineName,
        baselineValue: baseline.rowsPerSecond,
      }),
      judge({
        name: 'export 1 M cases to csv, streamed',
        unit: 'rows/s',
        value: csv.rowsPerSecond,
        baselineName,
        baselineValue: baseline.rowsPerSecond,
      }),
      // Bounded memory: a 1 M-row export must not grow the process by more than a few hundred MB.
      judge({
        name: 'export 1 M cases to xlsx: rows per MB of RSS growth',
        unit: 'rows/MB',
        value: perMb(xlsx),
        baselineName,
        baselineValue: perMb(baseline),
        target: { value: ROWS / 300 },
      }),
    ];
  } finally {
    await db.destroy();
    await engine.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(pgDir, { recursive: true, force: true });
  }
}
