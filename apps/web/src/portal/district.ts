import type { Found } from "./draft";

// The district a returnee said they live in, kept in this browser: the service finder and the community ask
// again only when the returnee wants another.

const districtKey = "hc.portal.district";

/** The district chosen last in this browser. */
export function rememberedDistrict(): Found | undefined {
  try {
    return JSON.parse(localStorage.getItem(districtKey) ?? "null") ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDistrict(area: Found) {
  localStorage.setItem(districtKey, JSON.stringify(area));
}
