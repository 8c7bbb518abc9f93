/**
 * Converts the official source files in ../shared/data (relative to the repo root) into the compact JSON
 * committed in packages/reference/data. Run from anywhere: `npx tsx packages/reference/scripts/build.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(packageDir, "../..");
const sourceDir = resolve(repoRoot, "../shared/data");
const outDir = resolve(packageDir, "data");

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(resolve(sourceDir, file)), { columns: true, bom: true, trim: true });
}

// One record per line keeps the committed files small and their diffs readable.
function writeJson(file: string, rows: readonly object[]): void {
  const body = rows.map((row) => `  ${JSON.stringify(row)}`).join(",\n");
  writeFileSync(resolve(outDir, file), `[\n${body}\n]\n`);
  console.log(`${file}: ${rows.length} rows`);
}

function field(row: Row, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`missing column ${name}`);
  return value;
}

function buildIsco(): void {
  const groups = readCsv("isco08_groups_esco_en.csv").map((row) => {
    const code = field(row, "code");
    if (!/^\d{1,4}$/.test(code)) throw new Error(`unexpected ISCO code ${code}`);
    return {
      code,
      level: code.length,
      title: field(row, "preferredLabel"),
      parent: code.length > 1 ? code.slice(0, -1) : null,
    };
  });
  groups.sort((a, b) => a.code.localeCompare(b.code));
  writeJson("isco08.json", groups);
}

function buildIsic(): void {
  const entries: { code: string; title: string; level: "section" | "division"; section: string }[] = [];
  let section: string | undefined;
  for (const row of readCsv("isic_rev4_structure_en.txt")) {
    const code = field(row, "Code");
    const title = field(row, "Description");
    if (/^[A-Z]$/.test(code)) {
      section = code;
      entries.push({ code, title, level: "section", section });
    } else if (/^\d{2}$/.test(code)) {
      // The structure file lists each division right after its section, so the last section seen owns it.
      if (!section) throw new Error(`division ${code} before any section`);
      entries.push({ code, title, level: "division", section });
    }
  }
  writeJson("isic4.json", entries);
}

function buildIsced(): void {
  const ttl = readFileSync(resolve(sourceDir, "isced2011_levels.ttl"), "utf8");
  const levels = [...ttl.matchAll(/skos:prefLabel\s+"(\d) - ([^"]+)"@en/g)].map((m) => ({
    level: Number(m[1]),
    title: m[2]!.trim(),
  }));
  if (levels.length !== 10) throw new Error(`expected 10 ISCED levels, found ${levels.length}`);
  writeJson("isced2011.json", levels);
}

const countryOfLocation: Record<string, "BD" | "PK" | "IQ"> = { BGD: "BD", PAK: "PK", IRQ: "IQ" };

function buildAdminAreas(): void {
  const areas = readCsv("admin_areas_bgd_pak_irq.csv").map((row) => {
    const location = field(row, "Location");
    const country = countryOfLocation[location];
    if (!country) throw new Error(`unexpected location ${location}`);
    const level = Number(field(row, "Admin Level"));
    if (level !== 1 && level !== 2) throw new Error(`unexpected admin level ${level}`);
    return {
      code: field(row, "P-Code"),
      name: field(row, "Name"),
      level,
      // Level-1 rows name the country (BGD, PAK, IRQ) as their parent, which is not an admin area here.
      parent: level === 1 ? null : field(row, "Parent P-Code"),
      country,
      validFrom: field(row, "Valid from date"),
    };
  });
  writeJson("admin-areas.json", areas);
}

buildIsco();
buildIsic();
buildIsced();
buildAdminAreas();
