import { dimensions, serviceCategoryCodes } from "@homecoming/reference";
import type { z } from "zod";
import { oneOf } from "./fields";

// Zod twins of the reference package's types, so request schemas can validate them; the inferred types are
// the same unions as @homecoming/reference's Dimension and ServiceCategoryCode.
export const Dimension = oneOf("dimension", dimensions).meta({ id: "Dimension" });
export type Dimension = z.infer<typeof Dimension>;

export const ServiceCategoryCode = oneOf("serviceCategory", serviceCategoryCodes).meta({
  id: "ServiceCategoryCode",
});
export type ServiceCategoryCode = z.infer<typeof ServiceCategoryCode>;

const dimensionByPrefix: Record<string, Dimension> = { econ: "economic", soc: "social", psy: "psychosocial" };

/** The dimension a taxonomy code belongs to, read from its prefix (econ., soc., psy.). */
export function dimensionOfCategory(code: ServiceCategoryCode): Dimension {
  const dimension = dimensionByPrefix[code.slice(0, code.indexOf("."))];
  if (!dimension) throw new RangeError(`service category ${code} has no known dimension prefix`);
  return dimension;
}
