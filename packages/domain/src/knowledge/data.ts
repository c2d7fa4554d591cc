import articles from './articles.zh-CN.json' with { type: 'json' };
import type { KnowledgeCategory } from './categories.ts';
import questions from './eval-questions.zh-CN.json' with { type: 'json' };

/** One article of the demo base, written from the seeds (each cites its source). */
export type SeedArticle = {
  key: string;
  category: KnowledgeCategory;
  product: string | null;
  title: string;
  questions: string[];
  keywords: string[];
  source: string;
  body: string;
};

export const SEED_ARTICLES = articles as SeedArticle[];

/** Customers' questions with the articles that answer them: the search's measure (recall@5). */
export const EVAL_QUESTIONS: readonly { q: string; expect: string[] }[] = questions;
