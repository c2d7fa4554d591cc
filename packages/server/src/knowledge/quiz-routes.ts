import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import {
  attemptListQuery,
  attemptListResponse,
  quizAttemptBody,
  quizAttemptResponse,
  quizCreatedResponse,
  quizIdParams,
  quizListResponse,
  quizResponse,
  saveQuizBody,
} from './quiz-schema.ts';
import { attemptQuiz, getQuiz, listAttempts, listQuizzes, saveQuiz } from './quiz-service.ts';

/** Self-study quizzes on the knowledge base (issue #20 part 5). */
export const quizRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['knowledge'];
  const read = { access: 'knowledge.read' } as const;
  const manage = { access: 'knowledge.manage' } as const;

  r.get(
    '/api/knowledge/quizzes',
    { config: read, schema: { tags, response: quizListResponse, summary: 'Self-study quizzes I may take' } },
    (request) => listQuizzes(deps, ctxOf(request)),
  );
  r.post(
    '/api/knowledge/quizzes',
    {
      config: manage,
      schema: { tags, body: saveQuizBody, response: quizCreatedResponse, summary: 'Create a quiz' },
    },
    async (request, reply) => {
      reply.code(201);
      return saveQuiz(deps, ctxOf(request), null, request.body);
    },
  );
  r.get(
    '/api/knowledge/quizzes/:id',
    {
      config: read,
      schema: {
        tags,
        params: quizIdParams,
        response: quizResponse,
        summary: 'A quiz (answers only to its maintainers)',
      },
    },
    (request) => getQuiz(deps, ctxOf(request), request.params.id),
  );
  r.put(
    '/api/knowledge/quizzes/:id',
    {
      config: manage,
      schema: {
        tags,
        params: quizIdParams,
        body: saveQuizBody,
        response: quizResponse,
        summary: 'Save the next version of a quiz',
      },
    },
    (request) => saveQuiz(deps, ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/knowledge/quizzes/:id/attempts',
    {
      config: read,
      schema: {
        tags,
        params: quizIdParams,
        body: quizAttemptBody,
        response: quizAttemptResponse,
        summary: 'Take a quiz: graded on the server, kept, a pass may certify the topic',
      },
    },
    async (request, reply) => {
      reply.code(201);
      return attemptQuiz(deps, ctxOf(request), request.params.id, request.body);
    },
  );
  r.get(
    '/api/knowledge/quiz-attempts',
    {
      config: read,
      schema: {
        tags,
        querystring: attemptListQuery,
        response: attemptListResponse,
        summary: 'Quiz results: my own, or (training managers) the people in scope',
      },
    },
    (request) => listAttempts(deps, ctxOf(request), request.query.userId),
  );
};
