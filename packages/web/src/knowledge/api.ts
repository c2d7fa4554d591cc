import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { casesKey } from '../api/keys.ts';
import type { Answers, Body } from '../api/types.ts';
import { currentLanguage } from '../i18n/index.ts';

export type Article = Answers['KnowledgeArticle'];
export type ArticleList = Answers['KnowledgeArticleList'];
export type SearchAnswer = Answers['KnowledgeSearch'];
export type Question = Answers['KnowledgeQuestion'];
export type ArticleInput = Body<'/api/knowledge/articles', 'post'>;
export type SaveInput = Body<'/api/knowledge/articles/{id}', 'put'>;
export type ArticleMove = Body<'/api/knowledge/articles/{id}/moves', 'post'>;

const key = ['knowledge'] as const;

/** A zh/en label in the console's language. */
export const inLanguage = (l: { zh: string; en: string }) => (currentLanguage() === 'en' ? l.en : l.zh);

export const useKnowledgeSearch = (q: string, limit = 8) =>
  useQuery({
    queryKey: [...key, 'search', q, limit],
    queryFn: ({ signal }) => api<SearchAnswer>('/api/knowledge/search', { query: { q, limit }, signal }),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });

export const useArticles = (filter: { state?: string | undefined; title?: string | undefined }) =>
  useQuery({
    queryKey: [...key, 'list', filter],
    queryFn: ({ signal }) => api<ArticleList>('/api/knowledge/articles', { query: filter, signal }),
  });

export const useArticle = (id: string | null) =>
  useQuery({
    queryKey: [...key, 'article', id],
    queryFn: ({ signal }) => api<Article>(`/api/knowledge/articles/${id}`, { signal }),
    enabled: id !== null,
  });

/** Knowledge answers change with every move; questions and answers also show on the case's timeline. */
const useInvalidate = () => {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: key }),
      client.invalidateQueries({ queryKey: casesKey }),
    ]);
};

export const useCreateArticle = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ArticleInput) => api<Article>('/api/knowledge/articles', { body }),
    onSuccess: invalidate,
  });
};

export const useSaveArticle = (id: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: SaveInput) => api<Article>(`/api/knowledge/articles/${id}`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
};

export const useArticleMove = (id: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ArticleMove) => api<Article>(`/api/knowledge/articles/${id}/moves`, { body }),
    onSuccess: invalidate,
  });
};

export const useAttachToReply = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { articleId: string; caseId: string }) =>
      api(`/api/knowledge/articles/${v.articleId}/uses`, { body: { caseId: v.caseId } }),
    // The case's timeline shows the link.
    onSuccess: () => client.invalidateQueries({ queryKey: casesKey }),
  });
};

export const useQuestions = (box: 'toMe' | 'mine') =>
  useQuery({
    queryKey: [...key, 'questions', box],
    queryFn: ({ signal }) =>
      api<Answers['KnowledgeQuestionList']>('/api/knowledge/questions', { query: { box }, signal }),
  });

export const useAsk = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: Body<'/api/knowledge/questions', 'post'>) =>
      api<Question>('/api/knowledge/questions', { body }),
    onSuccess: invalidate,
  });
};

export const useAnswer = (id: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (answer: string) =>
      api<Question>(`/api/knowledge/questions/${id}/answer`, { body: { answer } }),
    onSuccess: invalidate,
  });
};

export const useQuestionToArticle = (id: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () =>
      api<Answers['KnowledgeArticleFromQuestion']>(`/api/knowledge/questions/${id}/article`, {
        method: 'POST',
      }),
    onSuccess: invalidate,
  });
};

/** The full text of a sealed question or answer: a reveal with a reason, audited by the server. */
export const useQuestionReveal = (id: string) =>
  useMutation({
    // The reveal field names the column as `knowledge_questions.question`; the route takes the bare name.
    mutationFn: (input: { field: string; reason: string }) =>
      api<Answers['KnowledgeQuestionReveal']>(`/api/knowledge/questions/${id}/reveal`, {
        body: { field: input.field.replace(/^knowledge_questions\./, ''), reason: input.reason },
      }),
  });

export type LinkedArticle = Answers['KnowledgeLinkedArticles']['items'][number];

/** Articles linked from script or checklist items, as this reader may open them (one request for a panel). */
export const useLinkedArticles = (ids: readonly string[]) => {
  const sorted = [...new Set(ids)].sort();
  return useQuery({
    queryKey: [...key, 'linked', sorted],
    queryFn: ({ signal }) =>
      api<Answers['KnowledgeLinkedArticles']>('/api/knowledge/linked', {
        query: { ids: sorted.join(',') },
        signal,
      }),
    enabled: sorted.length > 0,
    staleTime: 60_000,
  });
};
