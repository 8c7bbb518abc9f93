import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";
import { importCsv } from "../../../test/world";

const onImport = (c: ProbeContext) => ({ organisation: c.fx[c.set].mrc });
const importUrl = async (c: ProbeContext, tail = "") => `/imports/${await c.fx.freshImport(c.set)}${tail}`;
/** Decisions, commits and discards are the uploading organisation's alone: an administrator only reads. */
const uploaderOnly = (c: ProbeContext) => (c.caller === "admin" ? 403 : undefined);

accessMatrix("imports", {
  "GET /imports/template": { request: () => ({ url: "/imports/template?format=csv" }), facts: () => ({}) },
  "POST /imports": {
    request: (c) => ({
      url: "/imports?fileName=returnees.csv&format=csv",
      body: importCsv([c.fx.newPerson(c.set)]),
      contentType: "text/csv",
    }),
    facts: () => ({}),
  },
  "GET /imports": {
    request: () => ({ url: "/imports?limit=200" }),
    facts: onImport,
    listed: (body, c) =>
      (body as { items: { organisationId: string }[] }).items.some(
        (i) => i.organisationId === c.fx[c.set].mrc,
      ),
  },
  "GET /imports/:id": { request: async (c) => ({ url: await importUrl(c) }), facts: onImport },
  "GET /imports/:id/rows": { request: async (c) => ({ url: await importUrl(c, "/rows") }), facts: onImport },
  "PUT /imports/:id/rows/:row/decision": {
    request: async (c) => ({ url: await importUrl(c, "/rows/2/decision"), body: { decision: "skip" } }),
    facts: onImport,
    expect: uploaderOnly,
  },
  "POST /imports/:id/commit": {
    request: async (c) => ({ url: await importUrl(c, "/commit") }),
    facts: onImport,
    expect: uploaderOnly,
  },
  "POST /imports/:id/discard": {
    request: async (c) => ({ url: await importUrl(c, "/discard") }),
    facts: onImport,
    expect: uploaderOnly,
  },
});
