import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { revealQuestionText } from './question-reveal.ts';
import { answerQuestion, askQuestion, listQuestions, questionToArticle } from './questions.ts';
import {
  articleFromQuestionResponse,
  questionCreatedResponse,
  questionListResponse,
  questionResponse,
  questionRevealResponse,
} from './response-schema.ts';
import { answerBody, askBody, questionIdParams, questionListQuery, questionRevealBody } from './schema.ts';

/** "不确定，请教": questions to colleagues, their answers, the sealed texts' reveal and the draft FAQ from an answer. */
export const questionRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['knowledge'];
  const read = { access: 'knowledge.read' } as const;
  const manage = { access: 'knowledge.manage' } as const;

  r.get(
    '/api/knowledge/questions',
    {
      config: read,
      schema: {
        tags,
        querystring: questionListQuery,
        response: questionListResponse,
        summary: 'Questions asked of me (toMe) or by me (mine)',
      },
    },
    (request) => listQuestions(deps, ctxOf(request), request.query.box),
  );
  r.post(
    '/api/knowledge/questions',
    {
      config: read,
      schema: {
        tags,
        body: askBody,
        response: questionCreatedResponse,
        summary: 'Not sure: ask a colleague or the team lead (the reply clock keeps running)',
      },
    },
    async (request, reply) => reply.status(201).send(await askQuestion(deps, ctxOf(request), request.body)),
  );
  r.post(
    '/api/knowledge/questions/:id/answer',
    {
      config: read,
      schema: {
        tags,
        params: questionIdParams,
        body: answerBody,
        response: questionResponse,
        summary: 'Answer a question asked of me',
      },
    },
    (request) => answerQuestion(deps, ctxOf(request), request.params.id, request.body.answer),
  );
  r.post(
    '/api/knowledge/questions/:id/article',
    {
      config: manage,
      schema: {
        tags,
        params: questionIdParams,
        response: articleFromQuestionResponse,
        summary: 'Turn an answered question into a draft article (personal data masked)',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await questionToArticle(deps, ctxOf(request), request.params.id)),
  );
  r.post(
    '/api/knowledge/questions/:id/reveal',
    {
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: questionIdParams,
        body: questionRevealBody,
        response: questionRevealResponse,
        summary: 'A question or answer in full, personal data included (with a reason, audited)',
      },
    },
    (request) => revealQuestionText(deps, ctxOf(request), request.params.id, request.body),
  );
};
