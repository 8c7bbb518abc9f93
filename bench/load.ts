// Loads N synthetic returnees, each with a case and about one referral, straight into the tables: each batch
// of 1,000 as one INSERT per table from a JSON parameter, two batches in flight while the next is generated,
// the secondary indexes set aside and built at the end when the load at least doubles the registry. It keeps
// the invariants the services keep (search_name, lead organisation, referral person = case person, a consent
// covering the receiver of every sent referral, the referral row as the fold of its events) but writes no
// audit events: it stands for data that is already there.
//
//   npm run bench:load -- --persons 100000 [--data-dir .tmp/bench-data] [--seed 1] [--batch 1000]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:load -- --persons 100000

import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import {
  type CaseStage,
  eventTypeForAction,
  foldReferral,
  isOverdue,
  type PersonInput,
  type ReferralAction,
  type ReferralEventType,
  type ReferralReasonCode,
  type ReferralStatus,
  referralDueDate,
} from "@homecoming/domain";
import type { ServiceCategoryCode } from "@homecoming/reference";
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { runDueJobs } from "../apps/server/src/background";
import { type Database, type Db, queryRows } from "../apps/server/src/db/client";
import {
  caseEvents,
  cases,
  consents,
  migrationEpisodes,
  persons,
  referralEvents,
  referrals,
} from "../apps/server/src/db/schema";
import { episodeRows, nameColumnsOf, profileOf } from "../apps/server/src/modules/persons/rows";
import {
  declineReasons,
  notCompletedReasons,
  outcomeFor,
  referralReason,
} from "../apps/server/src/seed/answers";
import { isDatabaseEmpty, seedDemo } from "../apps/server/src/seed/demo";
import { mrcFor, type OrgKey, organisationSpecs, servesArea } from "../apps/server/src/seed/directory";
import {
  type GeneratedPerson,
  generatePerson,
  mixSeed,
  personRng,
  Rng,
} from "../apps/server/src/seed/generator";
import { openTarget, positiveInt } from "./db";

const DAY = 86_400_000;

const stageWeights: readonly (readonly [CaseStage, number])[] = [
  ["pre_return", 3],
  ["registered", 10],
  ["assessed", 12],
  ["plan_active", 22],
  ["monitoring", 25],
  ["handed_over", 10],
  ["closed", 18],
];

const statusWeights: readonly (readonly [ReferralStatus, number])[] = [
  ["draft", 5],
  ["sent", 12],
  ["accepted", 10],
  ["declined", 8],
  ["in_progress", 12],
  ["completed", 38],
  ["not_completed", 7],
  ["cancelled", 8],
];

/** The moves that lead from draft to each status drawn (a suspension follows a consent's withdrawal: none is drawn). */
type DrawnStatus = Exclude<ReferralStatus, "suspended">;
const pathTo: Record<DrawnStatus, ReferralAction[]> = {
  draft: [],
  sent: ["send"],
  accepted: ["send", "accept"],
  declined: ["send", "decline"],
  in_progress: ["send", "accept", "start"],
  completed: ["send", "accept", "start", "complete"],
  not_completed: ["send", "accept", "start", "not-complete"],
  cancelled: ["send", "cancel"],
};

interface Directory {
  mrc: Map<OrgKey, { organisationId: string; caseManagerId: string }>;
  services: {
    id: string;
    organisationId: string;
    category: ServiceCategoryCode;
    country: string;
    areas: string[];
  }[];
  providerUser: Map<string, string>;
}

