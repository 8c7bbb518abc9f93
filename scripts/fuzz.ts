// A longer run of the bad-input fuzz of apps/server/test/fuzz.test.ts: every write route of the OpenAPI
// document, with and without a session, against a fresh embedded database with the demo world (or a fresh
// PostgreSQL database when DATABASE_URL names one that is empty). Prints the statuses and every answer that
// is a 5xx or not in the API's error shape; exits 1 when there is one.
//
//   npm run fuzz -- [--seed 1] [--per-route 200] [--persons 30]
import { parseArgs } from "node:util";
import { openDatabase } from "../apps/server/src/db/client";
import { isDatabaseEmpty } from "../apps/server/src/seed/demo";
import { fuzzCases, openFuzzWorld, runFuzz, sessionEndingLast, writeRoutes } from "../apps/server/test/fuzz";

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new Error(`--${name} must be a whole number from 1 to 1,000,000, not ${value}`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: { seed: { type: "string" }, "per-route": { type: "string" }, persons: { type: "string" } },
  });
  const seed = count(values.seed, "seed", Date.now() % 1_000_000);
  const perRoute = count(values["per-route"], "per-route", 200);
  const persons = count(values.persons, "persons", 30);
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite" });
  try {
    await database.migrate();
    if (!(await isDatabaseEmpty(database)))
      throw new Error("the fuzz needs an empty database: it seeds its own");
    const { app, doc, callers, ids } = await openFuzzWorld(database, persons);
    const routes = sessionEndingLast(writeRoutes(doc));
    const cases = fuzzCases(doc, routes, callers, ids, seed, perRoute);
    const started = performance.now();
    const { problems, statuses } = await runFuzz(app, cases);
    await app.close();
    console.log(
      `seed ${seed}: ${cases.length} requests over ${routes.length} write routes and ${Object.keys(callers).length} callers in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    console.log(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    for (const p of problems) console.log(`\n${p.request}\n  ${p.problem}`);
    console.log(
      problems.length
        ? `\n${problems.length} answers break the rule`
        : "no 5xx, every refusal in the error shape",
    );
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
