import { sustainabilitySurveyV1 } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, ok, personPayload } from "../../../test/world";
import { queryRows } from "../../db/client";
import { refreshIndicatorFacts } from "./refresh";

const { env, world, as } = await openWorld();
const { caseDhaka, caseErbil, providerTvet, providerBank, analyst } = as;
afterAll(() => env.close());

// The fixture, counted by hand: MRC Dhaka registers 7 women born in 1995 who came back of their own accord
// and 5 men born in 1980 who were deported, and opens a case for each. Every woman answers the survey's best
// answer to every question (composite 1), every man the worst (composite 0). Each woman is referred to the
// training institute, which accepts five and declines two the same day. Then everyone is referred to the
// institute's recognition of prior learning, which completes all twelve; afterwards every other returnee
// (six: four women, two men) reports regular work in a survey, the others no work.
const women = 7;
const men = 5;

/** Every question of the first version answered with its best option, or its worst. */
function answersAll(best: boolean) {
  return Object.fromEntries(
    sustainabilitySurveyV1.dimensions.flatMap((d) =>
      d.indicators.map((i) => {
        const scored = i.options.filter((o) => o.score !== null);
        const pick = scored.reduce((a, b) => ((best ? b.score! > a.score! : b.score! < a.score!) ? b : a));
        return [i.code, pick.value];
      }),
    ),
  );
}

const personIds: { female: string[]; male: string[] } = { female: [], male: [] };

async function returnee(n: number, sex: "female" | "male") {
  const person = await ok(
    caseDhaka.post(
      "/persons",
      personPayload({
        givenName: `Ind${String.fromCharCode(65 + n)}${String.fromCharCode(75 + n)}x`,
        familyName: `Counted${n}`,
        nameNative: undefined,
        sex,
        birthDate: sex === "female" ? "1995-06-01" : "1980-06-01",
        phone: `+8801712${String(n).padStart(6, "0")}`,
        nationalId: `IND-${String(n).padStart(8, "0")}`,
        migrationEpisodes: [
          {
            destinationCountry: sex === "female" ? "MY" : "SA",
            startDate: "2018-01-01",
            endDate: "2025-06-01",
            occupationIsco: "7411",
            returnType: sex === "female" ? "voluntary" : "forced",
          },
        ],
      }),
    ),
    201,
  );
  const personId = person.id as string;
  personIds[sex].push(personId);
  const kase = await ok(caseDhaka.post("/cases", { personId }), 201);
  const caseId = kase.id as string;
  await ok(
    caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "sustainability_survey",
      answers: answersAll(sex === "female"),
    }),
    201,
  );
  return { personId, caseId };
}

