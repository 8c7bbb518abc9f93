import { parseArgs } from "node:util";
import { loadConfig } from "./config";
import { demoAccountLines, isDatabaseEmpty, seedDemo } from "./seed/demo";
import { databaseFor, startServer } from "./server";

const usage = `Usage: homecoming <command> [options]

Commands:
  serve [--demo]        migrate, then serve the API (with --demo: seed the demo data into an empty database)
  migrate               apply pending migrations
  seed [--persons N]    seed the demo data into an empty database

Configuration (environment): PORT, HOST, DATABASE_URL, HOMECOMING_DATA_DIR, LOG_LEVEL`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: "boolean", default: false },
      persons: { type: "string" },
      help: { type: "boolean" },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  const config = loadConfig();
  const database = await databaseFor(config);
  const where = config.databaseUrl
    ? "PostgreSQL server (DATABASE_URL)"
    : `embedded database in ${config.dataDir}`;
  await database.migrate();

  switch (command) {
    case "migrate":
      console.log(`Migrations applied to the ${where}.`);
      await database.close();
      return;
    case "seed": {
      const persons = values.persons ? Number(values.persons) : undefined;
      if (persons !== undefined && !(Number.isInteger(persons) && persons >= 0)) {
        throw new Error("--persons must be a whole number");
      }
      if (!(await isDatabaseEmpty(database)))
        throw new Error("The database already holds data; the demo seed only fills an empty one.");
      await seedDemo(database, persons === undefined ? {} : { persons });
      console.log("Demo data seeded.");
      await database.close();
      return;
    }
    case "serve": {
      if (values.demo && (await isDatabaseEmpty(database))) {
        console.log(`Seeding the demo data into the ${where} (first start only)…`);
        await seedDemo(database);
      }
      const server = await startServer(config, database);
      const url = `http://${config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host}:${config.port}`;
      console.log(`\nHomecoming is running on ${url}  (API docs: ${url}/api/docs) using the ${where}.`);
      if (values.demo) {
        console.log(`\n${demoAccountLines().join("\n")}`);
      }
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return;
    }
    default:
      await database.close();
      throw new Error(`Unknown command "${command}".\n\n${usage}`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
