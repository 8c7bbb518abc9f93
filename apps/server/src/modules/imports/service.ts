import {
  cellText,
  conflict,
  forbidden,
  type ImportCell,
  type ImportColumnName,
  type ImportDecision,
  type ImportFormat,
  type ImportProblem,
  type ImportRowState,
  importRowLimit,
  importRowStates,
  judgeLink,
  type LinkageRecord,
  linkageKeys,
  linkageProbe,
  mapImportHeaders,
  notFound,
  PersonInput,
  phoneE164,
  readImportRow,
  validation,
} from "@homecoming/domain";
import type { ImportRowMatches } from "../../db/schema";
import type { Ctx } from "../../http/context";
import { inOwnOrganisation, ownOrganisationScope, visiblePersonIds } from "../access";
import { audit } from "../audit/service";
import { heldElsewhere, phoneCountry, possibleDuplicates, registerPerson } from "../persons/service";
import type { ImportRowsQuery } from "./schemas";
import { readSheet } from "./sheet";
import * as store from "./store";

/** A row of the file read: its line, its cells by column, and the registration it makes or its problems. */
type ReadRow = {
  line: number;
  cells: Record<string, string>;
  person: PersonInput | null;
  problems: ImportProblem[];
  record: LinkageRecord | null;
};

function readRows(
  ctx: Ctx,
  columns: (ImportColumnName | null)[],
  rows: { line: number; cells: ImportCell[] }[],
): ReadRow[] {
  return rows.map(({ line, cells }) => {
    const byColumn: Partial<Record<ImportColumnName, ImportCell>> = {};
    columns.forEach((column, i) => {
      if (column) byColumn[column] = cells[i];
    });
    const text = Object.fromEntries(
      Object.entries(byColumn)
        .map(([c, v]) => [c, cellText(v)])
        .filter(([, v]) => v !== undefined),
    );
    const { person, problems } = readImportRow(byColumn);
    if (!person) return { line, cells: text, person: null, problems, record: null };
    // a number that cannot be read is the row's problem here, rather than the commit's refusal later
    let phone: string | null = null;
    if (person.phone) {
      const verdict = phoneE164(person.phone, phoneCountry(ctx, person.adminAreaCode));
      if (!verdict.ok)
        return {
          line,
          cells: text,
          person: null,
          problems: [{ column: "phone", message: `phone cannot be read: ${verdict.reason}` }],
          record: null,
        };
      phone = verdict.e164;
    }
    const record: LinkageRecord = { ...person, phone, address: person.address ?? null };
    return { line, cells: text, person, problems: [], record };
  });
}

/** Candidates judged per row of the file, against the file's other rows. */
const inFileCandidates = 50;

/**
 * Pairs of rows of one file that may be the same returnee (the same person listed twice, or by two desks):
 * blocked as the registry is (a shared linkage key or identifier), judged by the same model.
 */
function judgeWithinFile(rows: ReadRow[], now: Date): Map<number, ImportRowMatches["inFile"]> {
  const valid = rows.filter((r) => r.record);
  const byKey = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  };
  valid.forEach((r, i) => {
    for (const k of linkageKeys(r.record!)) put(k, i);
    if (r.record!.phone) put(`tel:${r.record!.phone}`, i);
    if (r.record!.nationalId) put(`nid:${r.record!.nationalId}`, i);
    if (r.record!.passportNumber) put(`pp:${r.record!.passportNumber}`, i);
  });
  const pairs = new Set<string>();
  valid.forEach((r, i) => {
    const probe = linkageProbe(r.record!, now);
    const keys = [
      ...probe.precise,
      ...probe.broad,
      ...(probe.phone ? [`tel:${probe.phone}`] : []),
      ...probe.nationalIds.map((n) => `nid:${n}`),
      ...(probe.passportNumber ? [`pp:${probe.passportNumber}`] : []),
    ];
    let met = 0;
    for (const k of keys)
      for (const j of byKey.get(k) ?? []) {
        if (j === i || met >= inFileCandidates) continue;
        const pair = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (!pairs.has(pair)) met++;
        pairs.add(pair);
      }
  });
  const found = new Map<number, ImportRowMatches["inFile"]>();
  const add = (line: number, match: ImportRowMatches["inFile"][number]) =>
    found.set(line, [...(found.get(line) ?? []), match]);
  for (const pair of pairs) {
    const [i, j] = pair.split(":").map(Number) as [number, number];
    const [a, b] = [valid[i]!, valid[j]!];
    const verdict = judgeLink(a.record!, b.record!);
    if (!verdict.level) continue;
    add(a.line, { row: b.line, level: verdict.level, probability: verdict.probability });
    add(b.line, { row: a.line, level: verdict.level, probability: verdict.probability });
  }
  return found;
}