async function loadDirectory(db: Db): Promise<Directory> {
  const orgs = await queryRows<{ id: string; name: string; kind: string; country: string }>(
    db,
    sql`select id, name, kind, country from organisations`,
  );
  const staff = await queryRows<{ id: string; organisation_id: string; roles: string[] }>(
    db,
    sql`select id, organisation_id, roles from users where active order by email`,
  );
  const mrc = new Map<OrgKey, { organisationId: string; caseManagerId: string }>();
  for (const [key, spec] of Object.entries(organisationSpecs) as [
    OrgKey,
    (typeof organisationSpecs)[OrgKey],
  ][]) {
    if (spec.kind !== "mrc") continue;
    const org = orgs.find((o) => o.name === spec.name);
    const manager = staff.find((u) => u.organisation_id === org?.id && u.roles.includes("case_manager"));
    if (!org || !manager) throw new Error(`The demo directory lacks ${spec.name} or its case manager`);
    mrc.set(key, { organisationId: org.id, caseManagerId: manager.id });
  }
  const mrcIds = new Set([...mrc.values()].map((m) => m.organisationId));
  const rows = await queryRows<{
    id: string;
    organisation_id: string;
    category: string;
    service_areas: string[];
  }>(db, sql`select id, organisation_id, category, service_areas from services where active`);
  const countryOf = new Map(orgs.map((o) => [o.id, o.country]));
  const services = rows
    .filter((s) => !mrcIds.has(s.organisation_id))
    .map((s) => ({
      id: s.id,
      organisationId: s.organisation_id,
      category: s.category as ServiceCategoryCode,
      country: countryOf.get(s.organisation_id)!,
      areas: s.service_areas,
    }));
  const providerUser = new Map<string, string>();
  for (const u of staff) if (u.roles.includes("provider")) providerUser.set(u.organisation_id, u.id);
  return { mrc, services, providerUser };
}

type Rows = {
  persons: (typeof persons.$inferInsert)[];
  episodes: (typeof migrationEpisodes.$inferInsert)[];
  consents: (typeof consents.$inferInsert)[];
  cases: (typeof cases.$inferInsert)[];
  caseEvents: (typeof caseEvents.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  referralEvents: (typeof referralEvents.$inferInsert)[];
};

const emptyRows = (): Rows => ({
  persons: [],
  episodes: [],
  consents: [],
  cases: [],
  caseEvents: [],
  referrals: [],
  referralEvents: [],
});

function personRow(
  p: PersonInput,
  id: string,
  org: string,
  user: string,
  at: Date,
): typeof persons.$inferInsert {
  return {
    id,
    givenName: p.givenName,
    familyName: p.familyName ?? "",
    nameNative: p.nameNative ?? null,
    ...nameColumnsOf(p),
    birthDate: p.birthDate ?? null,
    birthYear: p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null),
    sex: p.sex,
    nationalId: p.nationalId ?? null,
    passportNumber: p.passportNumber ?? null,
    phone: p.phone ?? null,
    adminAreaCode: p.adminAreaCode,
    profile: profileOf(p),
    registeredByOrganisationId: org,
    registeredByUserId: user,
    createdAt: at,
    updatedAt: at,
  };
}

function episodeRowsOf(p: PersonInput, personId: string): (typeof migrationEpisodes.$inferInsert)[] {
  return episodeRows(p.migrationEpisodes).map((row) => ({ ...row, personId }));
}

function servicesNear(dir: Directory, cache: Map<string, Directory["services"]>, person: GeneratedPerson) {
  const key = person.input.adminAreaCode;
  let found = cache.get(key);
  if (!found) {
    const inCountry = dir.services.filter((s) => s.country === person.country);
    const near = inCountry.filter((s) => servesArea(s.areas, s.country, key));
    found = near.length ? near : inCountry;
    cache.set(key, found);
  }
  return found;
}

