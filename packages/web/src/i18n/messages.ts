import type { zhCN } from './zh-CN/index.ts';

export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language must have: the keys of the Chinese messages, each a string. */
export type Messages = DeepStrings<typeof zhCN>;
