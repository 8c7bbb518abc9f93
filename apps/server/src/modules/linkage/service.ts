import {
  conflict,
  fullName,
  judgeLink,
  type LinkageReason,
  notFound,
  type PlainErrorKey,
  validation,
} from "@homecoming/domain";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { persons } from "../../db/schema";
import type { Ctx } from "../../http/context";
import { personVisibility, requireAdministrator, requirePersonLead } from "../access";
import { audit } from "../audit/service";
import { nameColumnsOf, profileKeys } from "../persons/rows";
import { linkageRecordOf, loadVisiblePerson, possibleDuplicates } from "../persons/service";
import type { PersonRow } from "../persons/store";
import { restartScan, type ScanState, scanState } from "./scan";
import * as store from "./store";

/** A record the caller may see and lead, that has not been merged into another. */
async function loadLedPerson(ctx: Ctx, id: string, refusal: PlainErrorKey) {
  const row = await loadVisiblePerson(ctx, id);
  await requirePersonLead(ctx, id, refusal);
  return row;
}

function refuseMerged(row: PersonRow) {
  if (row.mergedIntoId) throw conflict("linkage.merged", { name: fullName(row), into: row.mergedIntoId });
}

/** The possible duplicates of a stored returnee, as registration found them, less the pairs judged apart. */
export async function duplicatesOf(ctx: Ctx, personId: string) {
  const row = await loadLedPerson(ctx, personId, "linkage.lead_sees");
  refuseMerged(row);
  const { hidden: _held, ...found } = await possibleDuplicates(ctx, linkageRecordOf(row), personId);
  await audit(ctx, {
    action: "search",
    recordType: "person",
    recordId: personId,
    personId,
    personIds: found.possibleDuplicates.map((d) => d.personId),
    details: {
      duplicatesOf: personId,
      candidateIds: found.possibleDuplicates.map((d) => d.personId),
      heldElsewhere: found.heldElsewhere.count,
    },
  });
  return found;
}

/** Records that the two records are two people: the pair is not offered as a possible duplicate again. */
export async function markNotSame(
  ctx: Ctx,
  personId: string,
  body: { otherPersonId: string; note?: string },
) {
  if (body.otherPersonId === personId) throw validation("linkage.same_record", {}, "otherPersonId");
  await loadLedPerson(ctx, personId, "linkage.lead_judges");
  const other = await loadVisiblePerson(ctx, body.otherPersonId).catch(() => {
    throw validation("person.unknown", { id: body.otherPersonId }, "otherPersonId");
  });
  const verdict = await store.insertVerdict(ctx.tx, {
    personId,
    otherPersonId: other.id,
    note: body.note ?? null,
    decidedByUserId: ctx.actor.userId,
    decidedByOrganisationId: ctx.actor.organisationId,
    createdAt: ctx.now,
  });
  if (!verdict) throw conflict("linkage.already_apart");
  await audit(ctx, {
    action: "not_duplicate",
    recordType: "person",
    recordId: personId,
    personId,
    personIds: [other.id],
    details: { otherPersonId: other.id, verdictId: verdict.id },
  });
  return {
    id: verdict.id,
    personId,
    otherPersonId: other.id,
    note: verdict.note,
    createdAt: verdict.createdAt,
  };
}

/** Fields of the survivor a merge fills from the merged record, where the survivor has none. */
function fillsOf(survivor: PersonRow, merged: PersonRow) {
  const columns = ["nameNative", "nationalId", "passportNumber", "phone"] as const;
  const fills: Record<string, { before: unknown; after: unknown }> = {};
  for (const c of columns)
    if (!survivor[c] && merged[c]) fills[c] = { before: survivor[c], after: merged[c] };
  // a full date of birth for a survivor that knows only the year, when the years agree (or none is known)
  if (
    !survivor.birthDate &&
    merged.birthDate &&
    (!survivor.birthYear || survivor.birthYear === Number(merged.birthDate.slice(0, 4)))
  ) {
    fills.birthDate = { before: null, after: merged.birthDate };
    fills.birthYear = { before: survivor.birthYear, after: Number(merged.birthDate.slice(0, 4)) };
  } else if (!survivor.birthYear && merged.birthYear)
    fills.birthYear = { before: null, after: merged.birthYear };
  for (const k of profileKeys)
    if (survivor.profile[k] === undefined && merged.profile[k] !== undefined)
      fills[`profile.${k}`] = { before: undefined, after: merged.profile[k] };
  return fills;
}

