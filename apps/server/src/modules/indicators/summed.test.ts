import { randomUUID } from "node:crypto";
import {
  type IndicatorDisaggregation,
  type IndicatorFactKind,
  indicatorCatalogue,
  surveyOccasions,
} from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../test/harness";
import type { Db } from "../../db/client";
import type { Actor, Ctx } from "../../http/context";
import { rebuildCells } from "./refresh";
import { computeIndicator, wayOf } from "./service";

// The monthly cells, and records summed by their keys from the coded facts, must give exactly what counting
// the facts with GROUPING SETS gives (and the SQL sum of the amounts of money given). Twelve thousand facts
// drawn at random (a fixed seed) over two years, about 400 returnees in three districts and three
// organisations, are summed into cells and coded; then every indicator over those kinds of facts is asked over
// whole months, over periods that begin and end within a month, within one month, split one and two ways and
// filtered, by an analyst (and, over one period, by a case manager who reads only their organisation), and each
// answer is compared with the same ask counted over the facts with GROUPING SETS.

const { database, drop } = await freshDatabase();
const db = database.db as Db;
afterAll(drop);

/** A seeded generator (mulberry32), so a failure can be run again. */
function generator(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261205);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const organisations = [randomUUID(), randomUUID(), randomUUID()];
const districts = ["BD3026", "BD1004", "BD5510"];
const people = Array.from({ length: 400 }, () => ({
  id: randomUUID(),
  sex: pick(["female", "male"]),
  ageGroup: pick(["25_34", "35_44"]),
  district: pick(districts),
  returnType: pick(["voluntary", "forced"]),
  destination: pick(["SA", "MY"]),
}));

/** A day of 2025 or 2026, as the facts carry it. */
const day = () => {
  const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 730) * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const later = (from: string) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(random() * 200) * 86_400_000)
    .toISOString()
    .slice(0, 10);

const kinds: {
  kind: IndicatorFactKind;
  detail: () => string | null;
  flag: () => boolean | null;
  value: () => number | null;
}[] = [
  { kind: "registered", detail: () => null, flag: () => pick([true, false]), value: () => null },
  { kind: "vulnerability_screened", detail: () => null, flag: () => pick([true, false]), value: () => null },
  { kind: "case_opened", detail: () => null, flag: () => null, value: () => null },
  {
    kind: "case_closed",
    detail: () => pick(["goals_met", "moved_away", "withdrew"]),
    flag: () => null,
    value: () => null,
  },
  { kind: "case_handed_over", detail: () => null, flag: () => null, value: () => null },
  {
    kind: "referral_sent",
    detail: () => pick(["sent", "accepted", "declined", "completed", "not_completed", "cancelled"]),
    flag: () => null,
    value: () => null,
  },
  { kind: "referral_declined", detail: () => null, flag: () => null, value: () => null },
  {
    kind: "referral_completed",
    detail: () => null,
    flag: () => pick([true, false]),
    value: () => pick([1, 2, 5]),
  },
  { kind: "referral_overdue", detail: () => pick(["sent", "accepted"]), flag: () => null, value: () => null },
  { kind: "follow_up_due", detail: () => null, flag: () => pick([true, false, null]), value: () => null },
  {
    kind: "survey_composite",
    detail: () => pick(surveyOccasions),
    flag: () => pick([true, false]),
    // quarters add up exactly in binary, so a mean is the same summed in JavaScript or in SQL
    value: () => pick([0, 0.25, 0.5, 0.75, 1]),
  },
  {
    kind: "survey_economic",
    detail: () => pick(surveyOccasions),
    flag: () => null,
    value: () => pick([0.25, 0.5, 1]),
  },
  {
    kind: "enrolment_started",
    detail: () => pick(["training", "grant", "loan"]),
    flag: () => null,
    value: () => null,
  },
  {
    kind: "money_given",
    detail: () => pick(["BDT", "USD"]),
    flag: () => pick([true, false]),
    // amounts of whole quarters add up exactly in binary, in JavaScript as in SQL
    value: () => pick([1_000, 2_500.5, 15_000.25, 75.75]),
  },
];

