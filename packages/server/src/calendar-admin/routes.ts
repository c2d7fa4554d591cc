import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import {
  applyImportResponse,
  calendarDayParams,
  calendarIdParams,
  calendarsResponse,
  calendarYearResponse,
  importBody,
  previewImportResponse,
  setDayBody,
  setDayResponse,
  yearQuery,
} from './schema.ts';
import { applyImport, calendarYear, listCalendars, previewImport, setCalendarDay } from './service.ts';

/** Calendar administration (C7): branch admins keep their branch's calendar, head office the national one. */
export const calendarsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['calendars'];
  const config = { access: 'calendar.manage' as const };

  r.get(
    '/api/calendars',
    {
      config,
      schema: {
        tags,
        response: calendarsResponse,
        summary: 'Calendars the caller may see, with needsNextYearNotice (from 1 November) and editable',
      },
    },
    (request) => listCalendars(deps, ctxOf(request)),
  );

  r.get(
    '/api/calendars/:id/days',
    {
      config,
      schema: {
        tags,
        params: calendarIdParams,
        querystring: yearQuery,
        response: calendarYearResponse,
        summary: "One year's dated entries of a calendar (and of its base calendar for a branch)",
      },
    },
    (request) => calendarYear(deps, ctxOf(request), request.params.id, request.query.year),
  );

  r.put(
    '/api/calendars/:id/days/:day',
    {
      config,
      schema: {
        tags,
        params: calendarDayParams,
        body: setDayBody,
        response: setDayResponse,
        summary: 'Set a day (national: holiday/makeUpWorkday; branch: closed/open) or clear it (type null)',
      },
    },
    (request) => setCalendarDay(deps, ctxOf(request), request.params.id, request.params.day, request.body),
  );

  r.post(
    '/api/calendars/:id/import/preview',
    {
      config,
      schema: {
        tags,
        params: calendarIdParams,
        body: importBody,
        response: previewImportResponse,
        summary:
          'Preview a holiday notice (JSON or CSV rows of date, type, name): what it adds, removes, changes',
      },
    },
    (request) => previewImport(deps, ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/calendars/:id/import',
    {
      config,
      schema: {
        tags,
        params: calendarIdParams,
        body: importBody,
        response: applyImportResponse,
        summary: 'Apply a holiday notice: replaces its years, marks them published, moves open deadlines',
      },
    },
    (request) => applyImport(deps, ctxOf(request), request.params.id, request.body),
  );
};