/** The survivor's row with the fills applied (or taken back), and its name and linkage keys worked out again. */
async function writeSurvivor(ctx: Ctx, survivor: PersonRow, values: Record<string, unknown>) {
  const profile = { ...survivor.profile };
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (field.startsWith("profile.")) {
      const key = field.slice("profile.".length);
      if (value === undefined) delete profile[key];
      else profile[key] = value;
    } else columns[field] = value ?? null;
  }
  const next = { ...survivor, ...columns, profile } as PersonRow;
  await (ctx.tx as Db)
    .update(persons)
    .set({
      ...columns,
      profile,
      ...nameColumnsOf(next),
      version: sql`${persons.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(eq(persons.id, survivor.id));
}

async function loadPair(ctx: Ctx, survivorId: string, fromId: string) {
  if (fromId === survivorId) throw validation("linkage.into_itself", {}, "fromPersonId");
  const survivor = await loadLedPerson(ctx, survivorId, "linkage.lead_merges");
  const merged = await loadVisiblePerson(ctx, fromId).catch(() => {
    throw validation("person.unknown", { id: fromId }, "fromPersonId");
  });
  await requirePersonLead(ctx, fromId, "linkage.lead_merges");
  refuseMerged(survivor);
  refuseMerged(merged);
  return { survivor, merged };
}

/** What a merge of `fromId` into `survivorId` would do, for the screen to show before it happens. */
export async function mergePreview(ctx: Ctx, survivorId: string, fromId: string) {
  const { survivor, merged } = await loadPair(ctx, survivorId, fromId);
  const verdict = judgeLink(linkageRecordOf(survivor), linkageRecordOf(merged));
  const conflicts = (await store.sharedOpenCaseLeads(ctx.tx, survivorId, fromId)).map(
    (o) =>
      `Both records have an open case led by ${o.name}: close one of them (or hand it over) before merging`,
  );
  const notSame = await store.verdictOf(ctx.tx, survivorId, fromId);
  await audit(ctx, {
    action: "read",
    recordType: "person",
    recordId: survivorId,
    personId: survivorId,
    personIds: [fromId],
    details: { mergePreview: { fromPersonId: fromId } },
  });
  return {
    survivor: { id: survivor.id, displayName: fullName(survivor) },
    merged: { id: merged.id, displayName: fullName(merged) },
    level: verdict.level,
    probability: verdict.probability,
    reasonsFor: verdict.reasonsFor,
    reasonsAgainst: verdict.reasonsAgainst,
    moves: await store.countsOf(ctx.tx, fromId, survivorId),
    fills: Object.keys(fillsOf(survivor, merged)),
    markedNotSame: notSame !== undefined,
    conflicts,
  };
}

/**
 * Merges `fromId` into `survivorId`: every case, referral, consent, enrolment, stay abroad and record request
 * of the merged record moves to the survivor, the survivor's empty fields are filled from it, and the merged
 * record redirects to the survivor. Its audit trail is read with the survivor's. A verdict that the two were
 * different people is withdrawn. Refused while both have an open case with the same lead organisation.
 */
export async function mergePersons(
  ctx: Ctx,
  survivorId: string,
  body: { fromPersonId: string; note?: string },
) {
  const { survivor, merged } = await loadPair(ctx, survivorId, body.fromPersonId);
  const [shared] = await store.sharedOpenCaseLeads(ctx.tx, survivor.id, merged.id);
  if (shared) throw conflict("linkage.open_cases", { organisation: shared.name });
  const fills = fillsOf(survivor, merged);
  const moved = await store.moveRows(ctx.tx, merged.id, survivor.id);
  await writeSurvivor(ctx, survivor, Object.fromEntries(Object.entries(fills).map(([f, v]) => [f, v.after])));
  await store.setMergedInto(ctx.tx, merged.id, survivor.id, ctx.now);
  const verdict = await store.verdictOf(ctx.tx, survivor.id, merged.id);
  if (verdict) await store.withdrawVerdict(ctx.tx, verdict.id, ctx.now);
  const row = await store.insertMerge(ctx.tx, {
    survivorId: survivor.id,
    mergedId: merged.id,
    moved,
    filled: fills,
    note: body.note ?? null,
    mergedByUserId: ctx.actor.userId,
    mergedByOrganisationId: ctx.actor.organisationId,
    createdAt: ctx.now,
  });
  const counts = Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, v.length]));
  await audit(ctx, {
    action: "merge",
    recordType: "person",
    recordId: survivor.id,
    personId: survivor.id,
    personIds: [merged.id],
    details: {
      mergeId: row.id,
      mergedPersonId: merged.id,
      moved: counts,
      filled: Object.keys(fills),
      ...(verdict ? { withdrewVerdict: verdict.id } : {}),
    },
  });
  return toMerge(row, fullName(merged));
}

function toMerge(row: store.MergeRow, mergedName: string, organisationName?: string) {
  return {
    id: row.id,
    survivorId: row.survivorId,
    mergedId: row.mergedId,
    mergedName,
    moved: Object.fromEntries(Object.entries(row.moved).map(([k, v]) => [k, v.length])) as Record<
      keyof store.MergeRow["moved"],
      number
    >,
    filled: Object.keys(row.filled),
    note: row.note,
    mergedByUserId: row.mergedByUserId,
    mergedByOrganisationId: row.mergedByOrganisationId,
    ...(organisationName ? { mergedByOrganisationName: organisationName } : {}),
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
    undoReason: row.undoReason,
  };
}

/** The merges into a returnee's record, newest first, undone ones included. */
export async function mergesOf(ctx: Ctx, personId: string) {
  await loadVisiblePerson(ctx, personId);
  const rows = await store.mergesInto(ctx.tx, personId);
  await audit(ctx, { action: "list", recordType: "person_merge", recordId: personId, personId });
  return {
    items: rows.map((r) => toMerge(r.merge, fullName(r), r.organisationName)),
    total: rows.length,
  };
}

/**
 * Takes a merge back (administrators): what it moved and still sits with the survivor goes back to the merged
 * record, the fields it filled are emptied again where nobody changed them since, and the merged record
 * stands on its own again. What was added to the survivor after the merge stays with the survivor.
 */
export async function undoMerge(ctx: Ctx, mergeId: string, reason: string) {
  requireAdministrator(ctx, "linkage.admin_undoes");
  const merge = await store.getMerge(ctx.tx, mergeId);
  if (!merge) throw notFound("linkage.merge_not_found");
  if (merge.undoneAt) throw conflict("linkage.already_undone");
  const [survivor] = await ctx.tx.select().from(persons).where(eq(persons.id, merge.survivorId));
  const [merged] = await ctx.tx.select().from(persons).where(eq(persons.id, merge.mergedId));
  if (!survivor || !merged) throw notFound("person.not_found");
  if (merged.mergedIntoId !== survivor.id) throw conflict("linkage.no_longer_redirects");
  if (survivor.mergedIntoId) throw conflict("linkage.survivor_merged", { into: survivor.mergedIntoId });
  const marked = await store.markUndone(ctx.tx, merge.id, ctx.now, ctx.actor.userId, reason);
  if (!marked) throw conflict("linkage.already_undone");
  await store.moveBack(ctx.tx, merge.moved, survivor.id, merged.id);
  // a filled field goes back only where it still holds what the merge put there
  const restored: Record<string, unknown> = {};
  for (const [field, { before, after }] of Object.entries(
    merge.filled as Record<string, { before: unknown; after: unknown }>,
  )) {
    const now = field.startsWith("profile.")
      ? survivor.profile[field.slice("profile.".length)]
      : survivor[field as keyof PersonRow];
    if (JSON.stringify(now) === JSON.stringify(after)) restored[field] = before;
  }
  await writeSurvivor(ctx, survivor, restored);
  await store.setMergedInto(ctx.tx, merged.id, null, ctx.now);
  await audit(ctx, {
    action: "unmerge",
    recordType: "person",
    recordId: survivor.id,
    personId: survivor.id,
    personIds: [merged.id],
    details: { mergeId: merge.id, mergedPersonId: merged.id, restoredFields: Object.keys(restored) },
  });
  return toMerge(marked, fullName(merged));
}

/**
 * The review queue of the registry scan: pairs of records the caller may both see, most probable first, each
 * with both records side by side; and where the scan stands.
 */
export async function reviewQueue(
  ctx: Ctx,
  query: { level?: "likely" | "possible" | undefined; limit: number; offset: number },
) {
  const { rows, total } = await store.reviewQueue(ctx.tx, {
    ...query,
    visible: (column) => personVisibility(ctx, column),
  });
  const items = rows.map(({ candidate, a, b }) => ({
    id: candidate.id,
    level: candidate.level,
    probability: candidate.probability,
    reasonsFor: candidate.reasons.for as LinkageReason[],
    reasonsAgainst: candidate.reasons.against as LinkageReason[],
    foundAt: candidate.foundAt,
    records: [a, b].map((r) => ({ ...r, displayName: fullName(r) })),
  }));
  await audit(ctx, {
    action: "list",
    recordType: "person_link_candidate",
    recordId: null,
    personIds: rows.flatMap((r) => [r.a.id, r.b.id]),
    details: { level: query.level ?? null, shown: items.length },
  });
  return { items, total, scan: toScan(await scanState(ctx.tx)) };
}

function toScan(state: ScanState | undefined) {
  return state
    ? {
        parametersVersion: state.parametersVersion,
        personsRead: state.personsRead,
        pairsFound: state.pairsFound,
        startedAt: state.startedAt,
        finishedAt: state.finishedAt,
      }
    : null;
}

/** Starts the registry scan over (administrators); the background job works through it. */
export async function rescan(ctx: Ctx) {
  requireAdministrator(ctx, "linkage.admin_scans");
  const state = await restartScan(ctx.tx, ctx.now, ctx.actor.userId);
  await audit(ctx, {
    action: "create",
    recordType: "linkage_scan",
    recordId: null,
    details: { parametersVersion: state.parametersVersion },
  });
  return toScan(state)!;
}
