import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { ARTICLE_MACHINE, type ArticleFacts } from './article.machine.ts';
import { hasHtml } from './categories.ts';

const facts = (f: Partial<ArticleFacts> = {}): ArticleFacts => ({
  maintainer: true,
  hasContent: true,
  reviewDateAhead: true,
  note: undefined,
  ...f,
});

describe('knowledge article machine', () => {
  it('publishes a reviewed article only with a review date ahead', () => {
    expect(next(ARTICLE_MACHINE, 'review', 'publish', facts())).toMatchObject({ ok: true, to: 'published' });
    expect(next(ARTICLE_MACHINE, 'review', 'publish', facts({ reviewDateAhead: false }))).toMatchObject({
      ok: false,
      code: 'KNOWLEDGE_REVIEW_DATE_PASSED',
    });
  });

  it('lets only a maintainer move an article', () => {
    expect(next(ARTICLE_MACHINE, 'draft', 'submit', facts({ maintainer: false }))).toMatchObject({
      ok: false,
      code: 'KNOWLEDGE_NOT_MAINTAINER',
    });
  });

  it('asks why an article is sent back or archived', () => {
    expect(next(ARTICLE_MACHINE, 'published', 'archive', facts())).toMatchObject({
      ok: false,
      code: 'KNOWLEDGE_NOTE_REQUIRED',
    });
    expect(next(ARTICLE_MACHINE, 'published', 'archive', facts({ note: '条款已停售' }))).toMatchObject({
      ok: true,
      to: 'archived',
    });
  });

  it('refuses HTML in a body but not markdown', () => {
    expect(hasHtml('<script>alert(1)</script>')).toBe(true);
    expect(hasHtml('<img src=x onerror=alert(1)>')).toBe(true);
    expect(hasHtml('## 结论\n1. 金额 < 50 万元，**不要**再次启动')).toBe(false);
  });
});
