import { describe, expect, it } from 'vitest';
import { readCaseQuery, writeCaseQuery } from './case-query.ts';
import { isCustomerPhone } from './validation.ts';

describe('case list query in the URL', () => {
  it('reads defaults from an empty query string', () => {
    expect(readCaseQuery(new URLSearchParams())).toEqual({
      kind: undefined,
      status: undefined,
      channel: undefined,
      q: undefined,
      mine: undefined,
      page: 1,
      pageSize: 20,
      sort: 'createdAt',
      order: 'desc',
    });
    expect(writeCaseQuery(readCaseQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('round-trips every filter, the page and the sort', () => {
    const url =
      'kind=complaint&status=resolved&channel=fax&q=ZXBJ2026&mine=true&page=3&pageSize=50&sort=number&order=asc';
    const query = readCaseQuery(new URLSearchParams(url));
    expect(query).toMatchObject({
      kind: 'complaint',
      status: 'resolved',
      channel: 'fax',
      mine: true,
      page: 3,
    });
    expect(readCaseQuery(writeCaseQuery(query))).toEqual(query);
  });

  it('ignores values the server would refuse', () => {
    const query = readCaseQuery(
      new URLSearchParams('kind=x&status=open&page=-2&pageSize=7&sort=subject&order=up'),
    );
    expect(query).toMatchObject({
      kind: undefined,
      status: undefined,
      page: 1,
      pageSize: 20,
      sort: 'createdAt',
    });
    expect(query.order).toBe('desc');
  });
});

describe('customer phone', () => {
  it.each(['13812345678', '010-12345678', '07551234567', '02112345678'])('accepts %s', (v) =>
    expect(isCustomerPhone(v)).toBe(true),
  );
  it.each(['12345', '2381234567', '138123456789', '010-123456', 'abc'])('refuses %s', (v) =>
    expect(isCustomerPhone(v)).toBe(false),
  );
});
