/*
 * The knowledge base (知识库, issue #20): article kinds, the article machine, Chinese search terms and ranking, the
 * seeded articles and the question set that measures the search. Pure.
 */
export * from './article.machine.ts';
export * from './categories.ts';
export * from './data.ts';
export * from './links.ts';
export * from './quiz.ts';
export * from './ranking.ts';
export * from './terms.ts';
export { CONCEPTS } from './thesaurus.ts';
