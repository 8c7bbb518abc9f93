import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, personPayload } from "../../../test/world";
import { queryRows } from "../../db/client";
import { linkageKeysOfPersons, runDataMigrations } from "../../db/data-migrations";
import { restartScan, scanBatch, scanRegistry } from "./scan";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, counsellorDhaka, caseErbil, providerTvet } = as;
afterAll(() => env.close());

let serial = 0;
/** A returnee registered by MRC Dhaka; each call a different person unless told otherwise. */
async function register(overrides: Record<string, unknown> = {}, by: Client = caseDhaka) {
  const n = ++serial;
  const res = await by.post(
    "/persons",
    personPayload({
      givenName: `Linked${String.fromCharCode(64 + n)}`,
      familyName: `Person${n}`,
      nameNative: undefined,
      phone: `+88017199${String(n).padStart(5, "0")}`,
      nationalId: `LNK${String(n).padStart(7, "0")}`,
      ...overrides,
    }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    version: number;
    possibleDuplicates: { personId: string; level: string }[];
  };
}

async function openCase(personId: string, by: Client = caseDhaka) {
  const res = await by.post("/cases", { personId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

const ok = async (p: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) => {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Record<string, unknown>;
};

describe("not the same person", () => {
  it("keeps the pair out of the possible duplicates once a user judged them two people", async () => {
    const first = await register({
      givenName: "Rahim",
      familyName: "Uddin",
      phone: undefined,
      nationalId: undefined,
    });
    const second = await register({
      givenName: "Rahim",
      familyName: "Udin",
      phone: undefined,
      nationalId: undefined,
    });
    expect(second.possibleDuplicates.map((d) => d.personId)).toContain(first.id);
    const before = await ok(caseDhaka.get(`/persons/${second.id}/duplicates`));
    expect((before.possibleDuplicates as { personId: string }[]).map((d) => d.personId)).toContain(first.id);

    const verdict = await ok(
      caseDhaka.post(`/persons/${second.id}/not-duplicates`, { otherPersonId: first.id, note: "Cousins" }),
      201,
    );
    expect(verdict).toMatchObject({ personId: second.id, otherPersonId: first.id, note: "Cousins" });
    for (const [a, b] of [
      [second.id, first.id],
      [first.id, second.id],
    ]) {
      const after = await ok(caseDhaka.get(`/persons/${a}/duplicates`));
      expect((after.possibleDuplicates as { personId: string }[]).map((d) => d.personId)).not.toContain(b);
    }
    // said once: the same verdict again, either way round, is refused
    const again = await caseDhaka.post(`/persons/${first.id}/not-duplicates`, { otherPersonId: second.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already marked as two different people/);
    const [event] = await queryRows<{ action: string; person_ids: string[] }>(
      env.database.db,
      sql`select action, person_ids from audit_events where action = 'not_duplicate' order by seq desc limit 1`,
    );
    expect(event).toEqual({ action: "not_duplicate", person_ids: [first.id] });
  });

  it("refuses a record judged against itself and a record the caller may not see, naming the field", async () => {
    const one = await register();
    const self = await caseDhaka.post(`/persons/${one.id}/not-duplicates`, { otherPersonId: one.id });
    expect(self.statusCode).toBe(400);
    expect(self.json().error).toMatchObject({ field: "otherPersonId" });
    const erbils = await register({ adminAreaCode: "IQG11Q02" }, caseErbil);
    const unseen = await caseDhaka.post(`/persons/${one.id}/not-duplicates`, { otherPersonId: erbils.id });
    expect(unseen.statusCode).toBe(400);
    expect(unseen.json().error.message).toMatch(/No returnee you may see/);
    const bad = await caseDhaka.post(`/persons/${one.id}/not-duplicates`, { otherPersonId: "nobody" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/otherPersonId must be a UUID/);
  });
});

describe("merging two records of one returnee", () => {
  it("moves every case, referral, consent and stay abroad to the survivor, which the merged record leads to and which keeps both trails; an administrator undoes it", async () => {
    // the survivor: a case with a referral under consent; no national ID
    const survivor = await register({
      givenName: "Nasima",
      familyName: "Akter",
      sex: "female",
      phone: "+8801719988776",
      nationalId: undefined,
    });
    const survivorCase = await openCase(survivor.id);
    await ok(
      caseDhaka.post(`/persons/${survivor.id}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      }),
      201,
    );
    const referral = await ok(
      caseDhaka.post("/referrals", {
        caseId: survivorCase.id,
        serviceId: world.services.training.id,
        reason: "Training",
      }),
      201,
    );
    // the second record of the same woman: a case, closed, with a consent to the bank and a national ID
    const merged = await register({
      givenName: "Nasima",
      familyName: "Aktar",
      sex: "female",
      phone: "01719-988776",
      nationalId: "1990555000999",
      migrationEpisodes: [{ destinationCountry: "AE", returnType: "voluntary", endDate: "2020-01-10" }],
    });
    expect(merged.possibleDuplicates.find((d) => d.personId === survivor.id)?.level).toBe("likely");
    const mergedCase = await openCase(merged.id);
    await ok(
      caseDhaka.post(`/persons/${merged.id}/consents`, {
        purpose: "data_sharing",
        organisationIds: [world.orgs.bank.id],
      }),
      201,
    );

    // both have an open case at MRC Dhaka: the merge is refused, and the preview says why
    const preview = await ok(caseDhaka.get(`/persons/${survivor.id}/merge-preview?from=${merged.id}`));
    expect(preview).toMatchObject({
      survivor: { id: survivor.id, displayName: "Nasima Akter" },
      merged: { id: merged.id, displayName: "Nasima Aktar" },
      level: "likely",
      moves: { cases: 1, consents: 1, episodes: 1, referrals: 0 },
      markedNotSame: false,
    });
    expect(preview.fills).toEqual(["nationalId"]);
    expect(preview.conflicts).toEqual([
      "Both records have an open case led by MRC Dhaka: close one of them (or hand it over) before merging",
    ]);
    const refused = await caseDhaka.post(`/persons/${survivor.id}/merge`, { fromPersonId: merged.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/open case led by MRC Dhaka/);
    expect((await ok(caseDhaka.get(`/persons/${merged.id}`))).mergedIntoId).toBeNull();

    await ok(
      caseDhaka.post(`/cases/${mergedCase.id}/close`, {
        version: mergedCase.version,
        reason: "lost_contact",
      }),
    );
    const merge = await ok(
      caseDhaka.post(`/persons/${survivor.id}/merge`, {
        fromPersonId: merged.id,
        note: "Same passport photo",
      }),
      201,
    );
    expect(merge).toMatchObject({ survivorId: survivor.id, mergedId: merged.id, filled: ["nationalId"] });
    expect(merge.moved).toMatchObject({ cases: 1, consents: 1, episodes: 1 });

    // the survivor holds everything of both
    const cases = await ok(caseDhaka.get(`/cases?personId=${survivor.id}&limit=50`));
    expect((cases.items as { id: string }[]).map((c) => c.id).sort()).toEqual(
      [survivorCase.id, mergedCase.id].sort(),
    );
    const consents = await ok(caseDhaka.get(`/persons/${survivor.id}/consents`));
    expect((consents.items as { purpose: string }[]).map((c) => c.purpose).sort()).toEqual([
      "data_sharing",
      "referral",
    ]);
    const person = await ok(caseDhaka.get(`/persons/${survivor.id}`));
    expect(person.nationalId).toBe("1990555000999");
    expect(
      (person.migrationEpisodes as { destinationCountry: string }[]).map((e) => e.destinationCountry),
    ).toEqual(["SA", "AE"]);
    expect((await ok(caseDhaka.get(`/referrals/${referral.id}`))).personId).toBe(survivor.id);
    // the consent that moved opens the survivor to the bank, as it opened the merged record
    expect((await as.providerBank.get(`/persons/${survivor.id}`)).statusCode).toBe(200);

    // the merged record answers with the survivor; searches and duplicate checks find only the survivor
    const old = await ok(caseDhaka.get(`/persons/${merged.id}`));
    expect(old).toMatchObject({ id: survivor.id, givenName: "Nasima", familyName: "Akter" });
    const search = await ok(caseDhaka.get("/persons?nationalId=1990555000999"));
    expect((search.items as { id: string }[]).map((p) => p.id)).toEqual([survivor.id]);
    const check = await ok(
      caseDhaka.post("/persons/duplicate-check", {
        givenName: "Nasima",
        familyName: "Aktar",
        nationalId: "1990555000999",
      }),
    );
    expect((check.possibleDuplicates as { personId: string }[]).map((d) => d.personId)).toEqual([
      survivor.id,
    ]);

    // the survivor's trail holds the merged record's events, and the merge itself
    const trail = await ok(caseDhaka.get(`/audit?personId=${survivor.id}&limit=200`));
    const events = trail.items as { action: string; recordType: string; personId: string; details: object }[];
    expect(
      events.some((e) => e.action === "create" && e.recordType === "person" && e.personId === merged.id),
    ).toBe(true);
    expect(events.find((e) => e.action === "merge")?.details).toMatchObject({
      mergedPersonId: merged.id,
      filled: ["nationalId"],
    });
    const merges = await ok(caseDhaka.get(`/persons/${survivor.id}/merges`));
    expect(merges.items).toMatchObject([{ id: merge.id, mergedName: "Nasima Aktar", undoneAt: null }]);

    // merging again, into the merged record, or the survivor into itself: refused with the reason
    const twice = await caseDhaka.post(`/persons/${survivor.id}/merge`, { fromPersonId: merged.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/was merged into the record/);
    const intoMerged = await caseDhaka.post(`/persons/${merged.id}/merge`, { fromPersonId: survivor.id });
    expect(intoMerged.statusCode).toBe(409);
    const itself = await caseDhaka.post(`/persons/${survivor.id}/merge`, { fromPersonId: survivor.id });
    expect(itself.statusCode).toBe(400);
    expect(itself.json().error).toMatchObject({
      field: "fromPersonId",
      message: expect.stringMatching(/into itself/),
    });

    // only an administrator undoes, with a reason
    expect((await caseDhaka.post(`/person-merges/${merge.id}/undo`, { reason: "Mistake" })).statusCode).toBe(
      403,
    );
    const noReason = await admin.post(`/person-merges/${merge.id}/undo`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/reason/);
    const undone = await ok(
      admin.post(`/person-merges/${merge.id}/undo`, { reason: "Two sisters, not one woman" }),
    );
    expect(undone).toMatchObject({ id: merge.id, undoReason: "Two sisters, not one woman" });
    expect((await admin.post(`/person-merges/${merge.id}/undo`, { reason: "Again" })).statusCode).toBe(409);

    // each record stands as it stood: cases, consents, episodes and the filled national ID go back
    const back = await ok(caseDhaka.get(`/persons/${merged.id}`));
    expect(back).toMatchObject({ mergedIntoId: null, nationalId: "1990555000999" });
    expect(
      (back.migrationEpisodes as { destinationCountry: string }[]).map((e) => e.destinationCountry),
    ).toEqual(["AE"]);
    const survivorAgain = await ok(caseDhaka.get(`/persons/${survivor.id}`));
    expect(survivorAgain.nationalId).toBeNull();
    expect((survivorAgain.migrationEpisodes as unknown[]).length).toBe(1);
    expect(
      ((await ok(caseDhaka.get(`/cases?personId=${merged.id}`))).items as { id: string }[]).map((c) => c.id),
    ).toEqual([mergedCase.id]);
    expect(
      ((await ok(caseDhaka.get(`/persons/${survivor.id}/consents`))).items as { purpose: string }[]).map(
        (c) => c.purpose,
      ),
    ).toEqual(["referral"]);
    expect((await as.providerBank.get(`/persons/${survivor.id}`)).statusCode).toBe(404);
    const after = await ok(caseDhaka.get(`/audit?personId=${survivor.id}&limit=200`));
    expect((after.items as { action: string }[]).map((e) => e.action)).toContain("unmerge");
    // the merged record's own events are its own again: its consent is no longer in the survivor's trail
    const consentEvents = (after.items as { recordType: string; personId: string }[]).filter(
      (e) => e.recordType === "consent",
    );
    expect(consentEvents.length).toBeGreaterThan(0);
    expect(consentEvents.every((e) => e.personId === survivor.id)).toBe(true);
  });

  it("needs the lead of both records: a caller who cannot see one, or does not lead it, is refused", async () => {
    const dhakas = await register();
    const erbils = await register({ adminAreaCode: "IQG11Q02" }, caseErbil);
    // Erbil's record is not Dhaka's to see: named as not found in the field
    const unseen = await caseDhaka.post(`/persons/${dhakas.id}/merge`, { fromPersonId: erbils.id });
    expect(unseen.statusCode).toBe(400);
    expect(unseen.json().error.field).toBe("fromPersonId");
    // a provider sees a returnee through a consent but leads nothing
    await ok(
      caseDhaka.post(`/persons/${dhakas.id}/consents`, {
        purpose: "data_sharing",
        organisationIds: [world.orgs.tvet.id],
      }),
      201,
    );
    expect(
      (await providerTvet.post(`/persons/${dhakas.id}/merge`, { fromPersonId: erbils.id })).statusCode,
    ).toBe(403);
    // Erbil sees Dhaka's record once it is shared with it, but does not lead it
    await ok(
      caseDhaka.post(`/persons/${dhakas.id}/consents`, {
        purpose: "data_sharing",
        organisationIds: [world.orgs.mrcErbil.id],
      }),
      201,
    );
    const notLead = await caseErbil.post(`/persons/${erbils.id}/merge`, { fromPersonId: dhakas.id });
    expect(notLead.statusCode).toBe(403);
    expect(notLead.json().error.message).toMatch(/merge records/);
    // nothing moved
    expect((await ok(caseDhaka.get(`/persons/${dhakas.id}`))).mergedIntoId).toBeNull();
    expect((await counsellorDhaka.get(`/persons/${dhakas.id}/merges`)).json().items).toEqual([]);
  });

  it("withdraws a verdict that the two were different people, and a later merge of the survivor carries the first one along", async () => {
    const a = await register({ givenName: "Karim", familyName: "Mia" });
    const b = await register({ givenName: "Karim", familyName: "Miah" });
    const c = await register({ givenName: "Karim", familyName: "Meah" });
    await ok(caseDhaka.post(`/persons/${a.id}/not-duplicates`, { otherPersonId: b.id }), 201);
    expect((await ok(caseDhaka.get(`/persons/${a.id}/merge-preview?from=${b.id}`))).markedNotSame).toBe(true);
    await ok(caseDhaka.post(`/persons/${a.id}/merge`, { fromPersonId: b.id }), 201);
    // a then merged into c: b now leads to c, and c's trail holds a's and b's events
    await ok(caseDhaka.post(`/persons/${c.id}/merge`, { fromPersonId: a.id }), 201);
    expect((await ok(caseDhaka.get(`/persons/${b.id}`))).id).toBe(c.id);
    const trail = await ok(caseDhaka.get(`/audit?personId=${c.id}&limit=200`));
    const creators = (trail.items as { action: string; recordType: string; personId: string }[])
      .filter((e) => e.action === "create" && e.recordType === "person")
      .map((e) => e.personId);
    expect(creators.sort()).toEqual([a.id, b.id, c.id].sort());
    // the earlier merge cannot be undone before the later one
    const [aIntoC] = (await ok(caseDhaka.get(`/persons/${c.id}/merges`))).items as { id: string }[];
    const [row] = await queryRows<{ id: string }>(
      env.database.db,
      sql`select id from person_merges where merged_id = ${b.id}`,
    );
    const early = await admin.post(`/person-merges/${row!.id}/undo`, { reason: "Try the first" });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/no longer redirects|merged into the record/);
    await ok(admin.post(`/person-merges/${aIntoC!.id}/undo`, { reason: "Not the same" }));
    await ok(admin.post(`/person-merges/${row!.id}/undo`, { reason: "Not the same either" }));
    expect((await caseDhaka.get(`/persons/${b.id}`)).statusCode).toBe(200);
  });
});

describe("the scan of the whole registry", () => {
  it("finds pairs that entered before, lists them side by side for those who see both, and drops them once judged", async () => {
    // two records of one man, written straight into the registry as an older system left them
    const [org] = await queryRows<{ id: string }>(
      env.database.db,
      sql`select id from organisations where name = 'MRC Dhaka'`,
    );
    const insert = (given: string, family: string, phone: string) =>
      queryRows<{ id: string }>(
        env.database.db,
        sql`insert into persons (given_name, family_name, search_name, match_keys, birth_year, sex, phone,
              admin_area_code, registered_by_organisation_id)
            values (${given}, ${family}, ${`${given} ${family}`.toLowerCase()},
              ${sql.raw(`'{}'::text[]`)}, 1979, 'male', ${phone}, 'BD3026', ${org!.id}) returning id`,
      );
    const [older] = await insert("Abdur Rahman", "Chowdhury", "+8801555000111");
    const [newer] = await insert("Abdurrahman", "Choudhury", "+8801555000111");
    await runDataMigrations(env.database.db, [{ name: "test_scan_keys", run: linkageKeysOfPersons }]);
    await env.database.db.transaction(async (tx) => {
      await restartScan(tx as never, new Date(), null);
      for (;;) if ((await scanRegistry(tx as never, new Date())) < scanBatch) break;
    });

    const queue = await ok(caseDhaka.get("/link-candidates?limit=100"));
    const pair = (
      queue.items as { id: string; level: string; records: { id: string; displayName: string }[] }[]
    ).find((c) => c.records.some((r) => r.id === older!.id) && c.records.some((r) => r.id === newer!.id));
    expect(pair).toMatchObject({ level: "likely" });
    expect(pair!.records.map((r) => r.displayName).sort()).toEqual([
      "Abdur Rahman Chowdhury",
      "Abdurrahman Choudhury",
    ]);
    expect(queue.scan).toMatchObject({ finishedAt: expect.any(String) });
    expect((queue.scan as { personsRead: number }).personsRead).toBeGreaterThan(2);
    // another organisation's workers see neither record, so not the pair
    const erbil = await ok(caseErbil.get("/link-candidates?limit=100"));
    expect(JSON.stringify(erbil)).not.toContain(older!.id);

    // judged two people: the pair leaves the queue
    await ok(caseDhaka.post(`/persons/${newer!.id}/not-duplicates`, { otherPersonId: older!.id }), 201);
    const after = await ok(caseDhaka.get("/link-candidates?limit=100"));
    expect(JSON.stringify(after)).not.toContain(newer!.id);

    // only administrators start the scan over
    expect((await caseDhaka.post("/link-candidates/scan", {})).statusCode).toBe(403);
    const restarted = await ok(admin.post("/link-candidates/scan", {}), 202);
    expect(restarted).toMatchObject({ personsRead: 0, finishedAt: null });
    const level = await caseDhaka.get("/link-candidates?level=sometimes");
    expect(level.statusCode).toBe(400);
    expect(level.json().error.message).toMatch(/level/);
  });

  it("starts over when the linkage parameters change, dropping pairs judged by the old ones", async () => {
    await env.database.db.execute(
      sql`update linkage_scans set parameters_version = 'old', finished_at = now()`,
    );
    await env.database.db.execute(sql`update person_link_candidates set parameters_version = 'old'`);
    const read = await env.database.db.transaction((tx) => scanRegistry(tx as never, new Date()));
    expect(read).toBeGreaterThan(0);
    const [left] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from person_link_candidates where parameters_version = 'old'`,
    );
    expect(left!.n).toBe(0);
  });
});