beforeAll(async () => {
  const drawn = Array.from({ length: 12_000 }, () => {
    const person = pick(people);
    const { kind, detail, flag, value } = pick(kinds);
    const at = day();
    return {
      kind,
      person_id: person.id,
      record_id: randomUUID(),
      at,
      ended_at: kind === "case_opened" && random() < 0.6 ? later(at) : null,
      organisation_id: random() < 0.05 ? null : pick(organisations),
      service_category: kind.startsWith("referral")
        ? pick(["econ.job_matching", "psy.counselling", "soc.housing"])
        : null,
      detail: detail(),
      flag: flag(),
      value: value(),
      sex: person.sex,
      // a returnee's age group changes with a birthday
      age_group: random() < 0.15 ? (person.ageGroup === "25_34" ? "35_44" : "25_34") : person.ageGroup,
      district: person.district,
      return_type: person.returnType,
      destination_country: person.destination,
    };
  });
  // some returnees have two facts of a kind on one day
  const facts = [
    ...drawn,
    ...drawn
      .slice(0, 600)
      .map((f) => ({ ...f, record_id: randomUUID(), flag: random() < 0.5 ? f.flag : !f.flag })),
  ];
  for (let i = 0; i < facts.length; i += 2_000)
    await db.execute(sql`
      insert into indicator_facts (kind, person_id, record_id, at, ended_at, organisation_id, service_category, detail,
        flag, value, sex, age_group, country, province, district, return_type, destination_country,
        destination_region, isic_branch)
      select kind, person_id, record_id, at, ended_at, organisation_id, service_category, detail, flag, value, sex,
             age_group, 'BD', 'BD30', district, return_type, destination_country, 'gcc', 'C'
        from jsonb_to_recordset(${JSON.stringify(facts.slice(i, i + 2_000))}::jsonb) as f(kind text, person_id uuid,
          record_id uuid, at date, ended_at date, organisation_id uuid, service_category text, detail text,
          flag boolean, value float8, sex text, age_group text, district text, return_type text,
          destination_country text)`);
  await rebuildCells(db);
});

const actor = (roles: Actor["roles"], organisationId: string): Actor => ({
  userId: randomUUID(),
  organisationId,
  organisationName: "Test",
  organisationKind: "mrc",
  organisationCountry: "BD",
  roles,
  email: "someone@test.homecoming",
  name: "Someone",
});
const ctxOf = (who: Actor): Ctx => ({
  tx: db,
  actor: who,
  now: new Date("2026-12-31T12:00:00Z"),
  ip: undefined,
  reason: undefined,
  access: { who: "signed_in", relations: [] } as unknown as Ctx["access"],
  checked: new Set(),
});

const periods = [
  { from: "2025-01-01", to: "2025-12-31" }, // whole months only
  { from: "2025-02-10", to: "2026-03-20" }, // days at both ends
  { from: "2025-05-03", to: "2025-05-20" }, // within one month
  { from: "2025-03-01", to: "2026-06-15" }, // whole months, then days
  { from: "2025-11-17", to: "2026-04-30" }, // days, then whole months
  { from: "2025-04-12", to: "2025-04-30" }, // the end of a month
];
const splits: IndicatorDisaggregation[][] = [
  [],
  ["district"],
  ["month"],
  ["quarter", "organisation"],
  ["closureReason"],
  ["occasion", "year"],
  ["programmeKind", "ageGroup"],
  ["serviceCategory", "quarter"],
  ["sex", "returnType"],
  ["ageGroup"],
  ["organisation", "month"],
  ["year", "district"],
  ["currency"],
  ["currency", "district"],
  ["month", "currency"],
];
const filterSets: Partial<Record<IndicatorDisaggregation, string>>[] = [
  {},
  { district: "BD1004" },
  { month: "2025-06" },
  { organisation: organisations[1]! },
  { sex: "female", year: "2026" },
  { quarter: "2025-Q3", ageGroup: "25_34" },
  { serviceCategory: "psy.counselling" },
  { currency: "BDT" },
  { currency: "USD", district: "BD3026" },
];

