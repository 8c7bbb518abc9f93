import { type SQL, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, personPayload } from "../../../test/world";
import { queryRows } from "../../db/client";
import { organisationSeesSql } from "./visibility";

// persons.seen_by (migration 0025) lists every organisation that may ever have seen a record, so that a search
// by name can skip in its index what an organisation could never see. It must never be narrower than the access
// rule: a record missing an organisation there would be missing from that organisation's searches.

const { env, world, as } = await openWorld();
const { caseDhaka, caseErbil, providerTvet, providerBank } = as;
afterAll(() => env.close());

/** The pairs (person, organisation) the access rule opens and seen_by does not list: none, ever. */
async function missing(): Promise<{ person_id: string; organisation_id: string }[]> {
  // named apart from the rule's own aliases (c, r, k, p)
  const rule: SQL = organisationSeesSql(sql`org.id` as unknown as string, sql`person.id`);
  return queryRows(
    env.database.db,
    sql`select person.id as person_id, org.id as organisation_id from persons person cross join organisations org
        where ${rule} and not person.seen_by @> array[org.id]`,
  );
}

async function seenBy(personId: string): Promise<string[]> {
  const [row] = await queryRows<{ seen_by: string[] }>(
    env.database.db,
    sql`select seen_by from persons where id = ${personId}`,
  );
  return [...row!.seen_by].sort();
}

const orgIds = (...names: (keyof typeof world.orgs)[]) => names.map((n) => world.orgs[n].id).sort();

async function ok(p: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Record<string, unknown> & { id: string; version: number };
}

async function searchIds(by: Client, q: string): Promise<string[]> {
  const page = await ok(by.get(`/persons?q=${encodeURIComponent(q)}`));
  return (page.items as { id: string }[]).map((p) => p.id);
}

describe("the organisations that may see a returnee", () => {
  it("grow with every case, referral and consent, stay wider than the access rule, and keep searches to what the rule allows", async () => {
    const person = await ok(
      caseDhaka.post(
        "/persons",
        personPayload({
          givenName: "Shamsul",
          familyName: "Talukder",
          nationalId: undefined,
          phone: undefined,
        }),
      ),
      201,
    );
    expect(await seenBy(person.id)).toEqual(orgIds("mrcDhaka"));

    // a referral to the training institute: the institute joins as soon as the draft is written
    const kase = await ok(caseDhaka.post("/cases", { personId: person.id }), 201);
    const referral = await ok(
      caseDhaka.post("/referrals", {
        caseId: kase.id,
        serviceId: world.services.training.id,
        reason: "Wants to requalify as an electrician",
      }),
      201,
    );
    expect(await seenBy(person.id)).toEqual(orgIds("mrcDhaka", "tvet"));
    const consent = await ok(
      caseDhaka.post(`/persons/${person.id}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      }),
      201,
    );
    await ok(caseDhaka.post(`/referrals/${referral.id}/send`, {}));
    // a consent to share with the bank: the bank joins too
    await ok(
      caseDhaka.post(`/persons/${person.id}/consents`, {
        purpose: "data_sharing",
        organisationIds: [world.orgs.bank.id],
      }),
      201,
    );
    expect(await seenBy(person.id)).toEqual(orgIds("bank", "mrcDhaka", "tvet"));
    expect(await missing()).toEqual([]);

    // the search finds the record for each organisation the rule opens it to, and for no other
    expect(await searchIds(providerTvet, "Shamsul Talukder")).toEqual([person.id]);
    expect(await searchIds(providerBank, "Shamsul Talukder")).toEqual([person.id]);
    expect(await searchIds(caseErbil, "Shamsul Talukder")).toEqual([]);

    // the referral ends and its consent is withdrawn: the institute stays listed, but the rule, checked after,
    // no longer lets it find the record
    await ok(caseDhaka.post(`/referrals/${referral.id}/cancel`, {}));
    await ok(caseDhaka.post(`/persons/${person.id}/consents/${consent.id}/withdraw`, {}));
    expect(await seenBy(person.id)).toContain(world.orgs.tvet.id);
    expect(await searchIds(providerTvet, "Shamsul Talukder")).toEqual([]);
    expect(await missing()).toEqual([]);
  });

  it("follow the records a merge moves to the survivor", async () => {
    const survivor = await ok(
      caseDhaka.post(
        "/persons",
        personPayload({ givenName: "Rokeya", familyName: "Khatun", sex: "female", phone: "+8801711223344" }),
      ),
      201,
    );
    const merged = await ok(
      caseErbil.post(
        "/persons",
        personPayload({
          givenName: "Rokeya",
          familyName: "Khatoon",
          sex: "female",
          phone: "01711-223344",
          adminAreaCode: "BD3026",
        }),
      ),
      201,
    );
    expect(await seenBy(merged.id)).toEqual(orgIds("mrcErbil"));
    // Erbil's case of the second record, then the second record merged into the first by an administrator
    await ok(caseErbil.post("/cases", { personId: merged.id }), 201);
    await ok(as.admin.post(`/persons/${survivor.id}/merge`, { fromPersonId: merged.id }), 201);
    expect(await seenBy(survivor.id)).toEqual(orgIds("mrcDhaka", "mrcErbil"));
    expect(await missing()).toEqual([]);
    // Erbil leads a case of the survivor now, and finds it by name
    expect(await searchIds(caseErbil, "Rokeya Khatun")).toContain(survivor.id);
  });

  it("are filled for the records already there when the column is added", async () => {
    // what migration 0025 runs over an existing registry, run again over records whose list was emptied
    // (the trigger on persons puts the registering organisation back at once; the rest is the fill's)
    await env.database.db.execute(sql`update persons set seen_by = '{}'`);
    expect((await missing()).length).toBeGreaterThan(0);
    await env.database.db.execute(sql`select persons_seen_by_fill()`);
    expect(await missing()).toEqual([]);
    const [row] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from persons where seen_by = '{}' and registered_by_organisation_id is not null`,
    );
    expect(row!.n).toBe(0);
  });
});
