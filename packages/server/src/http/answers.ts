import { z } from 'zod';

/**
 * Names a response schema ("answer"): the OpenAPI document lists it once under components.schemas.<id> and the
 * console's generated types can name it (zod's global registry, which fastify-type-provider-zod reads).
 */
export const named = <S extends z.ZodType>(id: string, schema: S): S => schema.meta({ id });

/** An instant as the views write it: `Date#toISOString()` (UTC, milliseconds, `Z`). */
export const instant = z.iso.datetime();

/**
 * An instant the view passes as a `Date` (straight from the database); JSON.stringify writes it as an ISO string,
 * and the document says `string, date-time`.
 */
export const instantDate = z.date();

/**
 * A value of a closed list kept in a text column: the view passes the column's string (typed `string` here),
 * the serializer checks it is one of the list, and the document (so the console's types) shows the list.
 */
export const stored = <const T extends readonly [string, ...string[]]>(values: T): z.ZodType<string> =>
  z.enum(values);

/** A Beijing local day 'YYYY-MM-DD'. */
export const localDay = z.iso.date();

export const zhEn = z.object({ zh: z.string(), en: z.string() });

/**
 * The one error shape (http/error-handler.ts → errors.ts errorBody): every 4xx and 5xx of every route.
 * `details` is per code (invalid fields, the current version, an existing report, …).
 */
export const errorAnswer = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      messageZh: z.string(),
      messageEn: z.string(),
      details: z.unknown().optional(),
    }),
    requestId: z.string(),
  })
  .meta({
    id: 'ErrorAnswer',
    description: 'An error: the one shape of every 4xx and 5xx (see errors.ts for codes)',
  });

/** A route's success answers plus the shared error answer for 4xx and 5xx. */
export const answers = <S extends Record<number, unknown>>(success: S) =>
  ({ ...success, '4xx': errorAnswer, '5xx': errorAnswer }) as const;

/** 204: no body. */
export const noContent = z.undefined().describe('No content');

/** A file download: the body is the file, not JSON. */
export const fileAnswer = (contentType: string, description: string) => ({
  description,
  content: {
    [contentType]: { schema: z.custom<Buffer | string>().meta({ type: 'string', format: 'binary' }) },
  },
});

/**
 * fastify-type-provider-zod lists every named schema twice, as `X` (output) and `XInput` (input). Answers are
 * only ever sent, so an `XInput` copy that no operation references is dropped from the document.
 */
export const withoutUnusedInputCopies = <D extends object>(doc: D): D => {
  const { components, ...rest } = doc as { components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (!schemas) return doc;
  const used = JSON.stringify(rest);
  const kept = Object.fromEntries(
    Object.entries(schemas).filter(
      ([id]) => !(id.endsWith('Input') && id.slice(0, -5) in schemas && !used.includes(`/${id}"`)),
    ),
  );
  return { ...doc, components: { ...components, schemas: kept } };
};

/**
 * A move the server offers this person (workflow/offered-moves.ts): the button's label, whether it is allowed now,
 * why not when it is not, whether only another role could make it, and the inputs the dialog must ask for.
 */
export const offeredMoveAnswer = named(
  'OfferedMove',
  z.object({
    event: z.string(),
    label: zhEn,
    allowed: z.boolean(),
    reason: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
    byRole: z.boolean(),
    inputs: z.array(z.string()),
  }),
);
