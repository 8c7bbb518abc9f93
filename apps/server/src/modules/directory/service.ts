import { notFound, type ServiceCategoryCode, staleVersion, wordsIn } from "@homecoming/domain";
import {
  adminArea,
  areasCovering,
  categoriesOf,
  countryName,
  type Dimension,
  isServiceCategory,
  serviceCategory,
} from "@homecoming/reference";
import type { z } from "zod";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import { requireOwnOrganisation, worksFor } from "../access";
import { audit } from "../audit/service";
import { requireOrganisation } from "../organisations/service";
import { recordRuleVersion } from "../rules/service";
import type { ServiceInput, ServicePatch, ServiceQuery } from "./schemas";
import * as store from "./store";

export type { CatalogueService } from "./store";

type Row = { service: store.ServiceRow; organisationName: string };

/** A service area or location area with its name: a country (level 0, nationwide) or an admin area. */
function namedArea(code: string) {
  const area = adminArea(code);
  if (!area) return { code, name: countryName(code) ?? code, level: 0, parentName: null };
  const parent = area.parent ? adminArea(area.parent) : undefined;
  return { code, name: area.name, level: area.level, parentName: parent?.name ?? null };
}

export function toService({ service, organisationName }: Row) {
  const codes = new Set([...service.serviceAreas, ...service.locations.map((l) => l.adminAreaCode)]);
  return {
    ...service,
    organisationName,
    dimension: serviceCategory(service.category)?.dimension ?? "economic",
    areas: [...codes].map(namedArea),
  };
}
export type ServiceView = ReturnType<typeof toService>;

export async function createService(ctx: Ctx, input: z.infer<typeof ServiceInput>) {
  requireOwnOrganisation(ctx, input.organisationId, "service.provider_adds");
  await requireOrganisation(ctx, input.organisationId, "organisationId");
  const id = await store.insertService(ctx.tx, { ...input, ruleVersion: 1 });
  if (input.eligibilityRule !== null) await recordRuleVersion(ctx, "service", id, 1, input.eligibilityRule);
  await audit(ctx, { action: "create", recordType: "service", recordId: id, details: { ruleVersion: 1 } });
  return getService(ctx, id);
}

export async function updateService(ctx: Ctx, id: string, change: z.infer<typeof ServicePatch>) {
  const current = await store.getService(ctx.tx, id);
  if (!current) throw notFound("service.not_found");
  requireOwnOrganisation(ctx, current.service.organisationId, "service.provider_changes");
  const { version, ...patch } = change;
  if (current.service.version !== version) throw staleVersion();
  // a changed rule is a new version, kept with who changed it
  const ruleChanged =
    patch.eligibilityRule !== undefined &&
    JSON.stringify(patch.eligibilityRule) !== JSON.stringify(current.service.eligibilityRule);
  const ruleVersion = ruleChanged ? current.service.ruleVersion + 1 : current.service.ruleVersion;
  if (!(await store.updateService(ctx.tx, id, version, { ...patch, ruleVersion }))) throw staleVersion();
  if (ruleChanged) await recordRuleVersion(ctx, "service", id, ruleVersion, patch.eligibilityRule ?? true);
  await audit(ctx, {
    action: "update",
    recordType: "service",
    recordId: id,
    details: { fields: Object.keys(patch), ...(ruleChanged ? { ruleVersion } : {}) },
  });
  return getService(ctx, id);
}

export async function getService(ctx: Ctx, id: string) {
  const row = await store.getService(ctx.tx, id);
  if (!row) throw notFound("service.not_found");
  return toService(row);
}

/** A service with what the caller may do to it: its own organisation's staff and administrators change it. */
export async function serviceDetail(ctx: Ctx, id: string) {
  const service = await getService(ctx, id);
  return { ...service, can: worksFor(ctx.actor, service.organisationId) ? ["update" as const] : [] };
}

export async function searchServices(ctx: { tx: Db }, query: z.infer<typeof ServiceQuery>) {
  const categories = query.category
    ? isServiceCategory(query.category)
      ? [query.category]
      : categoriesOf(query.category as Dimension).map((c) => c.code)
    : undefined;
  const page = await store.searchServices(ctx.tx, {
    ...query,
    categories,
    areas: query.area ? areasCovering(query.area) : undefined,
  });
  return { items: page.items.map(toService), total: page.total };
}

/** The name, category and organisation of each service, for referrals and notifications that name them. */
/**
 * Active services for the portal: of some categories (or all), reaching a place (its district, province or
 * country), matching words if given; best match first with words, else by name. Or one by its id.
 */
export async function activeServicesFor(
  db: Db,
  filter: {
    categories?: readonly ServiceCategoryCode[] | undefined;
    area?: string | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const page = await store.searchServices(db, {
    ...(filter.q ? { q: filter.q } : {}),
    ...(filter.categories ? { categories: [...filter.categories] } : {}),
    ...(filter.area ? { areas: areasCovering(filter.area) } : {}),
    includeInactive: false,
    sort: { field: filter.q ? "relevance" : "name", direction: "asc" },
    limit: filter.limit,
    offset: filter.offset,
  });
  return { items: page.items.map(toService), total: page.total };
}

/** An active service by its id, for the portal; undefined when there is none. */
export async function activeService(db: Db, id: string) {
  const row = await store.getService(db, id);
  return row?.service.active ? toService(row) : undefined;
}

/** Services' names in a language (where they have it, else as written), by id, for a returnee's own pages. */
export async function serviceNamesIn(db: Db, ids: string[], language: string) {
  const rows = await store.serviceWordsByIds(db, [...new Set(ids)]);
  return new Map(
    rows.map((row) => {
      const { words, translated } = wordsIn({ name: row.name }, row.translations, language);
      return [row.id, { name: words.name, translated }] as const;
    }),
  );
}

export async function serviceSummaries(ctx: Ctx, ids: string[]) {
  return store.serviceSummariesByIds(ctx.tx, ids);
}

/** Every active service with what eligibility needs: its rule, areas, capacity and organisation's name. */
/** Every active service with what a case's eligibility needs of it; `db` may be a transaction or the pool. */
export async function servicesForEligibility(db: Db) {
  return store.activeServicesForEligibility(db);
}

/** The places held now in services with a capacity, by service id. */
export const servicePlaces = (db: Db) => store.servicePlaces(db);

/** A service with its organisation's name, read on any connection (for a route open to anyone). */
export const serviceById = (db: Db, id: string) => store.getService(db, id);
