import {
  type IndicatorDisaggregation,
  indicatorDisaggregations,
  indicatorFactKinds,
  indicatorUnits,
} from "@homecoming/domain";
import { z } from "zod";
import { CaseQuery } from "../cases/schemas";

const Disaggregation = z.enum(indicatorDisaggregations);
const Unit = z.enum(indicatorUnits);
const Count = z.object({
  kind: z.enum(indicatorFactKinds),
  count: z.enum(["records", "persons"]),
  flag: z.boolean().optional(),
  detail: z.array(z.string()).optional(),
  categoryPrefix: z.string().optional(),
});

export const IndicatorDefinition = z
  .object({
    code: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: Unit,
    numerator: Count,
    denominator: Count.optional(),
    stock: z.literal(true).optional().describe("counted at the end of the period rather than within it"),
    disaggregations: z.array(Disaggregation),
    source: z.string(),
    reference: z.string().optional(),
  })
  .meta({ id: "IndicatorDefinition" });

const date = (field: string) => z.iso.date(`${field} must be a date (YYYY-MM-DD)`).optional();

const filterKeys = Object.fromEntries(
  indicatorDisaggregations.map((d) => [
    `filter[${d}]`,
    z.string().trim().min(1).max(100).optional().describe(`only the facts whose ${d} is this`),
  ]),
) as Record<`filter[${IndicatorDisaggregation}]`, z.ZodOptional<z.ZodString>>;

export const IndicatorQueryString = z
  .object({
    from: date("from").describe("first day of the period (default: 364 days before to)"),
    to: date("to").describe("last day of the period (default: today)"),
    by: z
      .string()
      .optional()
      .describe("up to two disaggregations, comma-separated (sex,ageGroup)")
      .transform((v) =>
        v
          ? v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      ),
    ...filterKeys,
  })
  .transform(({ from, to, by, ...rest }) => ({
    from,
    to,
    by,
    filter: Object.fromEntries(
      Object.entries(rest)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.slice("filter[".length, -1), v as string]),
    ) as Partial<Record<IndicatorDisaggregation, string>>,
  }));
export type IndicatorQuery = z.output<typeof IndicatorQueryString>;

/** The cases behind a number: the indicator's ask (a cell's keys as filters), paged and sorted as the case list. */
export const IndicatorCasesQuery = CaseQuery.pick({ sort: true, limit: true, offset: true }).and(
  IndicatorQueryString,
);

export const IndicatorExportQuery = z
  .object({ format: z.enum(["csv", "xlsx"], { error: "format must be one of: csv, xlsx" }) })
  .and(IndicatorQueryString);

export const CodeParams = z.object({
  code: z.string().regex(/^[a-z0-9_]{1,60}$/, "code must be an indicator code"),
});

const Cell = z.object({
  keys: z
    .array(z.string().nullable())
    .describe("one per split, in the order of by; null: every value (a total)"),
  value: z.number().nullable(),
  numerator: z.int32().nullable(),
  denominator: z.int32().nullable(),
  suppressed: z.enum(["small_count", "complementary"]).nullable(),
});

export const IndicatorResult = z
  .object({
    code: z.string(),
    name: z.string(),
    unit: Unit,
    from: z.string(),
    to: z.string(),
    by: z.array(Disaggregation),
    filter: z.record(z.string(), z.string()),
    scope: z
      .enum(["deployment", "organisation"])
      .describe("the whole deployment, or the caller's organisation"),
    refreshedAt: z.date().nullable().describe("when the facts were last worked out from the records"),
    casesBehind: z.boolean().describe("whether the caller may list the cases behind its numbers (/cases)"),
    cells: z.array(Cell),
    labels: z
      .record(z.string(), z.record(z.string(), z.string()))
      .describe("by split, the names of keys that are places, organisations or ISIC branches"),
  })
  .meta({ id: "IndicatorResult" });

export const IndicatorRefresh = z
  .object({ facts: z.int32(), refreshedAt: z.date() })
  .meta({ id: "IndicatorRefresh" });