/**
 * Reads an uploaded file of registrations and checks every row: what is wrong with it, column by column;
 * earlier registrations it may be (the caller sees those it may see, and a count of the others); and other
 * rows of the file it may be. Nothing is registered until the import is committed.
 */
export async function createImport(
  ctx: Ctx,
  file: { fileName: string; format: ImportFormat; bytes: Buffer },
) {
  const sheet = await readSheet(file.format, file.bytes);
  const { columns, problems } = mapImportHeaders(sheet.headers);
  if (problems.length) throw validation("import.header_mismatch", { problems: problems.join("; ") }, "file");
  if (!sheet.rows.length) throw validation("import.no_rows", {}, "file");
  if (sheet.rows.length > importRowLimit)
    throw validation("import.too_many_rows", { rows: sheet.rows.length, limit: importRowLimit }, "file");
  const rows = readRows(ctx, columns, sheet.rows);
  const inFile = judgeWithinFile(rows, ctx.now);
  const stored = [];
  for (const r of rows) {
    const found = r.record ? await possibleDuplicates(ctx, r.record) : null;
    stored.push({
      row: r.line,
      cells: r.cells,
      person: r.person,
      problems: r.problems,
      matches: {
        registry: found?.possibleDuplicates ?? [],
        heldElsewhere: found?.heldElsewhere.count ?? 0,
        inFile: inFile.get(r.line) ?? [],
      },
    });
  }
  const created = await store.insertImport(
    ctx.tx,
    {
      organisationId: ctx.actor.organisationId,
      uploadedByUserId: ctx.actor.userId,
      fileName: file.fileName,
      format: file.format,
      status: "review",
      rowCount: rows.length,
      ignoredColumns: sheet.headers.filter((h, i) => h && !columns[i]),
      createdAt: ctx.now,
    },
    stored,
  );
  const shown = stored.flatMap((r) => r.matches.registry.map((m) => m.personId));
  await audit(ctx, {
    action: "create",
    recordType: "import",
    recordId: created.id,
    personIds: shown,
    details: {
      rows: rows.length,
      invalid: rows.filter((r) => !r.person).length,
      withMatches: stored.filter((r) => r.matches.registry.length || r.matches.inFile.length).length,
    },
  });
  return summaryOf(ctx, created);
}

async function summaryOf(ctx: Ctx, row: store.ImportRecord) {
  const states = await store.rowStates(ctx.tx, row.id);
  const counts = Object.fromEntries(importRowStates.map((s) => [s, 0])) as Record<ImportRowState, number>;
  for (const s of states) counts[s.state as ImportRowState] = s.n;
  return { ...row, counts };
}

/** An import the caller may see: its own organisation's (administrators: any); 404 otherwise. */
async function loadImport(ctx: Ctx, id: string, forUpdate = false) {
  const row = await store.getImport(ctx.tx, id, forUpdate);
  if (!row) throw notFound("import.not_found");
  if (!inOwnOrganisation(ctx, row.organisationId)) throw forbidden("import.other_organisation");
  return row;
}

/** An import the caller may change: under review, and uploaded by the caller's own organisation. */
async function loadOpenImport(ctx: Ctx, id: string) {
  const row = await loadImport(ctx, id, true);
  if (row.organisationId !== ctx.actor.organisationId) throw forbidden("import.uploader_decides");
  if (row.status === "committed") throw conflict("import.already_committed");
  if (row.status === "discarded") throw conflict("import.already_discarded");
  return row;
}

export async function listImports(ctx: Ctx, page: { limit: number; offset: number }) {
  const { items, total } = await store.listImports(
    ctx.tx,
    { organisationId: ownOrganisationScope(ctx) },
    page,
  );
  return { items: await Promise.all(items.map((i) => summaryOf(ctx, i))), total };
}

export async function getImport(ctx: Ctx, id: string) {
  return summaryOf(ctx, await loadImport(ctx, id));
}

/**
 * A page of an import's rows. A match found at upload is shown only while the caller may still see that
 * record (a consent withdrawn since hides it); the others are counted as held elsewhere.
 */
export async function importRows(ctx: Ctx, id: string, query: ImportRowsQuery) {
  await loadImport(ctx, id);
  const { items, total } = await store.listRows(ctx.tx, id, query.state, query);
  return { items: await viewRows(ctx, id, items), total };
}

/**
 * Rows as the caller reads them, audited. A match found at upload is shown only while the caller may still
 * see that record (a consent withdrawn since hides it); the others are counted as held elsewhere.
 */
