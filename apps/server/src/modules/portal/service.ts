import { adminArea, searchAdminAreas } from "@homecoming/reference";
import type { z } from "zod";
import type { OpenCtx } from "../../http/context";
import { ServiceQuery } from "../directory/schemas";
import { searchServices } from "../directory/service";
import { listOrganisations } from "../organisations/service";
import type { PortalAreaQuery, PortalOrganisationQuery, PortalServiceQuery } from "./schemas";

/** Services in use whose name or description matches, best first: what anyone may know of the directory. */
export async function findServices(ctx: OpenCtx, query: z.infer<typeof PortalServiceQuery>) {
  // the directory's own search, best match first with text and by name without
  const page = await searchServices(
    ctx,
    ServiceQuery.parse({ ...(query.q ? { q: query.q } : {}), limit: query.limit }),
  );
  return page.items.map(({ id, name, organisationName, category }) => ({
    id,
    name,
    organisationName,
    category,
  }));
}

/** Organisations in use whose name holds the text. */
export async function findOrganisations(ctx: OpenCtx, query: z.infer<typeof PortalOrganisationQuery>) {
  const page = await listOrganisations(ctx, {
    ...(query.q ? { q: query.q } : {}),
    active: true,
    sort: { field: "name", direction: "asc" },
    limit: query.limit,
    offset: 0,
  });
  return page.items.map(({ id, name, country }) => ({ id, name, country }));
}

/** Districts whose name or p-code matches, each with its division or province, for a sender to say where they live. */
export function findDistricts(query: z.infer<typeof PortalAreaQuery>) {
  return searchAdminAreas(query.q ?? "", { level: 2, limit: query.limit }).map((area) => ({
    code: area.code,
    name: area.name,
    parentName: area.parent ? (adminArea(area.parent)?.name ?? null) : null,
    country: area.country,
  }));
}
