import { type ImportFormat, importContentTypes } from "@homecoming/domain/values";
import { answer, client, type QueryOf, type Schema } from "../../../api/client";

export { importColumns, importRowLimit, importRowStates } from "@homecoming/domain/values";
export type { ImportFormat };

export type ImportSummary = Schema<"ImportSummary">;
export type ImportRow = Schema<"ImportRow">;
export type ImportRowState = Schema<"ImportRowState">;
export type ImportDecision = Schema<"ImportDecision">;
export type ImportRowsQuery = QueryOf<"/api/v1/imports/{id}/rows", "get">;

const path = (id: string) => ({ params: { path: { id } } });

/** The format of a chosen file, by its name; null for one that is neither. */
export function formatOf(fileName: string): ImportFormat | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  return ext in importContentTypes ? (ext as ImportFormat) : null;
}

/** Where the template is downloaded from: a plain link, sent with the session cookie. */
export const templateUrl = (format: ImportFormat) => `/api/v1/imports/template?format=${format}`;

/** Uploads the file as it is; the server reads and checks every row. */
export const uploadImport = (file: File, format: ImportFormat) =>
  answer(
    client.POST("/api/v1/imports", {
      params: { query: { fileName: file.name, format } },
      body: file as never,
      bodySerializer: (body: unknown) => body as File,
      headers: { "content-type": importContentTypes[format] },
    }),
  );

export const fetchImports = (query: { limit: number; offset: number }) =>
  answer(client.GET("/api/v1/imports", { params: { query } }));
export const fetchImport = (id: string) => answer(client.GET("/api/v1/imports/{id}", path(id)));
export const fetchImportRows = (id: string, query: ImportRowsQuery) =>
  answer(client.GET("/api/v1/imports/{id}/rows", { params: { path: { id }, query } }));
export const decideRow = (id: string, row: number, body: { decision: ImportDecision; personId?: string }) =>
  answer(client.PUT("/api/v1/imports/{id}/rows/{row}/decision", { params: { path: { id, row } }, body }));
export const commitImport = (id: string) => answer(client.POST("/api/v1/imports/{id}/commit", path(id)));
export const discardImport = (id: string) => answer(client.POST("/api/v1/imports/{id}/discard", path(id)));
