import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { AppError } from '../errors.ts';
import { answers, fileAnswer } from '../http/answers.ts';
import type { Deps } from '../http/context.ts';
import { caseLinks, useInReply } from './case-links.ts';
import { resolveLinkedArticles } from './item-links.ts';
import { findAttachment } from './repository.ts';
import {
  articleCreatedResponse,
  articleListResponse,
  articleResponse,
  attachmentCreatedResponse,
  linkCreatedResponse,
  linkedArticlesResponse,
  linkListResponse,
  searchResponse,
} from './response-schema.ts';
import {
  articleIdParams,
  articleListQuery,
  articleMoveBody,
  attachmentParams,
  createArticleBody,
  linkedArticlesQuery,
  saveVersionBody,
  searchQuery,
  useInReplyBody,
  versionParams,
} from './schema.ts';
import {
  addAttachment,
  createArticle,
  listKnowledge,
  MAX_ATTACHMENT_BYTES,
  moveArticle,
  saveVersion,
  searchKnowledge,
} from './service.ts';
import { loadArticleView } from './views.ts';

/** The knowledge base (知识库, issue #20): articles, search, attachments, use in a reply, questions to colleagues. */
export const knowledgeRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['knowledge'];
  const read = { access: 'knowledge.read' } as const;
  const manage = { access: 'knowledge.manage' } as const;
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0 } });

  r.get(
    '/api/knowledge/search',
    {
      config: read,
      schema: {
        tags,
        querystring: searchQuery,
        response: searchResponse,
        summary: 'Search published articles in a customer’s words (Chinese)',
      },
    },
    (request) => searchKnowledge(deps, ctxOf(request), request.query.q, request.query.limit),
  );
  r.get(
    '/api/knowledge/linked',
    {
      config: read,
      schema: {
        tags,
        querystring: linkedArticlesQuery,
        response: linkedArticlesResponse,
        summary: 'Articles linked from a script or checklist item, as I may open them',
      },
    },
    (request) => resolveLinkedArticles(deps.db, ctxOf(request), request.query.ids),
  );
  r.get(
    '/api/knowledge/articles',
    {
      config: read,
      schema: {
        tags,
        querystring: articleListQuery,
        response: articleListResponse,
        summary: 'Articles: published for readers, every state for maintainers',
      },
    },
    (request) => listKnowledge(deps, ctxOf(request), request.query),
  );
  r.post(
    '/api/knowledge/articles',
    {
      config: manage,
      schema: {
        tags,
        body: createArticleBody,
        response: articleCreatedResponse,
        summary: 'New article (a draft, version 1)',
      },
    },
    async (request, reply) => reply.status(201).send(await createArticle(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/knowledge/articles/:id',
    {
      config: read,
      schema: {
        tags,
        params: articleIdParams,
        response: articleResponse,
        summary: 'One article (readers: the published version)',
      },
    },
    (request) => loadArticleView(deps.db, ctxOf(request), request.params.id),
  );
  r.get(
    '/api/knowledge/articles/:id/versions/:versionNo',
    {
      config: manage,
      schema: {
        tags,
        params: versionParams,
        response: articleResponse,
        summary: 'An older version of an article (maintainers)',
      },
    },
    (request) => loadArticleView(deps.db, ctxOf(request), request.params.id, request.params.versionNo),
  );
  r.put(
    '/api/knowledge/articles/:id',
    {
      config: manage,
      schema: {
        tags,
        params: articleIdParams,
        body: saveVersionBody,
        response: articleResponse,
        summary: 'Save a draft: a new version, never an overwrite',
      },
    },
    (request) => saveVersion(deps, ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/knowledge/articles/:id/moves',
    {
      config: manage,
      schema: {
        tags,
        params: articleIdParams,
        body: articleMoveBody,
        response: articleResponse,
        summary: 'Submit, publish, send back, revise, archive or restore',
      },
    },
    (request) => moveArticle(deps, ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/knowledge/articles/:id/attachments',
    {
      config: manage,
      schema: {
        tags,
        params: articleIdParams,
        consumes: ['multipart/form-data'],
        response: attachmentCreatedResponse,
        summary: 'Attach a file (multipart field "file")',
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('MALFORMED_REQUEST');
      const part = await request.file().catch(() => undefined);
      if (!part) throw new AppError('MALFORMED_REQUEST');
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('KNOWLEDGE_ATTACHMENT_TOO_LARGE');
        throw new AppError('MALFORMED_REQUEST');
      }
      const fileName = (part.filename.split(/[\\/]/).pop() ?? 'file').slice(-200);
      const view = await addAttachment(deps, ctxOf(request), request.params.id, {
        fileName,
        contentType: part.mimetype,
        content,
      });
      return reply.status(201).send(view);
    },
  );
  r.get(
    '/api/knowledge/articles/:id/attachments/:attachmentId',
    {
      config: read,
      schema: {
        tags,
        params: attachmentParams,
        response: answers({
          200: fileAnswer('application/octet-stream', 'The attached file (always a download)'),
        }),
        summary: 'Download an attachment of an article the person may read',
      },
    },
    async (request, reply) => {
      // Readable article first (branch, role, published), then the file.
      await loadArticleView(deps.db, ctxOf(request), request.params.id);
      const f = await findAttachment(deps.db, request.params.id, request.params.attachmentId);
      if (!f) throw new AppError('KNOWLEDGE_ATTACHMENT_NOT_FOUND');
      // Always a download, never rendered by the browser: an uploaded HTML file cannot run in the console's origin.
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name)}`)
        .send(f.content);
    },
  );
  r.post(
    '/api/knowledge/articles/:id/uses',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: articleIdParams,
        body: useInReplyBody,
        response: linkCreatedResponse,
        summary: 'Attach an article to a reply on a case',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await useInReply(deps, ctxOf(request), request.params.id, request.body.caseId)),
  );
  r.get(
    '/api/knowledge/cases/:id/links',
    {
      config: read,
      schema: {
        tags,
        params: articleIdParams,
        response: linkListResponse,
        summary: 'Articles sent with replies on a case',
      },
    },
    (request) => caseLinks(deps, ctxOf(request), request.params.id),
  );
};
