import { EVAL_QUESTIONS, SEED_ARTICLES } from '@claimline/domain/knowledge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagArticlesDueForReview } from '../src/knowledge/review-sweep.ts';
import { createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  for (const u of ['agent.bj', 'teamlead.bj', 'servicemanager.bj', 'agent.sh', 'headoffice.ho'])
    cookies[u] = await sys.login(u);
});
afterAll(() => sys.close());

type Json = Record<string, unknown> & { items?: Record<string, unknown>[] };
const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const res = await sys.app.inject({
    method,
    url,
    headers: { cookie: cookies[user]! },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  return { status: res.statusCode, body: res.json() as Json };
};
const search = async (user: string, q: string) =>
  (await call(user, 'GET', `/api/knowledge/search?q=${encodeURIComponent(q)}`)).body.items!.map(
    (i) => i.title,
  );

const draft = {
  category: 'faq',
  title: '北京地区暴雨红色预警期间的报案安排',
  bodyMd: '暴雨红色预警期间，车辆被淹报案统一由北京分公司安排查勘，**请客户不要启动车辆**。',
  questions: ['北京下暴雨车被淹了找谁'],
  keywords: ['暴雨', '北京'],
};

describe('knowledge base', () => {
  it('finds the flood article first from a customer’s words', async () => {
    expect((await search('agent.bj', '车被水淹了能赔吗'))[0]).toBe('车辆被暴雨、洪水淹没能否理赔（车损险）');
    expect((await search('agent.bj', '車被水淹了，能賠嗎？'))[0]).toBe(
      '车辆被暴雨、洪水淹没能否理赔（车损险）',
    );
  });

  it('finds every expected article in the first five for all 54 questions, through the one statement', async () => {
    const titleOf = new Map(SEED_ARTICLES.map((a) => [a.key, a.title]));
    const misses: string[] = [];
    for (const q of EVAL_QUESTIONS) {
      const got = await search('agent.bj', q.q);
      for (const key of q.expect)
        if (!got.slice(0, 5).includes(titleOf.get(key)!)) misses.push(`${q.q} → ${key}`);
    }
    expect(misses).toEqual([]);
  });

  it('keeps every save as a version, publishes through review, and shows a branch article to that branch only', async () => {
    expect((await call('agent.bj', 'POST', '/api/knowledge/articles', draft)).status).toBe(403);
    const html = await call('servicemanager.bj', 'POST', '/api/knowledge/articles', {
      ...draft,
      bodyMd: '<img src=x onerror=alert(1)>',
    });
    expect([html.status, (html.body.error as { code: string }).code]).toEqual([
      400,
      'KNOWLEDGE_HTML_REFUSED',
    ]);

    const created = await call('servicemanager.bj', 'POST', '/api/knowledge/articles', draft);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const saved = await call('servicemanager.bj', 'PUT', `/api/knowledge/articles/${id}`, {
      ...draft,
      bodyMd: `${draft.bodyMd}\n\n查勘电话由值班长统一调度。`,
      version: created.body.version,
      changeNote: '补充调度',
    });
    expect(saved.status).toBe(200);
    expect((saved.body.versions as unknown[]).length).toBe(2);
    const v1 = await call('servicemanager.bj', 'GET', `/api/knowledge/articles/${id}/versions/1`);
    expect(v1.body.bodyMd).toBe(draft.bodyMd);

    // Not published yet: readers neither find nor open it.
    expect(await search('agent.bj', '北京下暴雨车被淹了找谁')).not.toContain(draft.title);
    expect((await call('agent.bj', 'GET', `/api/knowledge/articles/${id}`)).status).toBe(404);

    const submitted = await call('servicemanager.bj', 'POST', `/api/knowledge/articles/${id}/moves`, {
      event: 'submit',
    });
    expect(submitted.body.state).toBe('review');
    const published = await call('servicemanager.bj', 'POST', `/api/knowledge/articles/${id}/moves`, {
      event: 'publish',
    });
    expect([published.body.state, published.body.publishedVersion]).toEqual(['published', 2]);

    expect((await search('agent.bj', '北京下暴雨车被淹了找谁'))[0]).toBe(draft.title);
    expect(await search('agent.sh', '北京下暴雨车被淹了找谁')).not.toContain(draft.title);
    // A published article is not edited in place.
    const put = await call('servicemanager.bj', 'PUT', `/api/knowledge/articles/${id}`, {
      ...draft,
      version: 3,
    });
    expect(put.status).toBe(409);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'knowledgeArticle.create',
      'knowledgeArticle.saveVersion',
      'knowledgeArticle.submit',
      'knowledgeArticle.publish',
    ]);
  });

  it('attaches an article to a reply, asks the team lead with the clock running, and turns the answer into a draft', async () => {
    const c = await createCase(sys, cookies['agent.bj']!);
    const caseId = (c.json() as { id: string }).id;
    const [hit] = (
      await call('agent.bj', 'GET', `/api/knowledge/search?q=${encodeURIComponent('车被水淹了能赔吗')}`)
    ).body.items!;
    const used = await call('agent.bj', 'POST', `/api/knowledge/articles/${hit!.id}/uses`, { caseId });
    expect(used.status).toBe(201);
    const links = await call('agent.bj', 'GET', `/api/knowledge/cases/${caseId}/links`);
    expect(links.body.items!.map((l) => l.title)).toEqual([hit!.title]);

    const lead = await sys.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'teamlead.bj')
      .executeTakeFirstOrThrow();
    const asked = await call('agent.bj', 'POST', '/api/knowledge/questions', {
      question: '客户车辆在地库被淹后二次启动了，还能赔发动机吗？',
      askedTo: lead.id,
      caseId,
    });
    expect(asked.status).toBe(201);
    // The case's reply clock is shown and still running: the question did not stop it.
    expect(asked.body.caseDueAt).not.toBeNull();
    const open = await sys.db
      .selectFrom('deadlines')
      .select(['state', 'paused_at'])
      .where('case_id', '=', caseId)
      .execute();
    expect(open.every((d) => d.paused_at === null)).toBe(true);

    const inbox = await call('teamlead.bj', 'GET', '/api/knowledge/questions?box=toMe');
    expect(inbox.body.items!.map((q) => q.id)).toContain(asked.body.id);
    expect(
      (
        await call('servicemanager.bj', 'POST', `/api/knowledge/questions/${asked.body.id}/answer`, {
          answer: 'x1',
        })
      ).status,
    ).toBe(404);
    const answered = await call('teamlead.bj', 'POST', `/api/knowledge/questions/${asked.body.id}/answer`, {
      answer: '二次启动导致的发动机损坏按条款属于除外责任，请转查勘员现场确认。',
    });
    expect(answered.body.state).toBe('answered');
    const events = await sys.db
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', caseId)
      .execute();
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['knowledgeArticleUsed', 'knowledgeQuestionAsked', 'knowledgeQuestionAnswered']),
    );
    const article = await call(
      'servicemanager.bj',
      'POST',
      `/api/knowledge/questions/${asked.body.id}/article`,
    );
    const made = article.body as { article: Json; personalDataMasked: boolean };
    expect([article.status, made.article.state, made.article.category, made.personalDataMasked]).toEqual([
      201,
      'draft',
      'faq',
      false,
    ]);
  });

  it('flags a published article whose review date has passed to its maintainers, once', async () => {
    await sys.db
      .updateTable('knowledge_articles')
      .set({ review_at: new Date('2026-01-01T00:00:00Z') })
      .where('state', '=', 'published')
      .execute();
    const n = await flagArticlesDueForReview(sys.deps);
    expect(n).toBeGreaterThan(50);
    expect(await flagArticlesDueForReview(sys.deps)).toBe(0);
    const notes = await sys.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('u.username')
      .where('n.message_zh', 'like', '知识文章%复审%')
      .execute();
    expect(new Set(notes.map((x) => x.username))).toEqual(
      new Set(['headoffice.ho', 'servicemanager.ho', 'servicemanager.bj']),
    );
  });

  it('stores an attachment for readers of the article and always serves it as a download', async () => {
    const [hit] = (
      await call('agent.bj', 'GET', `/api/knowledge/search?q=${encodeURIComponent('车险索赔材料')}`)
    ).body.items!;
    const form = new FormData();
    form.append('file', new Blob(['<html><script>alert(1)</script></html>']), '索赔材料清单.html');
    const up = await sys.app.inject({
      method: 'POST',
      url: `/api/knowledge/articles/${hit!.id}/attachments`,
      headers: { cookie: cookies['headoffice.ho']! },
      payload: form,
    });
    expect(up.statusCode, up.body).toBe(201);
    const file = (up.json() as { attachments: { id: string; fileName: string }[] }).attachments[0]!;
    expect(file.fileName).toBe('索赔材料清单.html');
    const refused = await sys.app.inject({
      method: 'POST',
      url: `/api/knowledge/articles/${hit!.id}/attachments`,
      headers: { cookie: cookies['agent.bj']! },
      payload: form,
    });
    expect(refused.statusCode).toBe(403);
    const down = await sys.app.inject({
      url: `/api/knowledge/articles/${hit!.id}/attachments/${file.id}`,
      headers: { cookie: cookies['agent.sh']! },
    });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/octet-stream');
    expect(String(down.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(down.body).toContain('alert(1)');
  });
});
