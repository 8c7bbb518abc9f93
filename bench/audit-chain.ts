// The audit's hash chain at scale: how fast the worker seals events and `audit verify` walks the chain.
// Adds N synthetic read events (the shape a case read writes) to the target database, seals every unsealed
// event, then verifies the whole chain.
//
//   npm run bench:audit-chain -- [--events 200000] [--data-dir .tmp/bench-data]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:audit-chain
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { queryRows } from "../apps/server/src/db/client";
import { sealAudit, verifyAudit } from "../apps/server/src/modules/audit/chain";
import { openTarget, positiveInt } from "./db";

const { values } = parseArgs({
  options: { events: { type: "string" }, "data-dir": { type: "string" } },
});
const events = positiveInt(values.events, "events", 200_000);
const { database, label } = await openTarget(values["data-dir"]);
await database.migrate();
const db = database.db;

const count = async (where: string) =>
  (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from audit_events ${where}`)))[0]!.n;

console.log(
  `audit chain on ${label}: ${await count("")} events on record, ${await count("where hash is null")} unsealed`,
);
let t = performance.now();
await db.execute(sql`insert into audit_events (at, action, record_type, record_id, person_id, details)
  select now(), 'read', 'case', gen_random_uuid(), gen_random_uuid(), '{}'::jsonb from generate_series(1, ${events})`);
console.log(`added ${events} read events in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const unsealed = await count("where hash is null");
t = performance.now();
let sealed = 0;
for (;;) {
  const n = await sealAudit(db, { maxBatches: 20 });
  sealed += n;
  if (n === 0) break;
}
const sealSeconds = (performance.now() - t) / 1000;
console.log(
  `sealed ${sealed} of ${unsealed} events in ${sealSeconds.toFixed(1)} s: ${Math.round(sealed / sealSeconds)} events/s`,
);

t = performance.now();
const verification = await verifyAudit(db);
const verifySeconds = (performance.now() - t) / 1000;
console.log(
  `verified ${verification.verified} events in ${verifySeconds.toFixed(1)} s: ${Math.round(verification.verified / verifySeconds)} events/s; ok: ${verification.ok}`,
);
await database.close();
if (!verification.ok) process.exit(1);
