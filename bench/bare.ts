// The main statements of the operations bench/run.ts times over HTTP, sent directly on a connection of the
// benchmark's own, with the same inputs: what the database takes for the work, without HTTP, sessions,
// access checks, audit events and JSON. The statements are the server's own (its store functions), so the
// difference between the two columns is what the server adds.
import { linkageProbe, type PersonInput, phoneE164 } from "@homecoming/domain";
import { adminAreaCountry } from "@homecoming/reference";
import { sql } from "drizzle-orm";
import { type Database, type Db, queryRows } from "../apps/server/src/db/client";
import { persons } from "../apps/server/src/db/schema";
import {
  organisationMayHaveSeenSql,
  organisationSeesSql,
} from "../apps/server/src/modules/access/visibility";
import { CaseQuery } from "../apps/server/src/modules/cases/schemas";
import { listCases } from "../apps/server/src/modules/cases/store";
import { PersonQuery } from "../apps/server/src/modules/persons/schemas";
import { duplicateCandidates, searchPersons } from "../apps/server/src/modules/persons/store";
import { type Stats, stats } from "./http";

type Probe = Partial<PersonInput> & { givenName: string };

async function timed(warmup: number, n: number, run: (i: number) => Promise<unknown>): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const t = performance.now();
    await run(i);
    if (i >= warmup) samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** The blocking passes of a duplicate check, as the persons service sends them for a probe. */
function blockingOf(p: Probe, now: Date) {
  const phone =
    p.phone && p.adminAreaCode ? phoneE164(p.phone, adminAreaCountry(p.adminAreaCode)) : undefined;
  return linkageProbe({ ...p, phone: phone?.ok ? phone.e164 : null }, now);
}

export interface BareInputs {
  warmup: number;
  n: number;
  newcomers: Probe[];
  typing: Probe[];
  terms: string[];
  referralIds: string[];
  caseManagerEmail: string;
}

/** p50, p95, p99 and mean of each operation's main statements, sent directly. */
export async function bareTimings(database: Database, input: BareInputs): Promise<Record<string, Stats>> {
  const db = database.db;
  const [me] = await queryRows<{ id: string; organisation_id: string }>(
    db,
    sql`select id, organisation_id from users where email = ${input.caseManagerEmail}`,
  );
  if (!me) throw new Error(`no user ${input.caseManagerEmail}`);
  const now = new Date();
  const { warmup, n } = input;
  const results: Record<string, Stats> = {};
  results.register = await timed(warmup, n, (i) =>
    duplicateCandidates(db, blockingOf(input.newcomers[i]!, now)),
  );
  results.check = await timed(warmup, n, (i) => duplicateCandidates(db, blockingOf(input.typing[i]!, now)));
  results.search = await timed(warmup, n, (i) =>
    searchPersons(db, {
      ...PersonQuery.parse({ q: input.terms[i] }),
      visible: organisationSeesSql(me.organisation_id, persons.id),
      narrow: organisationMayHaveSeenSql(me.organisation_id),
    }),
  );
  // the transition's writes (the referral and its event), rolled back so that the HTTP run still finds it sent
  results.accept = await timed(warmup, n, (i) =>
    db
      .transaction(async (tx) => {
        const t = tx as unknown as Db;
        await t.execute(
          sql`update referrals set status = 'accepted', responded_at = now(), updated_at = now(),
                version = version + 1 where id = ${input.referralIds[i]} and status = 'sent'`,
        );
        await t.execute(
          sql`insert into referral_events (referral_id, type, at, actor_organisation_id, note)
              select id, 'accepted', now(), to_organisation_id, 'Benchmark' from referrals
              where id = ${input.referralIds[i]}`,
        );
        tx.rollback();
      })
      .catch(() => {}),
  );
  const mine = CaseQuery.parse({ mine: "true" });
  results.caseload = await timed(warmup, n, () =>
    listCases(db, {
      caseManagerUserId: me.id,
      fullRiskOf: me.organisation_id,
      sort: mine.sort,
      limit: mine.limit,
      offset: mine.offset,
    }),
  );
  return results;
}
