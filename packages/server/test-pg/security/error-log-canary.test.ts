import { describe, expect, it } from 'vitest';
import { adminQuery, consultation, createCase, testSystem } from '../helpers.ts';

/**
 * Issue #18 part 9: the log canary over error logs too. The request-line canary is in security-hardening.test.ts;
 * here the server fails (a database error that quotes the row, then a database that is gone) while requests
 * carry a phone and an ID number in the path, the query, the body and a header. The error lines are written
 * with the error, its stack and the database's own message: none may hold the numbers.
 */
const PHONE = '13912348765';
const ID_NUMBER = '11010519491231002X';

describe('error logs', () => {
  it('never write a phone or ID number that a failing request carried (canary)', async () => {
    const lines: string[] = [];
    const sys = await testSystem({
      settings: { logLevel: 'info' },
      app: { logger: true, logStream: { write: (line: string) => void lines.push(line) } },
    });
    const cookie = await sys.login('agent.bj');
    // A database that refuses every new case, quoting the row it refused (as a CHECK violation's detail does).
    await adminQuery(
      `CREATE FUNCTION canary_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'refused row %', row_to_json(NEW)::text USING DETAIL = row_to_json(NEW)::text; END $$;
       CREATE TRIGGER canary_refuse BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION canary_refuse();`,
      sys.dbName,
    );
    const typed = `客户身份证${ID_NUMBER}，电话${PHONE}`;
    const refused = await createCase(
      sys,
      cookie,
      consultation({ subject: typed, description: typed, customerPhone: PHONE, customerName: '欧阳娜娜' }),
    );
    expect(refused.statusCode).toBe(500);
    // Then the database goes away under the server.
    await adminQuery(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${sys.dbName}' AND pid <> pg_backend_pid()`,
    );
    await adminQuery(`ALTER DATABASE ${sys.dbName} WITH ALLOW_CONNECTIONS false`);
    const failures = [
      await sys.app.inject({ url: `/api/cases?q=${PHONE}`, headers: { cookie, 'x-caller': ID_NUMBER } }),
      await sys.app.inject({ url: `/api/cases/${PHONE}`, headers: { cookie } }),
      await sys.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: PHONE, password: ID_NUMBER },
      }),
    ];
    await adminQuery(`ALTER DATABASE ${sys.dbName} WITH ALLOW_CONNECTIONS true`);
    await sys.close();

    expect(failures.map((f) => f.statusCode >= 500 || f.statusCode === 400 || f.statusCode === 401)).toEqual([
      true,
      true,
      true,
    ]);
    const errors = lines.filter((l) => JSON.parse(l).level >= 50);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    // The refused row was quoted by the database: masked, because the text was sealed before it reached SQL.
    expect(errors.join('\n')).toContain('139****8765');
    const all = lines.join('\n');
    expect(all).not.toContain(PHONE);
    expect(all).not.toContain(ID_NUMBER);
    expect(all).not.toContain('欧阳娜娜');
    expect(all).not.toMatch(/claimline_sid=/);
  });
});
