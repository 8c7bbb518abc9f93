import { answer, client, type Schema } from "./client";

export type IscoGroup = Schema<"IscoGroup">;
export type IsicEntry = Schema<"IsicEntry">;
export type AdminArea = Schema<"AdminArea">;
export type Country = Schema<"Country">;
export type IscedLevel = Schema<"IscedLevel">;
export type Language = Schema<"Language">;

export const searchIsco = (q: string) =>
  answer(client.GET("/api/v1/reference/isco", { params: { query: { q, limit: 15 } } }));
export const searchIsic = (q: string) =>
  answer(client.GET("/api/v1/reference/isic", { params: { query: { q, limit: 15 } } }));
export const searchAdminAreas = (q: string, level?: 1 | 2, limit = 15) =>
  answer(client.GET("/api/v1/reference/admin-areas", { params: { query: { q, level, limit } } }));
export const fetchCountries = (lang: string) =>
  answer(client.GET("/api/v1/reference/countries", { params: { query: { lang } } }));
export const fetchIsced = () => answer(client.GET("/api/v1/reference/isced"));
export const fetchLanguages = () => answer(client.GET("/api/v1/reference/languages"));
