import { importColumns, importRowLimit } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { importCsv, personPayload } from "../../../test/world";
import { queryRows } from "../../db/client";

const { env, as } = await openWorld();
const { caseDhaka, caseErbil, admin } = as;
afterAll(() => env.close());

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Summary = {
  id: string;
  status: string;
  rowCount: number;
  counts: Record<string, number>;
  ignoredColumns: string[];
};
type Row = {
  row: number;
  state: string;
  cells: Record<string, string> | null;
  problems: { column: string | null; message: string }[];
  possibleDuplicates: { personId: string; level: string }[];
  heldElsewhere: { count: number };
  inFile: { row: number; level: string }[];
  decision: string | null;
  personId: string | null;
};

async function upload(csv: string | Buffer, format = "csv", by = caseDhaka) {
  return by.upload(
    `/imports?fileName=arrivals.${format}&format=${format}`,
    csv,
    format === "csv" ? "text/csv" : xlsxType,
  );
}

async function uploaded(csv: string | Buffer, format = "csv") {
  const res = await upload(csv, format);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Summary;
}

async function rowsOf(id: string, by = caseDhaka) {
  const res = await by.get(`/imports/${id}/rows?limit=200`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json().items as Row[]).map((r) => [r.row, r]));
}

const personCount = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from persons`))[0]!.n;

const given = [
  "Tanvir",
  "Shirin",
  "Habib",
  "Morjina",
  "Selim",
  "Parvin",
  "Jahangir",
  "Sufia",
  "Delwar",
  "Rokeya",
];
const family = ["Sarder", "Bhuiyan", "Mridha", "Howlader", "Gazi", "Matubbar", "Munshi", "Pramanik", "Dewan"];
let serial = 0;
/** A returnee nobody else in these tests resembles. */
const fresh = (overrides: Record<string, unknown> = {}) => {
  const n = ++serial;
  return personPayload({
    givenName: given[n % given.length],
    familyName: `${family[Math.floor(n / given.length) % family.length]} ${family[n % family.length]}`,
    nameNative: undefined,
    phone: `+88017188${String(n).padStart(5, "0")}`,
    nationalId: `IMP${String(n).padStart(7, "0")}`,
    birthDate: `19${50 + (n % 45)}-0${1 + (n % 9)}-1${n % 9}`,
    ...overrides,
  });
};

describe("the template", () => {
  it("lists every column, as CSV and as an XLSX workbook with a sheet that describes them", async () => {
    const csv = await caseDhaka.get("/imports/template?format=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.trim().split(/\r?\n/)[0]).toBe(importColumns.map((c) => c.name).join(","));

    const xlsx = await caseDhaka.get("/imports/template?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toContain("homecoming-returnees.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Returnees", "Columns"]);
    expect(book.worksheets[1]!.rowCount).toBe(importColumns.length + 1);
  });
});

describe("an import under review", () => {
  it("checks every row: problems by column, earlier registrations and rows of the same file it may be", async () => {
    const earlier = await caseDhaka.post(
      "/persons",
      fresh({
        givenName: "Mohammad",
        familyName: "Hossain Talukder",
        birthDate: "1984-02-07",
        phone: "+8801719990001",
      }),
    );
    expect(earlier.statusCode, earlier.body).toBe(201);
    const earlierId = earlier.json().id as string;
    const twice = fresh({ givenName: "Rasheda", familyName: "Khatun Molla", birthDate: "1991-08-21" });
    const csv = importCsv([
      fresh(),
      // the earlier registration, spelt another way and with the phone typed the local way
      fresh({
        givenName: "Md.",
        familyName: "Hossain Talukder",
        birthDate: "1984-02-07",
        phone: "01719990001",
        nationalId: undefined,
      }),
      fresh({ sex: "unknown", adminAreaCode: "XX99", birthDate: "1990-02-30" }),
      twice,
      { ...twice, familyName: "Khatoon Molla", phone: undefined, nationalId: undefined },
    ]);
    const before = await personCount();
    const summary = await uploaded(csv);
    expect(await personCount()).toBe(before);
    expect(summary).toMatchObject({ status: "review", rowCount: 5 });
    expect(summary.counts).toMatchObject({ ready: 1, to_decide: 3, invalid: 1 });

    const rows = await rowsOf(summary.id);
    expect(rows.get(2)).toMatchObject({ state: "ready", problems: [], inFile: [] });
    expect(rows.get(2)!.cells).toMatchObject({
      given_name: expect.any(String),
      phone: expect.any(String),
    });
    expect(rows.get(3)!.state).toBe("to_decide");
    expect(rows.get(3)!.possibleDuplicates).toEqual([
      expect.objectContaining({ personId: earlierId, level: "likely" }),
    ]);
    const problems = rows.get(4)!.problems;
    expect(problems.map((p) => p.column).sort()).toEqual(["admin_area_code", "birth_date", "sex"]);
    expect(problems.find((p) => p.column === "admin_area_code")!.message).toContain("p-code");
    expect(rows.get(5)!.inFile).toEqual([expect.objectContaining({ row: 6, level: "likely" })]);
    expect(rows.get(6)!.inFile).toEqual([expect.objectContaining({ row: 5, level: "likely" })]);

    // a likely match waits for a decision
    const early = await caseDhaka.post(`/imports/${summary.id}/commit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      message: "Rows with a likely match need a decision first: 3, 5, 6",
      key: "import.rows_to_decide",
      values: { rows: "3, 5, 6", total: 3 },
    });

    // bad decisions are refused and change nothing
    const invalid = await caseDhaka.put(`/imports/${summary.id}/rows/4/decision`, { decision: "register" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.message).toContain("Row 4 has problems");
    const stranger = await caseDhaka.put(`/imports/${summary.id}/rows/3/decision`, {
      decision: "existing",
      personId: rows.get(2)!.personId ?? "00000000-0000-4000-8000-000000000000",
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.field).toBe("personId");
    const noSuchRow = await caseDhaka.put(`/imports/${summary.id}/rows/99/decision`, { decision: "skip" });
    expect(noSuchRow.statusCode).toBe(404);
    const badDecision = await caseDhaka.put(`/imports/${summary.id}/rows/3/decision`, { decision: "merge" });
    expect(badDecision.statusCode).toBe(400);
    expect(badDecision.json().error.message).toContain("decision must be register, existing or skip");

    const existing = await caseDhaka.put(`/imports/${summary.id}/rows/3/decision`, {
      decision: "existing",
      personId: earlierId,
    });
    expect(existing.statusCode, existing.body).toBe(200);
    expect(existing.json()).toMatchObject({ state: "decided", decision: "existing", personId: earlierId });
    for (const [row, decision] of [
      [5, "register"],
      [6, "skip"],
    ] as const) {
      const res = await caseDhaka.put(`/imports/${summary.id}/rows/${row}/decision`, { decision });
      expect(res.statusCode, res.body).toBe(200);
    }

    // another organisation neither reads nor commits it
    expect((await caseErbil.get(`/imports/${summary.id}/rows`)).statusCode).toBe(403);
    expect((await caseErbil.post(`/imports/${summary.id}/commit`)).statusCode).toBe(403);
    expect((await admin.post(`/imports/${summary.id}/commit`)).statusCode).toBe(403);

    const committed = await caseDhaka.post(`/imports/${summary.id}/commit`);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ status: "committed" });
    expect(committed.json().counts).toMatchObject({ registered: 2, existing: 1, skipped: 1, invalid: 1 });
    expect(await personCount()).toBe(before + 2);

    const after = await rowsOf(summary.id);
    // the rows keep what became of them and no personal data
    for (const row of after.values()) expect(row.cells).toBeNull();
    expect(after.get(3)).toMatchObject({ state: "existing", personId: earlierId });
    const registered = after.get(5)!.personId!;
    const person = await caseDhaka.get(`/persons/${registered}`);
    expect(person.json()).toMatchObject({ givenName: "Rasheda", familyName: "Khatun Molla" });
    const [stored] = await queryRows<{ cells: number; persons: number }>(
      env.database.db,
      sql`select count(cells)::int as cells, count(person)::int as persons from import_rows where import_id = ${summary.id}`,
    );
    expect(stored).toEqual({ cells: 0, persons: 0 });

    // each registration is audited as one typed in the workspace
    const audit = await admin.get(`/audit?personId=${registered}`);
    expect((audit.json().items as { action: string }[]).map((e) => e.action)).toContain("create");

    // closed: no second commit, no decision, no discard
    expect((await caseDhaka.post(`/imports/${summary.id}/commit`)).statusCode).toBe(409);
    expect((await caseDhaka.post(`/imports/${summary.id}/discard`)).statusCode).toBe(409);
    expect(
      (await caseDhaka.put(`/imports/${summary.id}/rows/2/decision`, { decision: "skip" })).statusCode,
    ).toBe(409);
  });

  it("reads an XLSX workbook: date cells, numbers, header names of people's own sheets", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Arrivals");
    sheet.addRow(["First name", "Surname", "Date of birth", "Gender", "District", "Mobile", "Notes"]);
    sheet.addRow([
      "Kamal",
      "Sikdar Xq",
      new Date(Date.UTC(1979, 10, 3)),
      "M",
      "BD3026",
      "01711-234567",
      "night",
    ]);
    sheet.addRow(["Nasrin", "Akter Xq", "14/02/1993", "f", "BD3026", null, null]);
    const summary = await uploaded(Buffer.from(await book.xlsx.writeBuffer()), "xlsx");
    expect(summary.ignoredColumns).toEqual(["Notes"]);
    expect(summary.counts).toMatchObject({ ready: 2 });
    const rows = await rowsOf(summary.id);
    expect(rows.get(2)!.cells).toMatchObject({ birth_date: "1979-11-03", sex: "M" });
    const committed = await caseDhaka.post(`/imports/${summary.id}/commit`);
    expect(committed.statusCode, committed.body).toBe(200);
    const kamal = await caseDhaka.get(`/persons/${(await rowsOf(summary.id)).get(2)!.personId}`);
    expect(kamal.json()).toMatchObject({ birthDate: "1979-11-03", sex: "male", phone: "+8801711234567" });
    const nasrin = await caseDhaka.get(`/persons/${(await rowsOf(summary.id)).get(3)!.personId}`);
    expect(nasrin.json()).toMatchObject({ birthDate: "1993-02-14", sex: "female" });
  });

  it("discards: nothing is registered and the rows keep no personal data", async () => {
    const before = await personCount();
    const summary = await uploaded(importCsv([fresh(), fresh()]));
    const res = await caseDhaka.post(`/imports/${summary.id}/discard`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "discarded", counts: { skipped: 2 } });
    expect(await personCount()).toBe(before);
    for (const row of (await rowsOf(summary.id)).values()) expect(row.cells).toBeNull();
  });

  it("lists the organisation's own imports only", async () => {
    const own = await uploaded(importCsv([fresh()]));
    const dhaka = (await caseDhaka.get("/imports?limit=200")).json().items as Summary[];
    expect(dhaka.map((i) => i.id)).toContain(own.id);
    const erbil = (await caseErbil.get("/imports?limit=200")).json().items as Summary[];
    expect(erbil.map((i) => i.id)).not.toContain(own.id);
  });
});

