import type ExcelJS from "exceljs";

/** exceljs is loaded when a workbook is first read or written, not with the server. */
export const newWorkbook = async (): Promise<ExcelJS.Workbook> =>
  new (await import("exceljs")).default.Workbook();
