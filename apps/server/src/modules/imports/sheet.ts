import { type ImportCell, type ImportFormat, importColumns, validation } from "@homecoming/domain";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { newWorkbook } from "../../http/workbook";

/** A file's first sheet: its header row and the rows under it, empty rows left out, with each row's line. */
export interface Sheet {
  headers: string[];
  rows: { line: number; cells: ImportCell[] }[];
}

const isBlank = (cells: ImportCell[]) =>
  cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""));

/**
 * Reads a CSV (UTF-8, with or without a byte-order mark, comma or semicolon separated) or an XLSX workbook.
 * CSV cells stay text as written, so a phone number keeps its leading zero; an XLSX cell gives its value
 * (text, number or date). A file that cannot be read is refused with what went wrong.
 */
export async function readSheet(format: ImportFormat, bytes: Buffer): Promise<Sheet> {
  const lines = format === "csv" ? readCsv(bytes) : await readXlsx(bytes);
  const header = lines.find((l) => !isBlank(l.cells));
  if (!header) throw validation("import.empty_file", {}, "file");
  return {
    headers: header.cells.map((c) => (c === null || c === undefined ? "" : String(c).trim())),
    rows: lines.filter((l) => l.line > header.line && !isBlank(l.cells)),
  };
}

function readCsv(bytes: Buffer): { line: number; cells: ImportCell[] }[] {
  const text = bytes.toString("utf8");
  if (text.includes("\uFFFD")) throw validation("import.not_utf8", {}, "file");
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (err) {
    throw validation("import.csv_unreadable", { detail: (err as Error).message }, "file");
  }
}

/** A cell's value as the sheet shows it: formulas by their result, rich text as its text, links as theirs. */
function cellValue(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}

async function readXlsx(bytes: Buffer): Promise<{ line: number; cells: ImportCell[] }[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw validation("import.not_xlsx", {}, "file");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw validation("import.no_sheet", {}, "file");
  const lines: { line: number; cells: ImportCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: ImportCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    lines.push({ line, cells });
  });
  return lines;
}

/** The template to fill in: the header row and a row saying what each column holds. */
export async function importTemplate(format: ImportFormat): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet("Returnees");
  sheet.columns = importColumns.map((c) => ({ header: c.name, key: c.name, width: 18 }));
  if (format === "xlsx") {
    sheet.getRow(1).font = { bold: true };
    // every column as text, so that Excel keeps a phone number's leading zero
    for (const column of sheet.columns) column.numFmt = "@";
    const notes = workbook.addWorksheet("Columns");
    notes.columns = [
      { header: "column", key: "name", width: 22 },
      { header: "required", key: "required", width: 10 },
      { header: "what it holds", key: "description", width: 90 },
    ];
    for (const c of importColumns)
      notes.addRow({ name: c.name, required: c.required ? "yes" : "", description: c.description });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  return Buffer.from(await workbook.csv.writeBuffer());
}
