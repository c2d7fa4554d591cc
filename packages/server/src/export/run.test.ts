import { describe, expect, it } from 'vitest';
import { filtersOf } from './run.ts';

describe('filtersOf (what the audit row records)', () => {
  it('keeps the filters, drops paging, sort and the export options', () => {
    expect(
      filtersOf({
        channel: 'fax',
        page: 2,
        pageSize: 20,
        sort: 'createdAt',
        order: 'desc',
        format: 'csv',
        lang: 'zh',
      }),
    ).toEqual({ channel: 'fax' });
  });

  it('masks a free search that is a phone number, and only the free search', () => {
    const ownerId = '01234567-8901-2345-6789-012345678901';
    expect(filtersOf({ q: '138 1234 5678', ownerId })).toEqual({ q: '138****5678', ownerId });
    expect(filtersOf({ q: '理赔材料' })).toEqual({ q: '理赔材料' });
  });
});