describe("a file that cannot be imported", () => {
  const refused = async (body: string | Buffer, message: string | RegExp, format = "csv") => {
    const before = await personCount();
    const imports = (
      await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from imports`)
    )[0]!.n;
    const res = await upload(body, format);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(message);
    expect(await personCount()).toBe(before);
    const [after] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from imports`,
    );
    expect(after!.n).toBe(imports);
  };

  it("is refused with what is wrong, and leaves nothing behind", async () => {
    await refused("", /empty/);
    await refused(
      "given_name,family_name\nA,B",
      /the column sex is missing; the column admin_area_code is missing/,
    );
    await refused(
      "given_name,sex,admin_area_code,birth_year,sex\nA,male,BD3026,1990,male",
      /sex is given twice/,
    );
    await refused("given_name,sex,admin_area_code,birth_year\n", /no returnees/);
    await refused(Buffer.from([0x67, 0x69, 0xff, 0xfe, 0x0a]), /not UTF-8/);
    await refused("not a workbook", /not an XLSX workbook/, "xlsx");
    const many = importCsv(Array.from({ length: importRowLimit + 1 }, () => fresh()));
    await refused(many, new RegExp(`holds ${importRowLimit + 1} rows; at most ${importRowLimit}`));
  });

  it("names a wrong format or a missing file name", async () => {
    const res = await caseDhaka.upload("/imports?fileName=a.ods&format=ods", "x", "text/csv");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("format must be csv or xlsx");
    const nameless = await caseDhaka.upload("/imports?format=csv", "x", "text/csv");
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.message).toContain("fileName is required");
  });
});
