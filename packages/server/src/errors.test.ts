import { DomainError } from '@claimline/domain/core';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERRORS, errorBody, fromDomain, preferredLanguage } from './errors.ts';
import { toAppError } from './http/error-handler.ts';

describe('error table', () => {
  it('has a status and both languages for every code', () => {
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(e.status).toBeGreaterThanOrEqual(400);
      expect(e.zh.length).toBeGreaterThan(2);
      expect(e.en.length).toBeGreaterThan(2);
    }
  });
  it('localises by Accept-Language', () => {
    expect(preferredLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(preferredLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(preferredLanguage(undefined)).toBe('zh');
    expect(errorBody('CASE_NOT_FOUND', 'en', 'r').error.message).toBe('Case not found');
  });
  it('maps domain refusals and database data errors without a 5xx', () => {
    expect(fromDomain(new DomainError('NOT_CASE_OWNER')).code).toBe('NOT_CASE_OWNER');
    expect(fromDomain(new DomainError('SOMETHING_UNKNOWN')).code).toBe('INTERNAL');
    expect(toAppError(Object.assign(new Error('x'), { code: '22P02' })).code).toBe('VALIDATION_FAILED');
    expect(toAppError(Object.assign(new Error('x'), { statusCode: 429 })).code).toBe('RATE_LIMITED');
    expect(toAppError(new Error('boom')).code).toBe('INTERNAL');
  });
});

describe('domain codes', () => {
  it('maps every code the domain can raise', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../../domain/src');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = path.join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(root);
    const codes = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:DomainError\(|code: )'([A-Z][A-Z_]{4,})'/g))
        codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(10);
    expect([...codes].filter((c) => !(c in ERRORS))).toEqual([]);
  });
});

describe('validation errors from fastify-type-provider-zod', () => {
  it('puts each field message in the caller language, custom "english|中文" messages included', () => {
    const schema = z.object({
      minDeaths: z.number().int().min(1),
      life: z.number().int().min(5, 'Five years by law|法定 5 年'),
      note: z.string(),
      cause: z.enum(['fire', 'theft']),
    });
    const { error } = validatorCompiler({ schema, method: 'PUT', url: '/x', httpPart: 'body' })({
      minDeaths: 0,
      life: 2,
      cause: 'flood',
    }) as { error: unknown[] };
    const err = Object.assign(new Error('bad'), { validation: error, validationContext: 'body' });
    const zh = toAppError(err, 'zh');
    expect(zh.code).toBe('VALIDATION_FAILED');
    expect(zh.details).toEqual([
      { in: 'body', path: 'minDeaths', message: '不能小于 1' },
      { in: 'body', path: 'life', message: '法定 5 年' },
      { in: 'body', path: 'note', message: '必填' },
      { in: 'body', path: 'cause', message: '不是允许的取值' },
    ]);
    expect((toAppError(err, 'en').details as { message: string }[])[1]?.message).toBe('Five years by law');
  });
});
