import { readFileSync } from "node:fs";
import { caseStages, referralStatuses } from "@homecoming/domain";
import { serviceCategoryCodes } from "@homecoming/reference";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, freshDatabase, type TestEnv } from "../../test/harness";
import { type Database, queryRows } from "../db/client";
import { demoAccountLines, demoAccounts, demoPassword, isDatabaseEmpty, seedDemo } from "./demo";
import { generatePersons } from "./generator";
import { demoReturnee } from "./self-registrations";

const seed = 4242;
const persons = 40;
let env: TestEnv;
let seconds: number;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await isDatabaseEmpty(env.database)).toBe(true);
  const started = performance.now();
  await seedDemo(env.database, { persons, seed });
  seconds = (performance.now() - started) / 1000;
}, 180_000);
afterAll(() => env.close());

const names = (database: Database) =>
  queryRows<{ name: string }>(
    database.db,
    sql`select given_name || ' ' || family_name || ' / ' || coalesce(name_native, '') as name from persons
        where self_registered_at is null order by 1`,
  ).then((rows) => rows.map((r) => r.name));

async function login(email: string) {
  const res = await env.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: demoPassword },
  });
  const cookie = res.cookies.find((c) => c.name === "hc_session");
  return { status: res.statusCode, cookie: cookie ? `hc_session=${cookie.value}` : "" };
}

