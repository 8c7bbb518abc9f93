import type { ImportFormat, IndicatorDefinition } from "@homecoming/domain";
import { newWorkbook } from "../../http/workbook";
import type { computeIndicator } from "./service";

type Result = Awaited<ReturnType<typeof computeIndicator>>;

const hidden = {
  small_count: "hidden: fewer than five",
  complementary: "hidden: would give away a count of fewer than five",
} as const;

/**
 * An indicator's published table as a file: a row per cell with its keys (and the names of places,
 * organisations and branches), value, numerator, denominator and whether it is hidden; the same cells the
 * API answers, so the numbers are the same everywhere. An XLSX adds a sheet saying what the table is.
 */
export async function indicatorFile(result: Result, definition: IndicatorDefinition, format: ImportFormat) {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(definition.code.slice(0, 31));
  const named = result.by.filter((d) => result.labels[d]);
  sheet.columns = [
    ...result.by.map((d) => ({ header: d, key: d, width: 22 })),
    ...named.map((d) => ({ header: `${d} name`, key: `${d}Name`, width: 28 })),
    { header: "value", key: "value", width: 12 },
    { header: "numerator", key: "numerator", width: 12 },
    { header: "denominator", key: "denominator", width: 12 },
    { header: "status", key: "status", width: 48 },
  ];
  for (const cell of result.cells) {
    const row: Record<string, string | number | null> = {
      value: cell.value,
      numerator: cell.numerator,
      denominator: cell.denominator,
      status: cell.suppressed ? hidden[cell.suppressed] : "shown",
    };
    result.by.forEach((d, i) => {
      row[d] = cell.keys[i] ?? "all";
      if (named.includes(d)) row[`${d}Name`] = cell.keys[i] ? (result.labels[d]?.[cell.keys[i]!] ?? "") : "";
    });
    sheet.addRow(row);
  }
  if (format === "csv") return Buffer.from(await workbook.csv.writeBuffer());
  sheet.getRow(1).font = { bold: true };
  const about = workbook.addWorksheet("About");
  about.columns = [
    { key: "k", width: 22 },
    { key: "v", width: 100 },
  ];
  const lines: [string, string][] = [
    ["indicator", `${definition.name} (${definition.code})`],
    ["definition", definition.definition],
    ["unit", definition.unit],
    ["period", `${result.from} to ${result.to}`],
    ["split by", result.by.join(", ") || "none"],
    [
      "filters",
      Object.entries(result.filter)
        .map(([k, v]) => `${k} = ${v}`)
        .join("; ") || "none",
    ],
    ["scope", result.scope === "deployment" ? "the whole deployment" : "the organisation asking"],
    ["figures as of", result.refreshedAt ? result.refreshedAt.toISOString() : "not yet worked out"],
    ["source", definition.source],
    ["reference", definition.reference ?? ""],
    [
      "hidden values",
      "A count of one to four is hidden, and so is any count that would give one away; a percentage, mean or median shows only where the counts behind it do.",
    ],
  ];
  for (const [k, v] of lines) about.addRow({ k, v });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
