import fc from 'fast-check';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { casesListResponse } from '../cases/schema.ts';
import { fastAnswerSerializer, serializableSchema } from './fast-answers.ts';

const route = { method: 'GET', url: '/api/cases', httpStatus: '200', schema: casesListResponse[200] };
const fast = fastAnswerSerializer()(route);
const zod = zodSerializerCompiler(route);

const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const item = fc.record({
  id: fc.uuid(),
  number: text,
  kind: fc.constantFrom('consultation', 'complaint', 'claimReport'),
  channel: fc.constantFrom('phone', 'walkIn', 'online'),
  status: fc.constantFrom('new', 'inProgress', 'closed'),
  subject: text,
  branchId: fc.uuid(),
  branchName: text,
  ownerId: fc.uuid(),
  ownerName: text,
  customerName: fc.option(text, { nil: null }),
  firstContactResolution: fc.option(fc.boolean(), { nil: null }),
  createdAt: instant,
  updatedAt: instant,
  version: fc.integer({ min: 1, max: 10_000 }),
  nextDeadline: fc.option(
    fc.record({
      kind: text,
      dueAt: instant,
      state: fc.constantFrom('open', 'breached', 'escalated'),
      warned: fc.boolean(),
      calendarNotPublished: fc.boolean(),
    }),
    { nil: null },
  ),
});
const page = fc.record(
  {
    items: fc.array(item, { maxLength: 5 }),
    total: fc.nat(),
    page: fc.integer({ min: 1, max: 100 }),
    pageSize: fc.integer({ min: 1, max: 200 }),
    more: fc.boolean(),
    next: fc.option(fc.base64String(), { nil: null }),
  },
  { requiredKeys: ['items', 'page', 'pageSize', 'more', 'next'] },
);

describe('fast answer serializer', () => {
  it('writes every case-list page exactly as the zod serializer does', () => {
    fc.assert(
      fc.property(page, (p) => {
        expect(JSON.parse(fast(p) as string)).toEqual(JSON.parse(zod(p) as string));
      }),
      { numRuns: 300 },
    );
  });

  it('writes only the declared properties: an extra field never leaves the server', () => {
    const leaky = {
      items: [],
      page: 1,
      pageSize: 20,
      more: false,
      next: null,
      customerPhone: '13800138000',
    };
    expect(JSON.parse(fast(leaky) as string)).toEqual({
      items: [],
      page: 1,
      pageSize: 20,
      more: false,
      next: null,
    });
  });

  it('writes named parts in place and "or null" as a type list, so no value is validated to pick a branch', () => {
    const text = JSON.stringify(serializableSchema(casesListResponse[200]));
    expect(text).not.toContain('$ref');
    expect(text).not.toContain('anyOf');
  });
});
