import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLISTS } from '../claim-applications/index.ts';
import { DEFAULT_STANDARD_PACK, parseStandardPack } from '../scripts/index.ts';
import { articleUses, MAX_LINKED_ARTICLES, parseArticleIds } from './links.ts';

const A = '0b9f6a52-8d0e-4c1b-9a51-3f0f2c7d9e01';
const B = '5c3e1f7a-2b4d-4e6f-8a9b-0c1d2e3f4a5b';

describe('links from scripts and checklists to articles', () => {
  it('keeps distinct article ids up to the limit, lower-cased, and refuses anything else', () => {
    expect(parseArticleIds([A.toUpperCase(), B])).toEqual([A, B]);
    expect(parseArticleIds([A, A])).toBeNull();
    expect(parseArticleIds(['not-an-id'])).toBeNull();
    expect(parseArticleIds(A)).toBeNull();
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 8 }), (ids) => {
        const parsed = parseArticleIds(ids);
        const distinct = new Set(ids.map((x) => x.toLowerCase())).size === ids.length;
        expect(parsed !== null).toBe(ids.length <= MAX_LINKED_ARTICLES && distinct);
      }),
    );
  });

  it('a pack keeps a situation’s articles; the uses of an article name each linking item', () => {
    const pack = parseStandardPack({
      ...DEFAULT_STANDARD_PACK,
      situations: DEFAULT_STANDARD_PACK.situations.map((s) =>
        s.id === 'greeting' ? { ...s, articleIds: [A] } : s,
      ),
    });
    expect(pack.situations.find((s) => s.id === 'greeting')?.articleIds).toEqual([A]);
    expect(() =>
      parseStandardPack({
        ...DEFAULT_STANDARD_PACK,
        situations: [{ ...DEFAULT_STANDARD_PACK.situations[0]!, articleIds: ['x'] }],
      }),
    ).toThrow('PHRASE_PACK_INVALID');
    const checklists = structuredClone(DEFAULT_CHECKLISTS);
    checklists.lists.basic.items[0]!.articleIds = [A, B];
    expect(articleUses(A, { standard: pack, checklists })).toEqual([
      { source: 'standardPhrase', key: 'greeting', label: { zh: '问候语', en: '问候语' } },
      {
        source: 'claimChecklist',
        key: 'policyOriginal',
        label: { zh: '基本资料：保险单正本', en: 'Basic documents: Policy (original)' },
      },
    ]);
    expect(articleUses(B, { standard: DEFAULT_STANDARD_PACK, checklists: DEFAULT_CHECKLISTS })).toEqual([]);
  });
});
