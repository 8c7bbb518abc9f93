import { issueKey } from "@homecoming/domain";
import { type AnyColumn, asc, desc, type SQL } from "drizzle-orm";
import type { FastifyRouteSchemaDef } from "fastify/types/schema";
import { serializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const IdParams = z.object({ id: z.uuid("id must be a UUID") });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.int32() });

/** A list whose total is counted up to a bound (db/paging.ts countCap, or a search's own). */
export const cappedListOf = <T extends z.ZodType>(item: T, bound: string) =>
  listOf(item).extend({
    capped: z.boolean().meta({
      description: `true when more matched than are counted (${bound}): total is then that bound, a lower bound of the matches`,
    }),
  });

/**
 * A `sort` query parameter for a list: one of the given field names, ascending,
 * or the same name prefixed with "-" for descending ("-updated").
 * The error names the fields a list can be sorted by.
 */
export function sortParam<const F extends string>(
  fields: readonly [F, ...F[]],
  fallback: NoInfer<`${"" | "-"}${F}`>,
) {
  const allowed = fields.flatMap((f) => [f, `-${f}`]);
  return z
    .string()
    .refine((v) => allowed.includes(v), {
      message: `sort must be one of ${allowed.join(", ")}`,
      ...issueKey("validation.sort", { options: allowed.join(", ") }),
    })
    .default(fallback)
    .transform((v) => ({
      field: (v.startsWith("-") ? v.slice(1) : v) as F,
      direction: v.startsWith("-") ? ("desc" as const) : ("asc" as const),
    }));
}

export type Sort<F extends string> = { field: F; direction: "asc" | "desc" };

/**
 * The order of a list that matches text (`q`): best match first by default when there is text, `withoutText`
 * otherwise; sorting by relevance without text is refused with `noText` as the message. Used as the list
 * query's transform, it answers the query with its sort parsed.
 */
export function textMatchSort<const F extends string>(
  fields: readonly ["relevance", ...F[]],
  withoutText: NoInfer<`${"" | "-"}${F}`>,
  noText: string,
) {
  const withText = sortParam<"relevance" | F>(fields, "relevance");
  const without = sortParam<"relevance" | F>(fields, withoutText);
  return <Q extends { q?: string | undefined; sort?: string | undefined }>(
    query: Q,
    ctx: z.RefinementCtx,
  ) => {
    const sort = (query.q ? withText : without).safeParse(query.sort);
    if (!sort.success) {
      const { message, params } = sort.error.issues[0] as {
        message: string;
        params?: Record<string, unknown>;
      };
      ctx.addIssue({ code: "custom", path: ["sort"], message, ...(params ? { params } : {}) });
      return z.NEVER;
    }
    if (sort.data.field === "relevance" && !query.q) {
      const options = fields.filter((f) => f !== "relevance").join(", ");
      ctx.addIssue({
        code: "custom",
        path: ["sort"],
        message: noText,
        ...issueKey("validation.relevance_needs_text", { options }),
      });
      return z.NEVER;
    }
    return { ...query, sort: sort.data };
  };
}

/**
 * ORDER BY for a parsed sort: the chosen column, then the tie-breakers in the same
 * direction so pages never overlap or skip rows.
 */
export function orderOf<F extends string>(
  sort: Sort<F>,
  columns: Record<F, AnyColumn | SQL>,
  ...tieBreakers: (AnyColumn | SQL)[]
): SQL[] {
  const dir = sort.direction === "asc" ? asc : desc;
  return [columns[sort.field], ...tieBreakers].map((c) => dir(c));
}

/**
 * For an answer too large to check field by field on every request (a case's eligibility lists hundreds of
 * offers with their conditions): the success answer is written as the service built it; error answers are
 * checked against their schemas as usual. The service must build such an answer from named fields only (no
 * spread of stored rows), and a test holds it to its schema exactly.
 */
export function writeSuccessAsBuilt<S>(route: FastifyRouteSchemaDef<S>) {
  return route.httpStatus === "200"
    ? (data: unknown) => JSON.stringify(data)
    : serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
}