describe("indicators summed from the monthly cells", () => {
  it("holds cells for every kind of fact, by month and by each disaggregation", async () => {
    const rows =
      await db.execute(sql`select count(distinct kind)::int as kinds, count(distinct dim)::int as dims,
                                               count(*) filter (where by_end)::int as ended from indicator_cells`);
    const [row] = (rows as unknown as { rows: { kinds: number; dims: number; ended: number }[] }).rows;
    expect(row).toEqual({ kinds: kinds.length, dims: 12, ended: expect.any(Number) });
    expect(row!.ended).toBeGreaterThan(0);
    const returnees = await db.execute(sql`select count(distinct (kind, flagged))::int as counts,
        count(distinct dim)::int as dims, count(*) filter (where prev_month is not null)::int as later
      from indicator_returnee_cells`);
    const [counts] = (returnees as unknown as { rows: { counts: number; dims: number; later: number }[] })
      .rows;
    // all registrations and the flagged ones, all screenings and the flagged ones, referrals sent and completed
    expect(counts).toEqual({ counts: 6, dims: 12, later: expect.any(Number) });
    expect(counts!.later).toBeGreaterThan(0);
  });

  it("answers every ask as counting the facts answers it", async () => {
    let summed = 0;
    let returnees = 0;
    let returneeFacts = 0;
    let coded = 0;
    let asked = 0;
    const callers = [
      ctxOf(actor(["analyst"], randomUUID())),
      ctxOf(actor(["case_manager"], organisations[0]!)),
    ];
    for (const definition of indicatorCatalogue) {
      if (!kinds.some((k) => k.kind === definition.numerator.kind)) continue;
      for (const by of splits) {
        if (!by.every((d) => definition.disaggregations.includes(d))) continue;
        for (const filter of filterSets) {
          const filtered = Object.keys(filter) as IndicatorDisaggregation[];
          if (!filtered.every((d) => definition.disaggregations.includes(d))) continue;
          // money is only added up within one currency
          if (definition.unit === "sum" && !by.includes("currency") && !filter.currency) continue;
          for (const [p, period] of periods.entries())
            for (const ctx of p === 1 ? callers : callers.slice(0, 1)) {
              const query = { ...period, by, filter };
              const analyst = ctx.actor.roles.includes("analyst");
              const dims = [...by, ...filtered, ...(analyst ? [] : (["organisation"] as const))];
              const way = wayOf(definition, by, dims);
              // an ask counted over the facts is answered the way it is checked
              if (way === "counted") continue;
              if (way === "cells") summed++;
              if (way === "returnee cells") returnees++;
              if (way === "returnee facts") returneeFacts++;
              if (way === "summed" || way === "median") coded++;
              asked++;
              const answer = await computeIndicator(ctx, definition.code, query);
              const counted = await computeIndicator(ctx, definition.code, query, { countAfresh: true });
              expect({ code: definition.code, query, cells: answer.cells }).toEqual({
                code: definition.code,
                query,
                cells: counted.cells,
              });
            }
        }
      }
    }
    // many asks go through the cells, and the counts show the check ran
    expect(asked).toBeGreaterThan(1_500);
    expect(summed).toBeGreaterThan(asked / 4);
    expect(returnees).toBeGreaterThan(300);
    expect(returneeFacts).toBeGreaterThan(300);
    expect(coded).toBeGreaterThan(1_000);
    console.log(
      `${asked} asks compared: ${summed} summed from the cells, ${coded} from the coded facts, ${returnees} counting returnees from theirs, ${returneeFacts} from the returnees' facts`,
    );
  }, 240_000);
});
