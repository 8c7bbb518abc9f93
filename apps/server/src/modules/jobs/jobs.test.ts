import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { loginAs, personPayload } from "../../../test/world";
import { recurringJobs, registerRecurringJobs, runDueJobs } from "../../background";
import { queryRows } from "../../db/client";

const { env, world } = await openWorld();
afterAll(() => env.close());

async function sentReferral() {
  const mrc = await loginAs(env.app, "case.dhaka@test.homecoming");
  const person = (await mrc.post("/persons", personPayload())).json();
  const caseId = (await mrc.post("/cases", { personId: person.id })).json().id;
  await mrc.post(`/persons/${person.id}/consents`, {
    purpose: "referral",
    organisationIds: [world.orgs.bank.id],
  });
  const referral = (
    await mrc.post("/referrals", {
      caseId,
      serviceId: world.services.loan.id,
      reason: "Start a shop",
      urgency: "urgent",
    })
  ).json();
  await mrc.post(`/referrals/${referral.id}/send`, {});
  return { mrc, caseId, referralId: referral.id as string };
}

describe("background jobs", () => {
  it("flags a sent referral overdue once its due time has passed, and only then", async () => {
    const { mrc, referralId } = await sentReferral();
    await registerRecurringJobs(env.database.db);
    await runDueJobs(env.database.db);
    expect((await mrc.get(`/referrals/${referralId}`)).json().overdue).toBe(false);

    await env.database.db.execute(
      sql`update referrals set due_at = now() - interval '1 hour' where id = ${referralId}`,
    );
    await env.database.db.execute(sql`update jobs set run_at = now()`);
    const { ran } = await runDueJobs(env.database.db);
    // every recurring job: the overdue flags, the follow-up statuses and the sweep of idempotency keys
    expect(ran).toBe(Object.keys(recurringJobs).length);
    expect((await mrc.get(`/referrals/${referralId}`)).json().overdue).toBe(true);
    const overdueList = (await mrc.get("/referrals?direction=outgoing&overdue=true")).json();
    expect(overdueList.items.map((r: { id: string }) => r.id)).toEqual([referralId]);
  });

  it("marks follow-ups due a week before their date and overdue two weeks after", async () => {
    const { mrc, caseId } = await sentReferral();
    const current = (await mrc.get(`/cases/${caseId}`)).json();
    await mrc.put(`/cases/${caseId}/plan`, {
      version: current.version,
      goals: [{ dimension: "economic", title: "Open a shop" }],
    });
    const ids = (await mrc.get(`/cases/${caseId}/follow-ups`)).json().items.map((f: { id: string }) => f.id);
    await env.database.db.execute(
      sql`update follow_ups set due_date = current_date + 3 where id = ${ids[0]}`,
    );
    await env.database.db.execute(
      sql`update follow_ups set due_date = current_date - 20 where id = ${ids[1]}`,
    );
    await env.database.db.execute(sql`update jobs set run_at = now()`);
    await runDueJobs(env.database.db);
    const statuses = (await mrc.get(`/cases/${caseId}/follow-ups`))
      .json()
      .items.map((f: { id: string; status: string }) => [f.id, f.status]);
    expect(new Map(statuses).get(ids[0])).toBe("due");
    expect(new Map(statuses).get(ids[1])).toBe("overdue");
    expect(new Map(statuses).get(ids[2])).toBe("scheduled");
  });

  it("records a failing job's error and retries it later instead of losing it", async () => {
    await env.database.db.execute(
      sql`insert into jobs (kind, key, interval_seconds) values ('unknown.kind', 'unknown.kind', 60)`,
    );
    await env.database.db.execute(sql`update jobs set run_at = now() - interval '1 second'`);
    await runDueJobs(env.database.db);
    const [job] = await queryRows<{ last_error: string; later: boolean }>(
      env.database.db,
      sql`select last_error, run_at > now() as later from jobs where kind = 'unknown.kind'`,
    );
    expect(job).toEqual({ last_error: "no handler for job kind unknown.kind", later: true });
  });

  it("runs a job done in slices again at the next poll while it has work, each job once per poll", async () => {
    const mrc = await loginAs(env.app, "case.dhaka@test.homecoming");
    for (let i = 0; i < 3; i++) expect((await mrc.post("/persons", personPayload())).statusCode).toBe(201);
    await env.database.db.execute(sql`delete from linkage_scans`);
    await env.database.db.execute(
      sql`delete from jobs where interval_seconds is null or kind = 'unknown.kind'`,
    );
    await env.database.db.execute(sql`update jobs set run_at = now() - interval '1 second'`);
    const first = await runDueJobs(env.database.db);
    // the registry scan read persons: due again at once, yet not run twice in the same poll
    expect(first).toEqual({ ran: Object.keys(recurringJobs).length, busy: true });
    const due = async () =>
      (
        await queryRows<{ kind: string }>(
          env.database.db,
          sql`select kind from jobs where run_at <= now() order by kind`,
        )
      ).map((j) => j.kind);
    expect(await due()).toEqual(["linkage.scan"]);
    // the next poll finds nothing left to read: the scan goes back to its interval
    expect(await runDueJobs(env.database.db)).toEqual({ ran: 1, busy: false });
    expect(await due()).toEqual([]);
  });
});