describe("the demo seed", () => {
  it("lets every demo account of DESIGN.md log in with homecoming-demo", async () => {
    const documented = [
      "admin@demo.homecoming",
      "case.dhaka@demo.homecoming",
      "counsellor.dhaka@demo.homecoming",
      "case.erbil@demo.homecoming",
      "provider.tvet@demo.homecoming",
      "provider.bank@demo.homecoming",
      "analyst@demo.homecoming",
      "employer@demo.homecoming",
    ];
    expect(demoAccounts.slice(0, documented.length).map((a) => a.email)).toEqual(documented);
    for (const email of documented)
      expect({ email, status: (await login(email)).status }).toEqual({ email, status: 200 });
    const me = await env.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: (await login("provider.tvet@demo.homecoming")).cookie },
    });
    expect(me.json().organisation.name).toMatch(/Training Institute/);
  });

  it("prints at start the demo accounts of the README's table, and only those", () => {
    const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");
    const table = [...readme.matchAll(/^\| ([a-z.]+@demo\.homecoming) +\| (.+?) +\|$/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(table).toHaveLength(8);
    const [heading, ...lines] = demoAccountLines();
    expect(heading).toContain(demoPassword);
    expect(lines.map((l) => l.trim().split(/ {2,}/))).toEqual(table);
  });

  it("fills a directory of at least 40 services over the three dimensions, every category and country", async () => {
    const { cookie } = await login("case.dhaka@demo.homecoming");
    const res = await env.app.inject({
      method: "GET",
      url: "/api/v1/services?limit=200",
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json() as {
      items: { category: string; dimension: string; serviceAreas: string[]; locations: unknown[] }[];
      total: number;
    };
    expect(total).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((s) => s.dimension))).toEqual(new Set(["economic", "social", "psychosocial"]));
    expect(new Set(items.map((s) => s.category))).toEqual(new Set(serviceCategoryCodes));
    expect(items.every((s) => s.locations.length > 0 && s.serviceAreas.length > 0)).toBe(true);
    const countries = await queryRows<{ country: string }>(
      env.database.db,
      sql`select distinct o.country from services s join organisations o on o.id = s.organisation_id`,
    );
    expect(new Set(countries.map((c) => c.country))).toEqual(new Set(["BD", "PK", "IQ"]));
  });

  it("has at least 15 programmes with rules across the three countries, and cases that qualify", async () => {
    const { cookie } = await login("admin@demo.homecoming");
    const res = await env.app.inject({
      method: "GET",
      url: "/api/v1/programmes?limit=200",
      headers: { cookie },
    });
    const programmes = res.json().items as { eligibilityRule: unknown; areaCodes: string[]; kind: string }[];
    expect(programmes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(programmes.flatMap((p) => p.areaCodes.map((a) => a.slice(0, 2))))).toEqual(
      new Set(["BD", "PK", "IQ"]),
    );
    expect(programmes.filter((p) => p.eligibilityRule === true)).toEqual([]);
    for (const kind of ["loan", "grant", "recognition_of_prior_learning", "cash_for_work", "schooling"])
      expect(programmes.map((p) => p.kind)).toContain(kind);
    const manager = await login("case.dhaka@demo.homecoming");
    const cases = await env.app.inject({
      method: "GET",
      url: "/api/v1/cases?mine=true&limit=10",
      headers: { cookie: manager.cookie },
    });
    let eligible = 0;
    for (const c of cases.json().items as { id: string }[]) {
      const e = await env.app.inject({
        method: "GET",
        url: `/api/v1/cases/${c.id}/eligibility`,
        headers: { cookie: manager.cookie },
      });
      expect(e.statusCode).toBe(200);
      eligible += e.json().eligibleProgrammes;
    }
    expect(eligible).toBeGreaterThan(0);
  });

  it("has cases at every stage and referrals in every status", async () => {
    const stages = await queryRows<{ stage: string }>(env.database.db, sql`select distinct stage from cases`);
    expect(new Set(stages.map((r) => r.stage))).toEqual(new Set(caseStages));
    const statuses = await queryRows<{ status: string }>(
      env.database.db,
      sql`select distinct status from referrals`,
    );
    expect(new Set(statuses.map((r) => r.status))).toEqual(new Set(referralStatuses));
    const [done] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from follow_ups where status = 'done'`,
    );
    expect(done!.n).toBeGreaterThan(0);
    // every sent referral went out under a consent that covers its receiver
    const [uncovered] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from referrals r left join consents k on k.id = r.consent_id
        where r.status <> 'draft' and (k.id is null or not (r.to_organisation_id = any(k.organisation_ids)))
          and r.sent_at is not null`,
    );
    expect(uncovered!.n).toBe(0);
  });

  it("has sustainability surveys at baseline and at follow-ups, each linked from its follow-up", async () => {
    const occasions = await queryRows<{ occasion: string }>(
      env.database.db,
      sql`select distinct occasion from assessments where kind = 'sustainability_survey'`,
    );
    expect(occasions.map((r) => r.occasion)).toEqual(expect.arrayContaining(["baseline", "month_3"]));
    const [unlinked] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from assessments a where a.occasion like 'month%'
            and not exists (select 1 from follow_ups f where f.assessment_id = a.id)`,
    );
    expect(unlinked!.n).toBe(0);
  });

  it("writes each case's timeline in the order things happened, ending with its closure", async () => {
    const backwards = await queryRows<{ caseId: string; type: string; at: string; before: string }>(
      env.database.db,
      sql`select case_id as "caseId", type, at::text, before::text from (
            select case_id, type, at, lag(at) over (partition by case_id order by seq) as before from case_events
          ) e where at < before`,
    );
    expect(backwards).toEqual([]);
    const misplaced = await queryRows<{ id: string }>(
      env.database.db,
      sql`select c.id from cases c where exists (
            select 1 from case_events e where e.case_id = c.id
              and (e.at < c.opened_at or (c.closed_at is not null and e.at > c.closed_at)))`,
    );
    expect(misplaced).toEqual([]);
  });

  it("has feedback and grievances in every status, some answered late, none about an organisation handled by it", async () => {
    const rows = await queryRows<{ kind: string; status: string; late: boolean; own: boolean }>(
      env.database.db,
      sql`select kind, status, coalesce(first_answered_at::date > due_on, false) as late,
                 kind = 'grievance' and handling_organisation_id = concerned_organisation_id as own
            from feedback`,
    );
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["feedback", "grievance"]));
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["received", "in_review", "answered", "closed"]),
    );
    expect(rows.some((r) => r.late)).toBe(true);
    expect(rows.filter((r) => r.own)).toEqual([]);
  });

  it("gives the demo case manager a caseload of their own", async () => {
    const { cookie } = await login("case.dhaka@demo.homecoming");
    const res = await env.app.inject({ method: "GET", url: "/api/v1/cases?mine=true", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
  });

  it(`runs fast enough for a first start (${persons} returnees)`, () => {
    // 300 returnees must seed within about a minute; a tenth of that for 40 leaves room for slow machines
    expect(seconds).toBeLessThan(40);
  });

  it("holds self-registrations for the MRCs to confirm, and the README's returnee signs in on the portal", async () => {
    const caseDhaka = await login("case.dhaka@demo.homecoming");
    const waiting = await env.app.inject({
      method: "GET",
      url: "/api/v1/persons/self-registrations",
      headers: { cookie: caseDhaka.cookie },
    });
    expect(waiting.json().items.map((i: { name: string }) => i.name)).toEqual([
      "Rokeya Khatun",
      "Jamal Uddin",
    ]);
    const signIn = await env.app.inject({
      method: "POST",
      url: "/api/v1/portal/sign-in",
      payload: { phone: demoReturnee.local, country: "BD", password: demoPassword },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().record).toMatchObject({ name: "Rokeya Khatun", centre: { name: "MRC Dhaka" } });
  });

  it("marks the database as no longer empty and is reproducible from its seed", async () => {
    expect(await isDatabaseEmpty(env.database)).toBe(false);
    const first = await names(env.database);
    expect(first).toHaveLength(persons);
    const expected = generatePersons(seed, persons)
      .map((p) => `${p.input.givenName} ${p.input.familyName ?? ""} / ${p.input.nameNative ?? ""}`)
      .sort();
    expect([...first].sort()).toEqual(expected);
    const other = await freshDatabase();
    try {
      await seedDemo(other.database, { persons, seed });
      expect(await names(other.database)).toEqual(first);
    } finally {
      await other.drop();
    }
  }, 180_000);
});