/** One returnee with their case and referrals, as rows. */
function addPerson(
  rows: Rows,
  dir: Directory,
  cache: Map<string, Directory["services"]>,
  seed: number,
  index: number,
  now: Date,
) {
  const rng = new Rng(mixSeed(seed ^ 0xbe7c4, index));
  const openedAt = new Date(now.getTime() - rng.int(1, 540) * DAY - rng.int(0, 86_399) * 1000);
  const person = generatePerson(personRng(seed, index), {
    asOf: now,
    returnedOn: new Date(openedAt.getTime() - rng.int(0, 40) * DAY).toISOString().slice(0, 10),
  });
  const lead = dir.mrc.get(mrcFor(person.country, person.input.adminAreaCode, rng.chance(0.25)))!;
  const personId = randomUUID();
  const caseId = randomUUID();
  rows.persons.push(personRow(person.input, personId, lead.organisationId, lead.caseManagerId, openedAt));
  rows.episodes.push(...episodeRowsOf(person.input, personId));

  const stage = rng.weighted(stageWeights);
  const at = (from: Date, days: number) =>
    new Date(Math.min(from.getTime() + days * DAY + rng.int(0, 7200) * 1000, now.getTime() - 60_000));
  const planActivatedAt = ["plan_active", "monitoring", "handed_over"].includes(stage)
    ? at(openedAt, rng.int(2, 25))
    : null;
  const closedAt = stage === "closed" ? at(openedAt, rng.int(30, 400)) : null;
  const handedOverAt = stage === "handed_over" ? at(openedAt, rng.int(200, 400)) : null;
  const updatedAt = closedAt ?? handedOverAt ?? planActivatedAt ?? openedAt;
  const riskLevel =
    stage === "registered" || stage === "pre_return"
      ? null
      : rng.weighted([
          ["low", 50],
          ["medium", 35],
          ["high", 15],
        ] as const);
  rows.cases.push({
    id: caseId,
    personId,
    leadOrganisationId: lead.organisationId,
    caseManagerUserId: lead.caseManagerId,
    stage,
    riskLevel,
    sharedRiskLevel: riskLevel,
    openedAt,
    planActivatedAt,
    handedOverAt,
    handedOverTo: handedOverAt ? "Department of Social Services" : null,
    closedAt,
    closureReason: closedAt
      ? rng.pick(["reintegrated", "lost_contact", "moved_abroad_again", "declined_support"])
      : null,
    createdAt: openedAt,
    updatedAt,
  });
  rows.caseEvents.push({
    caseId,
    type: "opened",
    at: openedAt,
    actorUserId: lead.caseManagerId,
    actorOrganisationId: lead.organisationId,
    data: { stage },
  });

  const count =
    stage === "registered" || stage === "pre_return"
      ? 0
      : rng.weighted([
          [0, 5],
          [1, 75],
          [2, 20],
        ] as const);
  const pool = servicesNear(dir, cache, person);
  const referred: { id: string; organisationId: string; createdAt: Date; sent: boolean }[] = [];
  for (let r = 0; r < count && pool.length; r++) {
    const service = rng.pick(pool);
    const status = rng.weighted(statusWeights);
    const urgency = rng.chance(0.15) ? "urgent" : "routine";
    const createdAt = at(openedAt, rng.int(1, 30));
    const id = randomUUID();
    const receiver = dir.providerUser.get(service.organisationId) ?? null;
    const events: {
      type: ReferralEventType;
      at: Date;
      actorUserId: string | null;
      actorOrganisationId: string;
      reasonCode?: ReferralReasonCode;
      outcome?: string;
    }[] = [
      {
        type: "created",
        at: createdAt,
        actorUserId: lead.caseManagerId,
        actorOrganisationId: lead.organisationId,
      },
    ];
    let t = createdAt;
    for (const action of pathTo[status as DrawnStatus]) {
      t = at(t, action === "complete" || action === "not-complete" ? rng.int(10, 90) : rng.int(0, 10));
      const sender = action === "send" || action === "cancel";
      const reason =
        action === "decline"
          ? rng.weighted(declineReasons.map(([code, , w]) => [code, w] as const))
          : action === "not-complete"
            ? rng.weighted(notCompletedReasons.map(([code, , w]) => [code, w] as const))
            : undefined;
      events.push({
        type: eventTypeForAction[action],
        at: t,
        actorUserId: sender ? lead.caseManagerId : receiver,
        actorOrganisationId: sender ? lead.organisationId : service.organisationId,
        ...(reason ? { reasonCode: reason } : {}),
        ...(action === "complete" ? { outcome: outcomeFor(rng, person, service.category) } : {}),
      });
    }
    const state = foldReferral(events.map((e) => ({ ...e, reasonCode: e.reasonCode as never })));
    const dueAt = state.sentAt ? referralDueDate(urgency, state.sentAt) : null;
    referred.push({ id, organisationId: service.organisationId, createdAt, sent: state.sentAt !== null });
    rows.referrals.push({
      id,
      caseId,
      personId,
      fromOrganisationId: lead.organisationId,
      fromUserId: lead.caseManagerId,
      serviceId: service.id,
      toOrganisationId: service.organisationId,
      reason: referralReason(rng, person, service.category),
      urgency,
      status: state.status,
      dueAt,
      overdue: isOverdue(state.status, dueAt, now),
      reasonCode: state.reasonCode,
      outcome: state.outcome,
      sentAt: state.sentAt,
      respondedAt: state.respondedAt,
      closedAt: state.closedAt,
      version: events.length,
      createdAt,
      updatedAt: events.at(-1)!.at,
    });
    for (const e of events)
      rows.referralEvents.push({ referralId: id, note: null, reasonCode: null, outcome: null, ...e });
  }
  // the organisations that may see the record, as the triggers of migration 0025 keep them: written with the
  // row, so that the triggers find nothing to add
  rows.persons.at(-1)!.seenBy = [...new Set([lead.organisationId, ...referred.map((r) => r.organisationId)])];
  const sent = referred.filter((r) => r.sent);
  if (sent.length) {
    const consentId = randomUUID();
    rows.consents.push({
      id: consentId,
      personId,
      purpose: "referral",
      organisationIds: [...new Set(sent.map((r) => r.organisationId))],
      note: "Agreed at the MRC",
      givenAt: new Date(Math.min(...sent.map((r) => r.createdAt.getTime()))),
      recordedByUserId: lead.caseManagerId,
      recordedByOrganisationId: lead.organisationId,
    });
    for (const row of rows.referrals.slice(-referred.length)) if (row.sentAt) row.consentId = consentId;
  }
}

