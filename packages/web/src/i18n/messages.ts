import type { zhCN } from './zh-CN.ts';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language file must have: the keys of the Chinese file, each a string. */
export type Messages = DeepStrings<typeof zhCN>;
