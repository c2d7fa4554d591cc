import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers, Body } from '../api/types.ts';

export type QuizSummary = Answers['KnowledgeQuizSummary'];
export type Quiz = Answers['KnowledgeQuiz'];
export type QuizResult = Answers['KnowledgeQuizResult'];
export type SaveQuizInput = Body<'/api/knowledge/quizzes', 'post'>;

const key = ['knowledge', 'quizzes'] as const;

export const useQuizzes = () =>
  useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<Answers['KnowledgeQuizList']>('/api/knowledge/quizzes', { signal }),
  });

export const useQuiz = (id: string | null) =>
  useQuery({
    queryKey: [...key, id],
    queryFn: ({ signal }) => api<Quiz>(`/api/knowledge/quizzes/${id}`, { signal }),
    enabled: id !== null,
  });

export const useQuizAttempts = () =>
  useQuery({
    queryKey: [...key, 'attempts'],
    queryFn: ({ signal }) =>
      api<Answers['KnowledgeQuizAttemptList']>('/api/knowledge/quiz-attempts', { signal }),
  });

/** Saving or taking a quiz changes the list, the results and (a certifying pass) the training certificates. */
const useInvalidate = () => {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: key }),
      client.invalidateQueries({ queryKey: ['training'] }),
    ]);
};

export const useSaveQuiz = (id: string | null) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: SaveQuizInput) =>
      id === null
        ? api<Quiz>('/api/knowledge/quizzes', { body })
        : api<Quiz>(`/api/knowledge/quizzes/${id}`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
};

export const useTakeQuiz = (id: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: Body<'/api/knowledge/quizzes/{id}/attempts', 'post'>) =>
      api<QuizResult>(`/api/knowledge/quizzes/${id}/attempts`, { body }),
    onSuccess: invalidate,
  });
};
