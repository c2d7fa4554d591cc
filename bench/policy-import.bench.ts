import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { systemClock } from '@claimline/domain/core';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { loadSettings } from '../packages/server/src/config.ts';
import { createFieldCrypto, newKeyRing } from '../packages/server/src/crypto/field-crypto.ts';
import { createDb, migrate } from '../packages/server/src/db/database.ts';
import { freePort, startEmbeddedPostgres } from '../packages/server/src/db/embedded.ts';
import type { Deps } from '../packages/server/src/http/context.ts';
import { importPolicyFile } from '../packages/server/src/policies/file-import.ts';
import { importPolicies } from '../packages/server/src/policies/import.ts';
import { policiesCsv } from '../packages/server/src/policies/sample.ts';
import { sealPolicy } from '../packages/server/src/policies/seal.ts';
import { generatedDemoPolicies } from '../packages/server/src/seed/demo-policies.ts';
import { seedIfEmpty } from '../packages/server/src/seed/seed.ts';
import { type BenchResult, judge } from './lib/types.ts';

const ROWS = 100_000;
/**
 * The issue: "100,000 rows in well under a minute". CSV, the insurers' usual export, is held to half a minute
 * (≥ 3,334 rows/s); .xlsx, whose XML takes exceljs about five times as long to read as csv-parse needs for the
 * same rows, to the minute itself (≥ 1,667 rows/s).
 */
const TARGET_CSV = { value: Math.ceil(ROWS / 30) };
const TARGET_XLSX = { value: Math.ceil(ROWS / 60) };
const BASELINE_INSERT = 'multi-row INSERT of pre-sealed rows';
const BASELINE_PARSE = 'csv-parse alone, same file';

const seconds = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
};

const writeXlsx = async (file: string, csvText: string) => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('policies');
  for (const line of csvText.trimEnd().split('\n')) ws.addRow(line.split(',')).commit();
  ws.commit();
  await wb.commit();
};

/**
 * Policy import (issue #4): 100,000 generated valid rows imported through the real path (file stream → parse →
 * validate → seal → batched upsert → import record and audit) into embedded PostgreSQL, as CSV and as .xlsx, and
 * again as a re-import where every row is an update. Baselines from the same run: a plain multi-row INSERT of the
 * same rows sealed beforehand (the database's share), and csv-parse reading the file with nothing else.
 */
