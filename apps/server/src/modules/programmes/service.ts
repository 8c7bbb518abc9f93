import {
  dimensionOfCategory,
  notFound,
  type ProgrammeInput,
  type ProgrammeKind,
  type ProgrammePatch,
  type ServiceCategoryCode,
  staleVersion,
  toIsoDate,
  validation,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import type { Sort } from "../../http/schemas";
import { audit } from "../audit/service";
import { requireOrganisation } from "../organisations/service";
import { recordRuleVersion, ruleVersionsOf } from "../rules/service";
import type { ProgrammeSortField } from "./schemas";
import * as store from "./store";

const _today = (ctx: { now: Date }) => toIsoDate(ctx.now);

function toProgramme(row: store.ProgrammeRow, ownerName: string, taken: number) {
  return { ...row, ownerOrganisationName: ownerName, placesTaken: taken };
}

// ---- programmes and their rules ------------------------------------------------------------------------

export async function createProgramme(ctx: Ctx, input: ProgrammeInput) {
  const ownerId = input.ownerOrganisationId ?? ctx.actor.organisationId;
  const owner = await requireOrganisation(ctx, ownerId, "ownerOrganisationId");
  const { ownerOrganisationId: _o, ...fields } = input;
  const row = await store.insertProgramme(ctx.tx, {
    ...fields,
    ownerOrganisationId: ownerId,
    dimension: dimensionOfCategory(input.category),
    ruleVersion: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await recordRuleVersion(ctx, "programme", row.id, 1, row.eligibilityRule);
  await audit(ctx, {
    action: "create",
    recordType: "programme",
    recordId: row.id,
    details: { ruleVersion: 1 },
  });
  return toProgramme(row, owner.name, 0);
}

export async function getProgramme(ctx: Ctx, id: string) {
  const row = await store.getProgramme(ctx.tx, id);
  if (!row) throw notFound("programme.not_found");
  const [withOwner] = await store.programmesByIds(ctx.tx, [id]);
  const taken = await store.placesTaken(ctx.tx, [id]);
  return toProgramme(row, withOwner!.ownerName, taken.get(id) ?? 0);
}

export async function listProgrammes(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    kind?: ProgrammeKind | undefined;
    category?: ServiceCategoryCode | undefined;
    ownerOrganisationId?: string | undefined;
    active?: boolean | undefined;
    sort: Sort<ProgrammeSortField>;
    limit: number;
    offset: number;
  },
) {
  const page = await store.listProgrammes(ctx.tx, query);
  const taken = await store.placesTaken(
    ctx.tx,
    page.items.map((i) => i.programme.id),
  );
  return {
    items: page.items.map((i) => toProgramme(i.programme, i.ownerName, taken.get(i.programme.id) ?? 0)),
    total: page.total,
  };
}

/**
 * Programmes open on `today` for the portal (of some categories, reaching some areas; or one by its id), with
 * their owner's name and the places taken. What anyone may know: no enrolment, no person.
 */
export async function openProgrammes(
  db: Db,
  filter: {
    categories?: readonly string[] | undefined;
    areas?: readonly string[] | undefined;
    today: string;
    id?: string;
  },
) {
  const rows = await store.openProgrammes(db, filter);
  const taken = await store.placesTaken(
    db,
    rows.map((r) => r.programme.id),
  );
  return rows.map((r) => toProgramme(r.programme, r.ownerName, taken.get(r.programme.id) ?? 0));
}

/** Changes a programme; a changed rule becomes a new version, kept with who changed it, and its reach is counted. */
export async function updateProgramme(ctx: Ctx, id: string, patch: ProgrammePatch) {
  const current = await store.getProgramme(ctx.tx, id, true);
  if (!current) throw notFound("programme.not_found");
  const { version, ...fields } = patch;
  if (current.version !== version) throw staleVersion();
  const opensOn = fields.opensOn === undefined ? current.opensOn : fields.opensOn;
  const closesOn = fields.closesOn === undefined ? current.closesOn : fields.closesOn;
  if (opensOn && closesOn && closesOn < opensOn) throw validation("programme.dates_order", {}, "closesOn");
  const ruleChanged =
    fields.eligibilityRule !== undefined &&
    JSON.stringify(fields.eligibilityRule) !== JSON.stringify(current.eligibilityRule);
  const ruleVersion = ruleChanged ? current.ruleVersion + 1 : current.ruleVersion;
  const updated = await store.updateProgramme(ctx.tx, id, version, {
    ...fields,
    ...(fields.category ? { dimension: dimensionOfCategory(fields.category) } : {}),
    ruleVersion,
    updatedAt: ctx.now,
  });
  if (!updated) throw staleVersion();
  if (ruleChanged) await recordRuleVersion(ctx, "programme", id, ruleVersion, fields.eligibilityRule);
  await audit(ctx, {
    action: "update",
    recordType: "programme",
    recordId: id,
    details: { fields: Object.keys(fields), ...(ruleChanged ? { ruleVersion } : {}) },
  });
  return getProgramme(ctx, id);
}

export async function ruleVersions(ctx: Ctx, programmeId: string) {
  await getProgramme(ctx, programmeId);
  const items = await ruleVersionsOf(ctx, "programme", programmeId);
  return { items, total: items.length };
}

export type { CatalogueProgramme } from "./store";

/** The open programmes with their rules, for the offer catalogue of eligibility. */
export const programmesForCatalogue = (db: Db) => store.activeProgrammes(db);
/** The places held in each programme with a capacity, for the offer catalogue of eligibility. */
export const heldPlaces = (db: Db) => store.programmePlaces(db);
