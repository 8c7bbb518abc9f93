// Speed of the registry scan (the background job linkage.scan) over a database filled by bench/load.ts: the
// scan is started over, then run as the worker runs it, one transaction per run (a slice of 5 s on a server, 1 s on the embedded database), until it has read the whole
// registry or --persons of it. Prints persons read per second, the pairs listed for review and the time for the whole registry
// (measured, or projected from the rate when --persons stops it early).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:scan -- [--persons 20000]
//   npm run bench:scan -- --data-dir .tmp/bench-data
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { sliceFor } from "../apps/server/src/background";
import { type Db, queryRows } from "../apps/server/src/db/client";
import { restartScan, scanRegistry, scanState } from "../apps/server/src/modules/linkage/scan";
import { openTarget, positiveInt } from "./db";
import { writeResults } from "./http";

async function main() {
  const { values } = parseArgs({
    options: { persons: { type: "string" }, "data-dir": { type: "string" } },
  });
  const limit = positiveInt(values.persons, "persons", 0);
  const { database, label } = await openTarget(values["data-dir"]);
  const db = database.db;
  const slice = sliceFor(database.kind);
  await database.migrate();
  const [registry] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from persons where merged_into_id is null`,
  );
  const total = registry!.n;
  if (!total) throw new Error(`${label} is empty: run npm run bench:load first`);
  await restartScan(db, new Date(), null);
  console.log(`Scanning ${limit ? `${limit} of ` : ""}${total} returnees in ${label}…`);
  const started = performance.now();
  let read = 0;
  let runs = 0;
  let slowestRun = 0;
  for (;;) {
    const t = performance.now();
    const n = await db.transaction((tx) => scanRegistry(tx as unknown as Db, new Date(), slice));
    slowestRun = Math.max(slowestRun, performance.now() - t);
    runs++;
    read += n;
    if (runs % 20 === 0) {
      const s = (performance.now() - started) / 1000;
      console.log(`  ${read} / ${total}  (${Math.round(read / s)} persons/s, ${s.toFixed(0)} s)`);
    }
    if (n === 0 || (limit && read >= limit)) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const state = await scanState(db);
  const [listed] = await queryRows<{ likely: number; possible: number }>(
    db,
    sql`select count(*) filter (where level = 'likely')::int as likely,
          count(*) filter (where level = 'possible')::int as possible from person_link_candidates`,
  );
  const rate = read / seconds;
  const report = {
    date: new Date().toISOString(),
    database: label,
    registry: total,
    personsRead: read,
    finished: Boolean(state?.finishedAt),
    seconds: Math.round(seconds * 10) / 10,
    personsPerSecond: Math.round(rate),
    pairsNew: state?.pairsFound ?? 0,
    pairsListed: listed,
    runs,
    slowestRunMs: Math.round(slowestRun),
    wholeRegistrySeconds: Math.round(state?.finishedAt ? seconds : total / rate),
  };
  console.log(
    [
      `Registry scan — ${report.date}`,
      `database: ${label}; registry: ${total} returnees`,
      `read ${read} in ${report.seconds} s: ${report.personsPerSecond} persons/s over ${runs} runs (slowest run ${report.slowestRunMs} ms)`,
      `pairs listed for review: ${listed!.likely} likely, ${listed!.possible} possible (${report.pairsNew} new in this scan)`,
      `whole registry: ${report.wholeRegistrySeconds} s${report.finished ? "" : " (projected from the rate)"}`,
    ].join("\n"),
  );
  console.log(`\nWritten to ${writeResults(report.date, `scan-${total}`, report)}`);
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