/**
 * One table's rows as a single JSON parameter, expanded by json_populate_recordset: binding tens of thousands
 * of parameters cost the loader more time in building the statement than the database spent inserting.
 * Only the columns the rows carry are written, so the others take their defaults.
 */
async function insertRows(tx: Db, table: PgTable, values: Record<string, unknown>[]) {
  if (!values.length) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(values.flatMap((v) => Object.keys(v)))];
  const names = keys.map((k) => columns[k]!.name);
  const json = JSON.stringify(
    values.map((v) => Object.fromEntries(keys.map((k, i) => [names[i], v[k] ?? null]))),
  );
  const list = sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${json}::json)`,
  );
}

/** The tables the loader writes: their secondary indexes are what the load costs beyond the rows themselves. */
const loadedTables = [persons, migrationEpisodes, consents, cases, caseEvents, referrals, referralEvents].map(
  (t) => getTableName(t),
);

/**
 * What a load sets aside (indexes, triggers) and the statement that puts each back, kept until it is put back:
 * in the database itself, written in the transaction that sets them aside, so that a load stopped by force (a
 * killed process, a lost connection) leaves them to the next run of the loader, which puts them back first.
 */
const setAside = sql.raw("bench_load.set_aside");

type SetAside = { name: string; restore: string };

/**
 * PostgreSQL's own advice for a bulk load ("Populating a Database": remove indexes, load, create them again):
 * entering a row in some twenty-five secondary indexes, most keyed by random ids, phones, name terms and
 * trigrams, costs more than the row, and more as those indexes outgrow the shared buffers; building an index
 * from all its rows at once sorts them and writes each page once. The unique indexes stay, so that the keys
 * are checked as the rows go in; the indexes set aside are the others of the loaded tables, by their exact
 * definitions (storage parameters included).
 */
async function setAsideForLoad(db: Db): Promise<number> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const indexes = await queryRows<SetAside>(
      tx,
      sql`select i.relname as name, pg_get_indexdef(i.oid) as restore
          from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
          where t.relnamespace = 'public'::regnamespace and t.relname = any(${sql.param(loadedTables)}::text[])
            and not x.indisunique and not x.indisprimary
          order by i.relname`,
    );
    await tx.execute(sql`create schema if not exists bench_load`);
    await tx.execute(
      sql`create table if not exists ${setAside} (name text primary key, restore text not null)`,
    );
    for (const index of indexes) {
      await tx.execute(
        sql`insert into ${setAside} (name, restore) values (${index.name}, ${index.restore}) on conflict do nothing`,
      );
      await tx.execute(sql.raw(`drop index ${index.name}`));
    }
    // the statement triggers of the loaded tables (those of migration 0025, which add organisations to
    // persons.seen_by after each statement on cases, referrals and consents) would read back every person of the
    // batch to find nothing to add: the loader writes the column itself. They are switched off the same way, to
    // be switched on with the indexes. Row triggers stay.
    const triggers = await queryRows<{ name: string; tbl: string }>(
      tx,
      sql`select tg.tgname as name, t.relname as tbl from pg_trigger tg join pg_class t on t.oid = tg.tgrelid
          where t.relnamespace = 'public'::regnamespace and t.relname = any(${sql.param(loadedTables)}::text[])
            and not tg.tgisinternal and (tg.tgtype & 1) = 0 and tg.tgenabled <> 'D'
          order by tg.tgname`,
    );
    for (const trigger of triggers) {
      await tx.execute(
        sql`insert into ${setAside} (name, restore)
            values (${trigger.name}, ${`ALTER TABLE ${trigger.tbl} ENABLE TRIGGER ${trigger.name}`}) on conflict do nothing`,
      );
      await tx.execute(sql.raw(`alter table ${trigger.tbl} disable trigger ${trigger.name}`));
    }
    return indexes.length + triggers.length;
  });
}

/**
 * Puts back what an earlier call (or an interrupted load) set aside, forgetting each once it is back: the
 * triggers switched on, the indexes built two at a time on two connections (a GIN index is built by one
 * process), the largest first, each with memory enough to sort its entries in one pass (a setting of the
 * building session only).
 */
async function putBackSetAside(database: Database): Promise<number> {
  const [exists] = await queryRows<{ found: boolean }>(
    database.db,
    sql`select to_regclass('bench_load.set_aside') is not null as found`,
  );
  if (!exists?.found) return 0;
  const pending = await queryRows<SetAside>(
    database.db,
    sql`select name, restore from ${setAside} order by (restore ilike '% using gin %') desc, name`,
  );
  const parallel = database.kind === "postgres" ? 2 : 1;
  const worker = () =>
    database.connection(async (c) => {
      // the embedded database has the memory of its WebAssembly instance only: it keeps its default
      if (database.kind === "postgres")
        await c.execute(sql.raw(`set maintenance_work_mem = '${buildMemory}'`));
      for (let item = pending.shift(); item; item = pending.shift()) {
        await c.execute(
          sql.raw(item.restore.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS ")),
        );
        await c.execute(sql`delete from ${setAside} where name = ${item.name}`);
      }
      await c.execute(sql`reset maintenance_work_mem`);
    });
  const count = pending.length;
  await Promise.all(Array.from({ length: parallel }, worker));
  await database.db.execute(sql`drop schema bench_load cascade`);
  return count;
}

/** The memory each index build sorts in (the default, 64 MB, has a GIN build of a million names flush often). */
const buildMemory = "1GB";

/**
 * When the registry already holds more than the load adds, building its indexes again would cost more than
 * the load saves: they stay, and the two GIN indexes that otherwise take entries straight in (migration 0023)
 * collect them in their pending lists instead, up to `pendingListLimit` per insert, merged in bulk and sorted;
 * they are cleaned and put back as they were before the loader ends, whatever happens.
 */
const directGinIndexes = ["persons_match_keys_idx", "persons_name_terms_idx"] as const;
const pendingListLimit = "64MB";

async function setGinPendingLists(db: Db, on: boolean) {
  for (const index of directGinIndexes) {
    await db.execute(sql.raw(`alter index ${index} set (fastupdate = ${on ? "on" : "off"})`));
    if (!on) await db.execute(sql`select gin_clean_pending_list(${index}::regclass)`);
  }
}

async function insertBatch(database: Database, rows: Rows) {
  await database.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx.execute(sql.raw(`set local gin_pending_list_limit = '${pendingListLimit}'`));
    await insertRows(tx, persons, rows.persons);
    await insertRows(tx, migrationEpisodes, rows.episodes);
    await insertRows(tx, consents, rows.consents);
    await insertRows(tx, cases, rows.cases);
    await insertRows(tx, caseEvents, rows.caseEvents);
    await insertRows(tx, referrals, rows.referrals);
    await insertRows(tx, referralEvents, rows.referralEvents);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      persons: { type: "string" },
      "data-dir": { type: "string" },
      seed: { type: "string" },
      batch: { type: "string" },
    },
  });
  const total = positiveInt(values.persons, "persons", 100_000);
  const seed = positiveInt(values.seed, "seed", 1);
  const batch = Math.max(1, positiveInt(values.batch, "batch", 1000));
  const { database, label } = await openTarget(values["data-dir"]);
  const started = performance.now();
  await database.migrate();
  if (await isDatabaseEmpty(database)) {
    console.log(`Seeding the demo organisations, accounts and services into ${label}…`);
    await seedDemo(database, { persons: 0 });
    // the seed's programmes queue a count of their rules' reach: counted now, over no one, rather than by the
    // first server to start, over everyone loaded, beside a benchmark
    await runDueJobs(database.db);
  }
  // indexes an interrupted load set aside are built before anything else
  const recovered = await putBackSetAside(database);
  if (recovered)
    console.log(`Put back ${recovered} indexes and triggers that an interrupted load had set aside.`);
  const dir = await loadDirectory(database.db);
  const [existing] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from persons`);
  const from = existing!.n;
  // the indexes are set aside when the load at least doubles the registry; otherwise they take the rows in
  const aside = total >= from;
  console.log(
    `Loading ${total} returnees into ${label} (${from} already there), ${aside ? "the secondary indexes set aside until the end" : "into the indexes"}…`,
  );
  const now = new Date();
  const cache = new Map<string, Directory["services"]>();
  let genMs = 0;
  let dbMs = 0;
  let buildMs = 0;
  if (aside) console.log(`  ${await setAsideForLoad(database.db)} indexes and triggers set aside`);
  else await setGinPendingLists(database.db, true);
  try {
    // the next batch is generated while the database inserts the last ones, two at a time on two connections
    const inFlight: Promise<void>[] = [];
    for (let done = 0; done < total; done += batch) {
      const n = Math.min(batch, total - done);
      const t0 = performance.now();
      const rows = emptyRows();
      for (let i = 0; i < n; i++) addPerson(rows, dir, cache, seed, from + done + i, now);
      genMs += performance.now() - t0;
      const t1 = performance.now();
      if (inFlight.length >= 2) await inFlight.shift();
      dbMs += performance.now() - t1;
      inFlight.push(insertBatch(database, rows));
      const loaded = done + n;
      if (loaded % (batch * 10) === 0 || loaded === total) {
        const s = (performance.now() - started) / 1000;
        console.log(`  ${loaded} / ${total}  (${Math.round(loaded / s)} persons/s, ${s.toFixed(0)} s)`);
      }
    }
    const t2 = performance.now();
    await Promise.all(inFlight);
    dbMs += performance.now() - t2;
  } finally {
    const t3 = performance.now();
    if (aside) {
      const built = await putBackSetAside(database);
      console.log(
        `  ${built} indexes built and triggers back in ${((performance.now() - t3) / 1000).toFixed(1)} s`,
      );
    } else await setGinPendingLists(database.db, false);
    buildMs = performance.now() - t3;
  }
  // as after any bulk load: statistics for the planner, the visibility map for index-only scans, and the
  // GIN pending list merged into the trigram index
  const t4 = performance.now();
  await database.db.execute(sql`vacuum analyze`);
  const vacuumMs = performance.now() - t4;
  const counts = await queryRows<Record<string, number>>(
    database.db,
    sql`select (select count(*)::int from persons) as persons, (select count(*)::int from cases) as cases,
      (select count(*)::int from referrals) as referrals, (select count(*)::int from referral_events) as referral_events,
      (select count(*)::int from consents) as consents, (select count(*)::int from migration_episodes) as migration_episodes`,
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Done in ${seconds.toFixed(1)} s, ${Math.round(total / seconds)} persons/s (generating ${(genMs / 1000).toFixed(1)} s, waiting for inserts ${(dbMs / 1000).toFixed(1)} s, ${aside ? "building the indexes" : "cleaning the pending lists"} ${(buildMs / 1000).toFixed(1)} s, vacuum ${(vacuumMs / 1000).toFixed(1)} s).`,
  );
  console.log(counts[0]);
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