async function viewRows(ctx: Ctx, id: string, items: { row: store.ImportRowRecord; state: string }[]) {
  const visible = await visiblePersonIds(
    ctx,
    items.flatMap((i) => i.row.matches.registry.map((m) => m.personId)),
  );
  const rows = items.map(({ row, state }) => {
    const registry = row.matches.registry.filter((m) => visible.has(m.personId));
    const hidden = row.matches.registry.length - registry.length + row.matches.heldElsewhere;
    return {
      row: row.row,
      state: state as ImportRowState,
      cells: row.cells,
      problems: row.problems,
      possibleDuplicates: registry,
      heldElsewhere: heldElsewhere(hidden),
      inFile: row.matches.inFile,
      decision: row.decision,
      personId: row.personId,
    };
  });
  await audit(ctx, {
    action: "list",
    recordType: "import",
    recordId: id,
    personIds: rows.flatMap((r) => [
      ...r.possibleDuplicates.map((m) => m.personId),
      ...(r.personId ? [r.personId] : []),
    ]),
  });
  return rows;
}

/**
 * What to do with a row at commit: register it as a new returnee, take it as an earlier registration it was
 * matched with (`existing`, naming that record), or leave it out.
 */
export async function decideRow(
  ctx: Ctx,
  id: string,
  line: number,
  body: { decision: ImportDecision; personId?: string | undefined },
) {
  await loadOpenImport(ctx, id);
  const found = await store.getRow(ctx.tx, id, line);
  if (!found) throw notFound("import.row_not_found");
  const { row } = found;
  if (row.problems.length && body.decision !== "skip")
    throw validation("import.row_has_problems", { line }, "decision");
  if (body.decision === "existing") {
    const match = row.matches.registry.find((m) => m.personId === body.personId);
    const visible = match ? await visiblePersonIds(ctx, [match.personId]) : new Set<string>();
    if (!match || !visible.has(match.personId)) throw validation("import.not_a_match", { line }, "personId");
  } else if (body.personId !== undefined) {
    throw validation("import.person_only_existing", {}, "personId");
  }
  await store.updateRow(ctx.tx, id, line, {
    decision: body.decision,
    decidedByUserId: ctx.actor.userId,
    personId: body.decision === "existing" ? body.personId! : null,
  });
  await store.touchImport(ctx.tx, id);
  await audit(ctx, {
    action: "update",
    recordType: "import",
    recordId: id,
    personIds: body.personId ? [body.personId] : [],
    details: { row: line, decision: body.decision },
  });
  const [view] = await viewRows(ctx, id, [(await store.getRow(ctx.tx, id, line))!]);
  return view!;
}

/**
 * Registers the import's rows, in one transaction: every valid row decided `register`, or undecided with no
 * likely match; a row decided `existing` points at that record; the rest are left out. Refused while a row
 * with a likely match waits for a decision. Each registration is a registration like one typed in the
 * workspace: checked for duplicates again (a record registered since the upload is met) and audited. The rows
 * keep no personal data once the import is closed.
 */
export async function commitImport(ctx: Ctx, id: string) {
  await loadOpenImport(ctx, id);
  const waiting = await store.listRows(ctx.tx, id, "to_decide", { limit: 10, offset: 0 });
  if (waiting.total)
    throw conflict("import.rows_to_decide", {
      rows: `${waiting.items.map((r) => r.row.row).join(", ")}${waiting.total > waiting.items.length ? " …" : ""}`,
      total: waiting.total,
    });
  const rows = await store.allRows(ctx.tx, id);
  const registered: string[] = [];
  let existing = 0;
  for (const r of rows) {
    if (r.problems.length || r.decision === "skip") continue;
    if (r.decision === "existing") {
      await store.updateRow(ctx.tx, id, r.row, { outcome: "existing" });
      existing++;
      continue;
    }
    const person = await registerPerson(ctx, PersonInput.parse(r.person));
    await store.updateRow(ctx.tx, id, r.row, { outcome: "registered", personId: person.id });
    registered.push(person.id);
  }
  return close(ctx, id, "committed", registered, { registered: registered.length, existing });
}

/** Drops an import under review: nothing is registered and its rows keep no personal data. */
export async function discardImport(ctx: Ctx, id: string) {
  await loadOpenImport(ctx, id);
  return close(ctx, id, "discarded", [], {});
}

async function close(
  ctx: Ctx,
  id: string,
  status: "committed" | "discarded",
  personIds: string[],
  details: Record<string, unknown>,
) {
  const closed = await store.closeImport(ctx.tx, id, {
    status,
    closedByUserId: ctx.actor.userId,
    closedAt: ctx.now,
  });
  await audit(ctx, {
    action: "close",
    recordType: "import",
    recordId: id,
    personIds,
    details: { status, ...details },
  });
  return summaryOf(ctx, closed);
}

export type ImportSummary = Awaited<ReturnType<typeof getImport>>;