export default async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimline-bench-import-'));
  const pgDir = await mkdtemp(path.join(tmpdir(), 'claimline-bench-import-pg-'));
  const engine = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort() });
  const pgUrl = engine.url;
  const db = createDb(pgUrl);
  try {
    await migrate(db);
    const deps: Deps = {
      db,
      settings: loadSettings({}, { demo: true }),
      clock: systemClock,
      crypto: createFieldCrypto(newKeyRing()),
    };
    await seedIfEmpty(deps, { cases: 0, policies: 4 });
    const records = [...generatedDemoPolicies(new Date(), ROWS)];
    const csvText = policiesCsv(records, 'en');
    const csvFile = path.join(dir, 'policies.csv');
    const xlsxFile = path.join(dir, 'policies.xlsx');
    await writeFile(csvFile, csvText);
    await writeXlsx(xlsxFile, csvText);
    const sizes = { csv: (await stat(csvFile)).size, xlsx: (await stat(xlsxFile)).size };
    const admin = new pg.Client({ connectionString: pgUrl });
    admin.on('error', () => {});
    await admin.connect();
    const empty = () => admin.query('TRUNCATE policies CASCADE');

    // Baseline 1: csv-parse alone.
    const parseSeconds = await seconds(async () => {
      let n = 0;
      for await (const _ of createReadStream(csvFile).pipe(parse({ bom: true }))) n++;
      if (n !== ROWS + 1) throw new Error(`csv-parse read ${n} records`);
    });

    // Baseline 2: the same rows, sealed outside the clock, inserted 1,000 per statement.
    const branches = new Map(
      (await db.selectFrom('branches').select(['id', 'code']).execute()).map((b) => [b.code, b.id]),
    );
    const now = new Date();
    const sealed = records.map((r) =>
      sealPolicy(deps.crypto, r, branches.get(r.branchCode) as string, 'import', now),
    );
    await empty();
    const insertSeconds = await seconds(async () => {
      for (let i = 0; i < sealed.length; i += 1_000)
        await db
          .insertInto('policies')
          .values(sealed.slice(i, i + 1_000))
          .execute();
    });

    const importFile = async (file: string) => {
      const r = await importPolicyFile(deps, { file });
      if (r.status !== 'done' || r.counts.rejected > 0)
        throw new Error(
          `import ${r.status}, ${r.counts.rejected} rejected: ${JSON.stringify(r.report.slice(0, 3))}`,
        );
      return r.counts;
    };
    await empty();
    let counts = await importFile(csvFile);
    await empty();
    const csvSeconds = await seconds(async () => {
      counts = await importFile(csvFile);
    });
    if (counts.inserted !== ROWS) throw new Error(`inserted ${counts.inserted}`);
    const reimportSeconds = await seconds(async () => {
      counts = await importFile(csvFile);
    });
    if (counts.updated !== ROWS) throw new Error(`updated ${counts.updated}`);
    await empty();
    const xlsxSeconds = await seconds(async () => {
      counts = await importFile(xlsxFile);
    });
    if (counts.inserted !== ROWS) throw new Error(`xlsx inserted ${counts.inserted}`);

    // Every row refused (unknown branch): reading and validating only, against csv-parse alone.
    const refusedText = csvText.replace(/\n(P[A-Z0-9]+),(BJ01|BJ|SH01|SH),/g, '\n$1,GZ,');
    const refusedSeconds = await seconds(async () => {
      const r = await importPolicies(deps, {
        format: 'csv',
        input: Readable.from([Buffer.from(refusedText)]),
        sizeBytes: refusedText.length,
        scope: [...branches.values()],
        reportLimit: 1_000,
      });
      if (r.counts.rejected !== ROWS) throw new Error(`refused ${r.counts.rejected}`);
    });

    await admin.end();
    const rate = (s: number) => ROWS / s;
    process.stdout.write(
      `  files: CSV ${(sizes.csv / 1_048_576).toFixed(1)} MB, xlsx ${(sizes.xlsx / 1_048_576).toFixed(1)} MB; ` +
        `seconds: csv-parse ${parseSeconds.toFixed(2)}, INSERT ${insertSeconds.toFixed(2)}, import CSV ${csvSeconds.toFixed(2)}, ` +
        `re-import ${reimportSeconds.toFixed(2)}, import xlsx ${xlsxSeconds.toFixed(2)}, all refused ${refusedSeconds.toFixed(2)}\n`,
    );
    const row = (
      name: string,
      s: number,
      baselineName: string,
      baselineSeconds: number,
      target?: { value: number },
    ) =>
      judge({
        name,
        unit: 'rows/s',
        value: rate(s),
        baselineName,
        baselineValue: rate(baselineSeconds),
        ...(target ? { target } : {}),
      });
    return [
      row('policy import, CSV, 100k new rows', csvSeconds, BASELINE_INSERT, insertSeconds, TARGET_CSV),
      row('policy import, CSV, 100k updates', reimportSeconds, BASELINE_INSERT, insertSeconds, TARGET_CSV),
      row('policy import, xlsx, 100k new rows', xlsxSeconds, BASELINE_INSERT, insertSeconds, TARGET_XLSX),
      row('policy import, CSV, 100k refused (read+validate)', refusedSeconds, BASELINE_PARSE, parseSeconds),
    ];
  } finally {
    await db.destroy();
    await engine.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(pgDir, { recursive: true, force: true });
  }
}
