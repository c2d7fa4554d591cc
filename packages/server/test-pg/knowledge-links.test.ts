import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/** Issue #20: phrases, scripts and checklists link to articles; the reader opens only what they may read. */
let sys: TestSystem;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  for (const u of ['agent.bj', 'agent.sh', 'servicemanager.bj', 'servicemanager.sh', 'headoffice.ho'])
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
const code = (r: { body: Json }) => (r.body.error as { code: string } | undefined)?.code;

/** A published article of the manager's branch. */
const publishedArticle = async (manager: string, title: string) => {
  const created = await call(manager, 'POST', '/api/knowledge/articles', {
    category: 'serviceRule',
    title,
    bodyMd: `${title}的办理要点。`,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  for (const event of ['submit', 'publish'])
    expect((await call(manager, 'POST', `/api/knowledge/articles/${id}/moves`, { event })).status).toBe(200);
  return id;
};

const linked = async (user: string, ids: string[]) =>
  (await call(user, 'GET', `/api/knowledge/linked?ids=${ids.join(',')}`)).body.items!;

describe('links from phrases and checklists to articles', () => {
  let hoArticle: string;
  let bjArticle: string;
  let shArticle: string;
  beforeAll(async () => {
    hoArticle = (
      await sys.db
        .selectFrom('knowledge_articles')
        .innerJoin('branches', 'branches.id', 'knowledge_articles.branch_id')
        .select('knowledge_articles.id')
        .where('branches.code', '=', 'HO')
        .where('knowledge_articles.state', '=', 'published')
        .orderBy('knowledge_articles.id')
        .executeTakeFirstOrThrow()
    ).id;
    bjArticle = await publishedArticle('servicemanager.bj', '北京分公司车险报案分流规则');
    shArticle = await publishedArticle('servicemanager.sh', '上海分公司退保柜面规则');
  });

  it('saves a situation’s articles in the pack version, shows them to readers who may open them, lists the use', async () => {
    const pack = await call('servicemanager.bj', 'GET', '/api/scripts/packs/standard');
    const data = pack.body.data as { situations: { id: string; articleIds?: string[] }[] };
    const withLinks = (ids: string[]) => ({
      ...data,
      situations: data.situations.map((s) => (s.id === 'greeting' ? { ...s, articleIds: ids } : s)),
    });
    const save = (ids: string[], baseVersion: number) =>
      call('servicemanager.bj', 'POST', '/api/scripts/packs/standard', {
        baseVersion,
        note: '问候语关联知识',
        data: withLinks(ids),
      });
    // Another branch's article, or one that does not exist, cannot be linked by this editor.
    expect(code(await save([shArticle], pack.body.version as number))).toBe('KNOWLEDGE_LINK_INVALID');
    expect(code(await save(['00000000-0000-4000-8000-000000000000'], pack.body.version as number))).toBe(
      'KNOWLEDGE_LINK_INVALID',
    );
    const saved = await save([hoArticle, bjArticle], pack.body.version as number);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const version = saved.body.version as number;

    // The agent's desk reads the pack in force with the ids; Beijing opens both, Shanghai only head office's.
    const desk = await call('agent.sh', 'GET', '/api/scripts/desk');
    const greeting = (desk.body.standard as { data: typeof data }).data.situations.find(
      (s) => s.id === 'greeting',
    );
    expect(greeting?.articleIds).toEqual([hoArticle, bjArticle]);
    expect((await linked('agent.bj', [hoArticle, bjArticle])).map((i) => i.available)).toEqual([true, true]);
    const sh = await linked('agent.sh', [hoArticle, bjArticle]);
    expect(sh.map((i) => [i.available, i.title === null])).toEqual([
      [true, false],
      [false, true],
    ]);

    const article = await call('agent.bj', 'GET', `/api/knowledge/articles/${bjArticle}`);
    expect(article.body.usedBy).toEqual([
      {
        source: 'standardPhrase',
        sourceLabel: { zh: '标准话术', en: 'Standard phrase' },
        key: 'greeting',
        label: { zh: '问候语', en: '问候语' },
        sourceVersion: version,
      },
    ]);

    // A later version without the links: the article is no longer used; the older version still holds them.
    expect((await save([], version)).status).toBe(200);
    expect((await call('agent.bj', 'GET', `/api/knowledge/articles/${bjArticle}`)).body.usedBy).toEqual([]);
    const old = await call('agent.bj', 'GET', `/api/scripts/packs/standard/versions/${version}`);
    const oldGreeting = (old.body.data as typeof data).situations.find((s) => s.id === 'greeting');
    expect(oldGreeting?.articleIds).toEqual([hoArticle, bjArticle]);
  });

  it('keeps a checklist item’s articles; an archived or deleted article shows as unavailable, never leaked', async () => {
    const current = await call('headoffice.ho', 'GET', '/api/claim-applications/checklists');
    type Lists = { lists: Record<string, { items: { id: string; articleIds?: string[] }[] }> };
    const checklists = current.body.checklists as Lists;
    const basic = checklists.lists.basic!;
    basic.items = basic.items.map((i) =>
      i.id === 'policyOriginal' ? { ...i, articleIds: [bjArticle, shArticle] } : i,
    );
    const saved = await call('headoffice.ho', 'PUT', '/api/claim-applications/checklists', {
      baseVersion: current.body.version,
      note: '保单正本关联知识',
      checklists,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const item = (saved.body.checklists as Lists).lists.basic!.items.find((i) => i.id === 'policyOriginal');
    expect(item?.articleIds).toEqual([bjArticle, shArticle]);
    const uses = (await call('servicemanager.sh', 'GET', `/api/knowledge/articles/${shArticle}`)).body
      .usedBy as Json[];
    expect(uses.map((u) => [u.source, u.key, (u.label as { zh: string }).zh])).toEqual([
      ['claimChecklist', 'policyOriginal', '基本资料：保险单正本'],
    ]);

    // Archived: the link stays in the version, the reader sees it unavailable, without its title.
    const archived = await call('servicemanager.sh', 'POST', `/api/knowledge/articles/${shArticle}/moves`, {
      event: 'archive',
      note: '规则已废止',
    });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(await linked('agent.sh', [shArticle])).toEqual([
      { id: shArticle, available: false, title: null, categoryLabel: null },
    ]);
    // Deleted outright (a database clean-up): the same, and the reverse index drops it with the row.
    await sys.db.deleteFrom('knowledge_terms').where('article_id', '=', bjArticle).execute();
    await sys.db.deleteFrom('knowledge_versions').where('article_id', '=', bjArticle).execute();
    await sys.db.deleteFrom('knowledge_articles').where('id', '=', bjArticle).execute();
    expect((await linked('agent.bj', [bjArticle]))[0]).toMatchObject({ available: false, title: null });
    const left = await sys.db
      .selectFrom('knowledge_item_links')
      .select('article_id')
      .where('article_id', '=', bjArticle)
      .execute();
    expect(left).toEqual([]);
    // A later edit keeps the archived link (it stays unavailable) without being refused for it...
    const again = await call('headoffice.ho', 'GET', '/api/claim-applications/checklists');
    const next = again.body.checklists as Lists;
    next.lists.basic!.items = next.lists.basic!.items.map((i) =>
      i.id === 'premiumReceipt'
        ? { ...i, label: { zh: '保费收据或发票', en: 'Premium receipt or invoice' } }
        : i,
    );
    const kept = await call('headoffice.ho', 'PUT', '/api/claim-applications/checklists', {
      baseVersion: again.body.version,
      note: '改名',
      checklists: next,
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    // ...but an article archived before it was ever linked cannot be linked anew.
    const retired = await publishedArticle('servicemanager.sh', '上海分公司旧版柜面规则');
    await call('servicemanager.sh', 'POST', `/api/knowledge/articles/${retired}/moves`, {
      event: 'archive',
      note: '已废止',
    });
    const latest = kept.body.checklists as Lists;
    latest.lists.basic!.items = latest.lists.basic!.items.map((i) =>
      i.id === 'premiumReceipt' ? { ...i, articleIds: [retired] } : i,
    );
    const refused = await call('headoffice.ho', 'PUT', '/api/claim-applications/checklists', {
      baseVersion: kept.body.version,
      note: '再关联',
      checklists: latest,
    });
    expect(code(refused)).toBe('KNOWLEDGE_LINK_INVALID');
    expect((await call('agent.bj', 'GET', '/api/knowledge/linked?ids=not-an-id')).status).toBe(400);
  });
});