async function refer(personId: string, caseId: string, serviceId: string, consent: boolean) {
  if (consent)
    await ok(
      caseDhaka.post(`/persons/${personId}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      }),
      201,
    );
  const draft = await ok(
    caseDhaka.post("/referrals", { caseId, serviceId, reason: "Wants a trade", urgency: "routine" }),
    201,
  );
  await ok(caseDhaka.post(`/referrals/${draft.id}/send`, {}));
  return draft.id as string;
}

const read = async (client: Client, url: string) => ok(client.get(url));
type Cell = { keys: (string | null)[]; value: number | null; suppressed: string | null };
const cellsOf = (body: Record<string, unknown>) =>
  (body.cells as Cell[]).map((c) => [c.keys.join("/"), c.value, c.suppressed]);

beforeAll(async () => {
  for (let n = 0; n < women + men; n++) {
    const sex = n < women ? "female" : "male";
    const { personId, caseId } = await returnee(n, sex);
    if (sex === "female") {
      const referralId = await refer(personId, caseId, world.services.training.id, true);
      const answer = n < 5 ? "accept" : "decline";
      await ok(
        providerTvet.post(
          `/referrals/${referralId}/${answer}`,
          answer === "decline" ? { reasonCode: "no_capacity", note: "Full this term" } : {},
        ),
      );
    }
    const rpl = await refer(personId, caseId, world.services.rpl.id, sex === "male");
    for (const move of ["accept", "start", "complete"])
      await ok(
        providerTvet.post(`/referrals/${rpl}/${move}`, move === "complete" ? { outcome: "Certified" } : {}),
      );
    await ok(
      caseDhaka.post(`/cases/${caseId}/assessments`, {
        kind: "sustainability_survey",
        answers: { employment_stability: n % 2 === 0 ? "regular" : "none" },
      }),
      201,
    );
  }
  await refreshIndicatorFacts(env.database.db, new Date());
}, 120_000);

describe("indicators over a hand-counted fixture", () => {
  it("counts returnees registered, by sex, by age group, and by sex and return type", async () => {
    expect(cellsOf(await read(analyst, "/indicators/returnees_registered?by=sex"))).toEqual([
      ["female", 7, null],
      ["male", 5, null],
      ["", 12, null],
    ]);
    expect(cellsOf(await read(analyst, "/indicators/returnees_registered?by=ageGroup"))).toEqual([
      ["25_34", 7, null],
      ["45_54", 5, null],
      ["", 12, null],
    ]);
    const crossed = await read(analyst, "/indicators/returnees_registered?by=sex,returnType");
    expect(cellsOf(crossed)).toEqual(
      expect.arrayContaining([
        ["female/voluntary", 7, null],
        ["male/forced", 5, null],
        ["female/", 7, null],
        ["/forced", 5, null],
        ["/", 12, null],
      ]),
    );
    expect(crossed).toMatchObject({
      scope: "deployment",
      by: ["sex", "returnType"],
      unit: "count",
      casesBehind: false,
    });
    const places = await read(analyst, "/indicators/returnees_registered?by=district,destinationCountry");
    expect(places.labels).toEqual({
      district: { BD3026: "Dhaka" },
      destinationCountry: { MY: "Malaysia", SA: "Saudi Arabia" },
    });
    expect(crossed.refreshedAt).not.toBeNull();
  });

  it("filters by a disaggregation and counts cases opened", async () => {
    expect(cellsOf(await read(analyst, "/indicators/returnees_registered?filter[sex]=female"))).toEqual([
      ["", 7, null],
    ]);
    expect(cellsOf(await read(analyst, "/indicators/cases_opened"))).toEqual([["", 12, null]]);
    expect(cellsOf(await read(analyst, "/indicators/cases_active"))).toEqual([["", 12, null]]);
  });

  it("averages the sustainability scores and the share at or above the threshold", async () => {
    // (7 × 1 + 5 × 0) / 12 = 0.583
    expect(cellsOf(await read(analyst, "/indicators/sustainability_composite_mean?by=sex"))).toEqual([
      ["female", 1, null],
      ["male", 0, null],
      ["", 0.583, null],
    ]);
    // 7 of 12 at or above 0.66: 58.3 %
    expect(cellsOf(await read(analyst, "/indicators/sustainability_above_threshold_share?by=sex"))).toEqual([
      ["female", 100, null],
      ["male", 0, null],
      ["", 58.3, null],
    ]);
    expect(cellsOf(await read(analyst, "/indicators/sustainability_composite_mean?by=occasion"))).toEqual([
      ["baseline", 0.583, null],
      ["", 0.583, null],
    ]);
  });

  it("follows the referral funnel, hiding the two declines and what would give them away", async () => {
    expect(cellsOf(await read(analyst, "/indicators/referrals_sent?by=serviceCategory"))).toEqual([
      ["econ.skills_recognition", 12, null],
      ["econ.vocational_training", 7, null],
      ["", 19, null],
    ]);
    expect(cellsOf(await read(analyst, "/indicators/referrals_accepted"))).toEqual([["", 17, null]]);
    expect(cellsOf(await read(analyst, "/indicators/referrals_declined"))).toEqual([
      ["", null, "small_count"],
    ]);
    // 17 accepted (12 of them completed since) of 19 answered; of the training referrals, 5 of 7
    expect(cellsOf(await read(analyst, "/indicators/referral_acceptance_rate"))).toEqual([["", 89.5, null]]);
    const training = "filter[serviceCategory]=econ.vocational_training";
    expect(cellsOf(await read(analyst, `/indicators/referral_acceptance_rate?${training}`))).toEqual([
      ["", 71.4, null],
    ]);
    // 12 completed of 17 accepted
    expect(cellsOf(await read(analyst, "/indicators/referral_completion_rate"))).toEqual([["", 70.6, null]]);
    expect(cellsOf(await read(analyst, "/indicators/median_days_to_accept"))).toEqual([["", 0, null]]);
  });

  it("follows who is in regular work after a service: nine of the twelve after recognition of prior learning", async () => {
    // on or after the day of completion: every woman (her baseline that day said regular work) and two men
    expect(
      cellsOf(await read(analyst, "/indicators/employed_after_skills_recognition_share?by=sex")),
    ).toEqual([
      ["female", null, "complementary"],
      ["male", null, "small_count"],
      ["", 75, null],
    ]);
    // nobody was counselled: no share, and no division by nothing
    expect(cellsOf(await read(analyst, "/indicators/employed_after_job_counselling_share"))).toEqual([
      ["", null, null],
    ]);
  });

  it("shows a case worker or a provider only their own organisation's facts", async () => {
    const own = await read(caseDhaka, "/indicators/returnees_registered");
    expect(own).toMatchObject({ scope: "organisation" });
    expect(cellsOf(own)).toEqual([["", 12, null]]);
    expect(cellsOf(await read(caseErbil, "/indicators/returnees_registered"))).toEqual([["", 0, null]]);
    // a referral counts at the organisation that receives it
    expect(cellsOf(await read(providerTvet, "/indicators/referrals_sent"))).toEqual([["", 19, null]]);
    expect(cellsOf(await read(providerBank, "/indicators/referrals_sent"))).toEqual([["", 0, null]]);
  });

  it("answers a clear error for a split or filter the indicator does not take, and for an unknown one", async () => {
    const cases: [string, number, string, string][] = [
      ["/indicators/returnees_registered?by=sex,ageGroup,country", 400, "by", "at most two disaggregations"],
      [
        "/indicators/returnees_registered?by=serviceCategory",
        400,
        "by",
        "cannot be split by serviceCategory",
      ],
      [
        "/indicators/returnees_registered?filter[serviceCategory]=econ.finance",
        400,
        "filter[serviceCategory]",
        "",
      ],
      [
        "/indicators/returnees_registered?from=2026-05-01&to=2026-01-01",
        400,
        "from",
        "The start of the period must not be after its end",
      ],
      ["/indicators/returnees_registered?from=yesterday", 400, "from", "from must be a date"],
    ];
    for (const [url, status, field, message] of cases) {
      const res = await analyst.get(url);
      expect(res.statusCode, url).toBe(status);
      expect(res.json().error.field, url).toBe(field);
      expect(res.json().error.message, url).toContain(message);
    }
    expect((await analyst.get("/indicators/happiness")).statusCode).toBe(404);
  });

  it("lists the catalogue with units and splits", async () => {
    const catalogue = await read(analyst, "/indicators");
    const items = catalogue.items as { code: string; unit: string; disaggregations: string[] }[];
    expect(items.find((i) => i.code === "referral_acceptance_rate")).toMatchObject({ unit: "percentage" });
    expect(items.find((i) => i.code === "returnees_registered")?.disaggregations).toContain("ageGroup");
  });

  it("lists the cases behind a number to those who may see them, and to no analyst", async () => {
    const women = await read(caseDhaka, "/indicators/returnees_registered/cases?filter[sex]=female&limit=50");
    expect(women.total).toBe(7);
    expect(
      (women.items as { person: { givenName: string } }[]).every((c) => c.person.givenName.startsWith("Ind")),
    ).toBe(true);
    // a cell is its keys as filters: the women of 25 to 34
    const cell = await read(
      caseDhaka,
      "/indicators/returnees_registered/cases?filter[sex]=female&filter[ageGroup]=45_54",
    );
    expect(cell.total).toBe(0);
    // the declined referrals count at the institute: its staff see the two cases, MRC Dhaka's scope holds none
    expect((await read(providerTvet, "/indicators/referrals_declined/cases")).total).toBe(2);
    expect((await read(caseDhaka, "/indicators/referrals_declined/cases")).total).toBe(0);
    expect((await analyst.get("/indicators/returnees_registered/cases")).statusCode).toBe(403);
    expect((await caseErbil.get("/indicators/returnees_registered/cases")).json().total).toBe(0);
  });

  it("lists the cases behind a number resting on restricted answers to the lead's case workers only", async () => {
    expect((await read(caseDhaka, "/indicators/sustainability_above_threshold_share/cases")).total).toBe(7);
    const admin = await as.admin.get("/indicators/sustainability_above_threshold_share/cases");
    expect(admin.statusCode).toBe(403);
    expect(admin.json().error.message).toContain("rests on health or psychosocial answers");
    expect((await providerTvet.get("/indicators/vulnerable_identified/cases")).statusCode).toBe(403);
    // the indicator says so, so that the screen offers the list only where it opens
    const share = "/indicators/sustainability_above_threshold_share";
    expect((await read(caseDhaka, share)).casesBehind).toBe(true);
    expect((await read(as.admin, share)).casesBehind).toBe(false);
    expect((await read(as.admin, "/indicators/cases_opened")).casesBehind).toBe(true);
  });

  it("counts a returnee with two records once, through the merge", async () => {
    const [kept, merged] = personIds.female;
    await env.database.db.execute(
      sql`update persons set merged_into_id = ${kept}::uuid where id = ${merged}::uuid`,
    );
    await refreshIndicatorFacts(env.database.db, new Date());
    expect(cellsOf(await read(analyst, "/indicators/returnees_registered?by=sex"))).toEqual([
      ["female", 6, null],
      ["male", 5, null],
      ["", 11, null],
    ]);
    // the cases are two cases still
    expect(cellsOf(await read(analyst, "/indicators/cases_opened"))).toEqual([["", 12, null]]);
  });

  it("rebuilds the facts, the returnees' facts and the coded facts into new tables that take the old ones' names, keys and indexes", async () => {
    const shape = async () =>
      (
        await queryRows<{
          facts: number;
          indexes: string;
          ended: string;
          key: string;
          returneeIndexes: string;
          coded: number;
          codedIndexes: string;
          keys: number;
          noLeftover: boolean;
        }>(
          env.database.db,
          sql`
          select (select count(*)::int from indicator_facts) as facts,
                 (select string_agg(indexname, ',' order by indexname) from pg_indexes
                   where tablename = 'indicator_facts') as indexes,
                 (select indexdef from pg_indexes where indexname = 'indicator_facts_kind_ended_idx') as ended,
                 (select string_agg(conname, ',') from pg_constraint
                   where conrelid = 'indicator_facts'::regclass and contype = 'p') as key,
                 (select string_agg(indexname, ',' order by indexname) from pg_indexes
                   where tablename = 'indicator_returnee_facts') as "returneeIndexes",
                 (select count(*)::int from indicator_coded_facts) as coded,
                 (select string_agg(indexname, ',' order by indexname) from pg_indexes
                   where tablename = 'indicator_coded_facts') as "codedIndexes",
                 (select count(*)::int from indicator_keys) as keys,
                 to_regclass('indicator_facts_next') is null
                   and to_regclass('indicator_returnee_facts_next') is null
                   and to_regclass('indicator_coded_facts_next') is null as "noLeftover"`,
        )
      )[0];
    const before = await shape();
    await refreshIndicatorFacts(env.database.db, new Date());
    expect(await shape()).toEqual(before);
    expect(before).toEqual({
      facts: expect.any(Number),
      indexes:
        "indicator_facts_kind_at_idx,indicator_facts_kind_ended_idx,indicator_facts_kind_organisation_at_idx,indicator_facts_kind_record_id_pk",
      // an index on an expression, of some rows only, made again as it was
      ended:
        "CREATE INDEX indicator_facts_kind_ended_idx ON public.indicator_facts USING btree (kind, GREATEST(at, ended_at)) WHERE (ended_at IS NOT NULL)",
      key: "indicator_facts_kind_record_id_pk",
      returneeIndexes: "indicator_returnee_facts_kind_at_idx",
      // every fact once more, its keys as numbers, which a rebuild of the same facts leaves as they were
      coded: before!.facts,
      codedIndexes: "indicator_coded_facts_kind_at_idx",
      keys: expect.any(Number),
      noLeftover: true,
    });
    expect(before?.facts).toBeGreaterThan(50);
    expect(before?.keys).toBeGreaterThan(20);
  });

  it("exports the same cells the API answers, as CSV and as XLSX, hidden values marked hidden", async () => {
    const url = "/indicators/referrals_declined?by=sex";
    const api = (await read(analyst, url)).cells as Cell[];
    const csv = await analyst.get(`/indicators/referrals_declined/export?format=csv&by=sex`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toMatch(
      /^attachment; filename="homecoming-referrals_declined-/,
    );
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe("sex,value,numerator,denominator,status");
    expect(lines.slice(1)).toEqual(
      api.map(
        (c) =>
          `${c.keys[0] ?? "all"},${c.value ?? ""},,,${c.suppressed ? "hidden: fewer than five" : "shown"}`,
      ),
    );

    const xlsx = await analyst.get("/indicators/sustainability_composite_mean/export?format=xlsx&by=sex");
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const mean = (await read(analyst, "/indicators/sustainability_composite_mean?by=sex")).cells as Cell[];
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(mean.map((c) => [c.keys[0] ?? "all", c.value]));
    expect(book.getWorksheet("About")?.getCell("B1").value).toBe(
      "Mean sustainability score (sustainability_composite_mean)",
    );

    const bad = await analyst.get("/indicators/referrals_sent/export?format=pdf");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("format");
  });
});
