import { z } from "zod";
import { organisationKinds, roles } from "./values";

export const OrganisationKind = z.enum(organisationKinds).meta({ id: "OrganisationKind" });
export type OrganisationKind = z.infer<typeof OrganisationKind>;
export const Role = z.enum(roles).meta({ id: "Role" });
export type Role = z.infer<typeof Role>;
