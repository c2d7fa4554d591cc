import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Json = { [key: string]: unknown };
type FjsSchema = Parameters<typeof fastJson>[0];

/**
 * The answer's JSON Schema as fast-json-stringify compiles it best: named parts (`$ref` into `$defs`) written in
 * place, and "X or null" as a type list instead of `anyOf` (an `anyOf` makes the serializer validate every value to
 * choose a branch, which costs more than the whole answer).
 */
export const serializableSchema = (schema: z.ZodType): Json => {
  const root = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;
  const defs = (root.$defs ?? {}) as Record<string, Json>;
  const walk = (node: Json): Json => {
    if (typeof node.$ref === 'string') {
      const target = defs[node.$ref.replace('#/$defs/', '')];
      if (!target) throw new Error(`unresolved ${node.$ref}`);
      return walk(target);
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      // The registry's own keys (`id`, `$defs`) are not part of the shape.
      if (k === '$defs' || k === '$schema' || k === 'id') continue;
      if (k === 'properties')
        out[k] = Object.fromEntries(Object.entries(v as Record<string, Json>).map(([p, s]) => [p, walk(s)]));
      else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf') out[k] = (v as Json[]).map(walk);
      else if ((k === 'items' || k === 'additionalProperties') && typeof v === 'object' && v !== null)
        out[k] = walk(v as Json);
      else out[k] = v;
    }
    const anyOf = out.anyOf as Json[] | undefined;
    if (anyOf?.length === 2 && anyOf.some((a) => a.type === 'null')) {
      const other = anyOf.find((a) => a.type !== 'null');
      if (other && typeof other.type === 'string') {
        const { anyOf: _, ...rest } = out;
        return { ...rest, ...other, type: [other.type, 'null'] };
      }
    }
    return out;
  };
  return walk(root);
};

/**
 * A route's serializer for its hot success answer (issue #19 part 2): fast-json-stringify compiled from the same
 * zod schema the document and the console's types come from, instead of a zod encode of the whole answer and a
 * `JSON.stringify`. It writes only the declared properties (nothing extra can leak) but does not check values the
 * way the zod encode does, so it is for answers built by one view function, whose shape the tests hold. Other
 * statuses (the error answers) keep the zod serializer.
 */
export const fastAnswerSerializer =
  <S>(statuses: readonly string[] = ['200']): FastifySerializerCompiler<S> =>
  (route) => {
    if (!statuses.includes(String(route.httpStatus)))
      return zodSerializerCompiler(route as unknown as Parameters<typeof zodSerializerCompiler>[0]);
    return fastJson(serializableSchema(route.schema as unknown as z.ZodType) as unknown as FjsSchema);
  };
