import { describe, expect, it } from 'vitest';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );

// The types already refuse a missing key; this also catches a key that only one language has.
describe('console messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    const zhKeys = leaves(zhCN).map(([k]) => k);
    const enKeys = leaves(en).map(([k]) => k);
    expect(enKeys.toSorted()).toEqual(zhKeys.toSorted());
  });

  it('no message is empty', () => {
    for (const [key, text] of [...leaves(zhCN), ...leaves(en)]) expect(text.trim(), key).not.toBe('');
  });
});
