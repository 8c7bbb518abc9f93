// Registrations imported from a spreadsheet: the columns a file may have, how a header names one, and how a
// row of cells becomes a PersonInput or the list of what is wrong with it, column by column. Reading the file
// itself (CSV or XLSX) is the server's; this only sees cell values.
import { z } from "zod";
import { parseIsoDate } from "./dates";
import { PersonInput } from "./person";
import { type ImportColumnName, importColumns, importDecisions } from "./values";

/** A cell as read from the file: text, a number, a spreadsheet date, or nothing. */
export type ImportCell = string | number | Date | null | undefined;

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");
const byHeader = new Map<string, ImportColumnName>(importColumns.map((c) => [squash(c.name), c.name]));
// the names people give these columns in their own sheets
for (const [alias, name] of [
  ["firstname", "given_name"],
  ["givennames", "given_name"],
  ["surname", "family_name"],
  ["lastname", "family_name"],
  ["dateofbirth", "birth_date"],
  ["dob", "birth_date"],
  ["gender", "sex"],
  ["mobile", "phone"],
  ["phonenumber", "phone"],
  ["nid", "national_id"],
  ["passport", "passport_number"],
  ["pcode", "admin_area_code"],
  ["district", "admin_area_code"],
  ["country", "destination_country"],
  ["occupation", "occupation_isco"],
] as const)
  byHeader.set(alias, name);

/**
 * Which column each header of a file names (case, spaces and punctuation do not matter); a header naming no
 * column is ignored. Answers the mapping by position and the problems: a column given twice, a required
 * column missing.
 */
export function mapImportHeaders(headers: readonly string[]): {
  columns: (ImportColumnName | null)[];
  problems: string[];
} {
  const columns = headers.map((h) => byHeader.get(squash(h)) ?? null);
  const problems: string[] = [];
  const seen = new Set<ImportColumnName>();
  for (const c of columns) {
    if (!c) continue;
    if (seen.has(c)) problems.push(`the column ${c} is given twice`);
    seen.add(c);
  }
  for (const c of importColumns)
    if (c.required && !seen.has(c.name)) problems.push(`the column ${c.name} is missing`);
  if (!seen.has("birth_date") && !seen.has("birth_year"))
    problems.push("a birth_date or a birth_year column is needed");
  return { columns, problems };
}

/** A cell as the text it shows, trimmed (a date as YYYY-MM-DD); undefined when it is empty. */
export const cellText = (cell: ImportCell): string | undefined => {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  const s = String(cell).trim();
  return s === "" ? undefined : s;
};

const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date cell as YYYY-MM-DD: a spreadsheet date, an ISO date, or a date written day first as it is where
 * the returnees come from (31/03/1990, 31.3.1990). Anything else is kept as written, for the schema to refuse.
 */
function dateOf(cell: ImportCell): string | undefined {
  const s = cellText(cell);
  if (s === undefined) return undefined;
  const m = dayFirst.exec(s);
  if (!m) return s;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : s;
}

const sexWords: Record<string, string> = { f: "female", m: "male", o: "other" };

/** A whole number written as a number, or the text as written for the schema to refuse. */
const numberOf = (cell: ImportCell): number | string | undefined => {
  const s = cellText(cell);
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : s;
};

/** The problem of one cell, named by its column. */
export interface ImportProblem {
  column: ImportColumnName | null;
  message: string;
}

/** Which column a field of PersonInput comes from. */
const columnOfField: Record<string, ImportColumnName> = {
  givenName: "given_name",
  familyName: "family_name",
  nameNative: "name_native",
  birthDate: "birth_date",
  birthYear: "birth_year",
  sex: "sex",
  phone: "phone",
  nationalId: "national_id",
  passportNumber: "passport_number",
  adminAreaCode: "admin_area_code",
  address: "address",
  languages: "languages",
  destinationCountry: "destination_country",
  returnType: "return_type",
  startDate: "departure_date",
  endDate: "return_date",
  occupationIsco: "occupation_isco",
};

/**
 * One row of cells, by column, as a registration: the PersonInput, or every problem found, each naming its
 * column. The same schema as a registration typed in the workspace decides what is valid.
 */
export function readImportRow(
  cells: Partial<Record<ImportColumnName, ImportCell>>,
): { person: PersonInput; problems: [] } | { person: null; problems: ImportProblem[] } {
  const t = (c: ImportColumnName) => cellText(cells[c]);
  const sex = t("sex")?.toLowerCase();
  const languages = t("languages");
  const destination = t("destination_country");
  const returnType = t("return_type")?.toLowerCase();
  const hasEpisode = [
    destination,
    returnType,
    t("departure_date"),
    t("return_date"),
    t("occupation_isco"),
  ].some((v) => v !== undefined);
  const raw = {
    givenName: t("given_name"),
    familyName: t("family_name"),
    nameNative: t("name_native"),
    birthDate: dateOf(cells.birth_date),
    birthYear: numberOf(cells.birth_year),
    sex: sex ? (sexWords[sex] ?? sex) : undefined,
    phone: t("phone"),
    nationalId: t("national_id"),
    passportNumber: t("passport_number"),
    adminAreaCode: t("admin_area_code"),
    address: t("address"),
    languages: languages
      ?.split(/[,;\s]+/)
      .filter(Boolean)
      .map((l) => l.toLowerCase()),
    migrationEpisodes: hasEpisode
      ? [
          {
            destinationCountry: destination,
            returnType,
            startDate: dateOf(cells.departure_date),
            endDate: dateOf(cells.return_date),
            occupationIsco: t("occupation_isco"),
          },
        ]
      : [],
  };
  const parsed = PersonInput.safeParse(raw);
  if (parsed.success) return { person: parsed.data, problems: [] };
  return { person: null, problems: problemsOf(parsed.error) };
}

function problemsOf(error: z.ZodError): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const issue of error.issues) {
    const field = [...issue.path].reverse().find((p) => typeof p === "string" && p in columnOfField);
    const column = field ? columnOfField[field as string]! : null;
    const message = issue.message;
    const key = `${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ column, message });
  }
  return problems;
}

export const ImportDecision = z
  .enum(importDecisions, { error: "decision must be register, existing or skip" })
  .meta({ id: "ImportDecision" });
export type ImportDecision = z.infer<typeof ImportDecision>;
