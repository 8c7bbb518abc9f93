/** The same server, another database name. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creating and dropping databases needs a connection to a database that is not the one being cloned. */
export function adminUrl(url: string): string {
  return databaseUrlFor(url, "postgres");
}
