import { fields } from "@homecoming/domain";
import { isServiceCategory } from "@homecoming/reference";
import { z } from "zod";

const q = fields.text("q", { min: 0, max: 200 }).optional();
const limit = z.coerce.number().int().min(1).max(20).default(10);

export const PortalServiceQuery = z.object({ q, limit });
export const PortalService = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organisationName: z.string(),
    category: z.string().refine(isServiceCategory),
  })
  .meta({ id: "PortalService" });

export const PortalOrganisationQuery = z.object({ q, limit });
export const PortalOrganisation = z
  .object({ id: z.uuid(), name: z.string(), country: z.string() })
  .meta({ id: "PortalOrganisation" });

export const PortalAreaQuery = z.object({ q, limit });
export const PortalArea = z
  .object({ code: z.string(), name: z.string(), parentName: z.string().nullable(), country: z.string() })
  .meta({ id: "PortalArea" });
