// Speed of an import of registrations through the API, against a database filled by bench/load.ts: an XLSX
// file of --rows returnees, half of them people already in the registry (the loader's own returnees, as the
// same generator makes them) and half new, uploaded (every row checked against the registry and the file),
// the rows with a likely match decided, then committed (every new row registered and checked again).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:import -- [--rows 1000]
//   npm run bench:import -- --data-dir .tmp/bench-data
import { parseArgs } from "node:util";
import { importColumns, type PersonInput } from "@homecoming/domain";
import ExcelJS from "exceljs";
import { generatePersons } from "../apps/server/src/seed/generator";
import { positiveInt } from "./db";
import { login, startServer, writeResults } from "./http";

/** The loader's seed: its returnees are the ones already registered. */
const loadedSeed = 1;
const newSeed = 7_331;

function cellsOf(p: PersonInput): Record<string, string | number | undefined> {
  const episode = p.migrationEpisodes[0];
  return {
    given_name: p.givenName,
    family_name: p.familyName,
    name_native: p.nameNative,
    birth_date: p.birthDate,
    birth_year: p.birthDate ? undefined : p.birthYear,
    sex: p.sex,
    phone: p.phone,
    national_id: p.nationalId,
    passport_number: p.passportNumber,
    admin_area_code: p.adminAreaCode,
    address: p.address,
    languages: p.languages?.join(","),
    destination_country: episode?.destinationCountry,
    return_type: episode?.returnType,
    departure_date: episode?.startDate,
    return_date: episode?.endDate,
    occupation_isco: episode?.occupationIsco,
  };
}

async function workbook(people: PersonInput[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Returnees");
  sheet.columns = importColumns.map((c) => ({ header: c.name, key: c.name }));
  for (const p of people) sheet.addRow(cellsOf(p));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function main() {
  const { values } = parseArgs({ options: { rows: { type: "string" }, "data-dir": { type: "string" } } });
  const rows = positiveInt(values.rows, "rows", 1000);
  const known = Math.floor(rows / 2);
  const people = [
    ...generatePersons(loadedSeed, known).map((g) => g.input),
    ...generatePersons(newSeed, rows - known).map((g) => g.input),
  ];
  const file = await workbook(people);
  const server = await startServer(values["data-dir"]);
  try {
    const client = await login(server.base, "case.dhaka@demo.homecoming");
    const call = async (method: string, path: string, body?: Buffer) => {
      const started = performance.now();
      const res = await fetch(`${server.base}${path}`, {
        method,
        headers: {
          cookie: client.cookie,
          ...(body
            ? { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
            : {}),
        },
        ...(body ? { body } : {}),
      });
      const json = (await res.json()) as Record<string, unknown>;
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return { json, ms: performance.now() - started };
    };
    console.log(`Importing ${rows} returnees (${known} already registered) into ${server.label}…`);
    const upload = await call("POST", "/imports?fileName=bench.xlsx&format=xlsx", file);
    const id = upload.json.id as string;
    const counts = upload.json.counts as Record<string, number>;
    let decided = 0;
    const decideStarted = performance.now();
    for (;;) {
      const page = await client.request("GET", `/imports/${id}/rows?state=to_decide&limit=200`);
      const items = (page.json as { items: { row: number }[] }).items;
      if (!items.length) break;
      for (const r of items) {
        const res = await client.request("PUT", `/imports/${id}/rows/${r.row}/decision`, {
          decision: "skip",
        });
        if (res.status !== 200) throw new Error(`decision on row ${r.row}: ${res.status}`);
        decided++;
      }
    }
    const decideMs = performance.now() - decideStarted;
    const commit = await call("POST", `/imports/${id}/commit`);
    const closed = commit.json.counts as Record<string, number>;
    const report = {
      date: new Date().toISOString(),
      database: server.label,
      rows,
      alreadyRegistered: known,
      countsAtUpload: counts,
      uploadSeconds: Math.round(upload.ms / 100) / 10,
      uploadMsPerRow: Math.round((upload.ms / rows) * 10) / 10,
      decisions: decided,
      decisionMsEach: decided ? Math.round((decideMs / decided) * 10) / 10 : 0,
      commitSeconds: Math.round(commit.ms / 100) / 10,
      registered: closed.registered ?? 0,
      commitMsPerRegistration: Math.round((commit.ms / Math.max(1, closed.registered ?? 0)) * 10) / 10,
    };
    console.log(
      [
        `Import of registrations — ${report.date}`,
        `database: ${server.label}`,
        `upload and check of ${rows} rows: ${report.uploadSeconds} s (${report.uploadMsPerRow} ms a row); found ${JSON.stringify(counts)}`,
        `${decided} decisions: ${report.decisionMsEach} ms each`,
        `commit: ${report.commitSeconds} s for ${report.registered} registrations (${report.commitMsPerRegistration} ms each)`,
      ].join("\n"),
    );
    console.log(`\nWritten to ${writeResults(report.date, `import-${rows}`, report)}`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
