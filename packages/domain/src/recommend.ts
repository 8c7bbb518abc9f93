import { z } from "zod";
import type { NeedPriority } from "./assessment-needs";
import type { Verdict } from "./eligibility-rule";
import type { Dimension, ServiceCategoryCode } from "./service-category";
import { distances } from "./values";

export const Distance = z.enum(distances).meta({ id: "Distance" });
export type Distance = z.infer<typeof Distance>;

/** The distance at which an offer covering `areaCodes` reaches a returnee, or null when it does not reach them. */
export function distanceTo(
  areaCodes: readonly string[],
  home: { district: string | null; province: string | null; country: string | null },
): Distance | null {
  if (home.district && areaCodes.includes(home.district)) return "district";
  if (home.province && areaCodes.includes(home.province)) return "province";
  if (home.country && areaCodes.includes(home.country)) return "country";
  return null;
}

export interface Offer {
  type: "programme" | "service";
  id: string;
  name: string;
  organisationName: string;
  category: ServiceCategoryCode;
  verdict: Verdict;
  distance: Distance | null;
  hasCapacity: boolean;
}

/** Whether an offer can be recommended at all: it reaches the returnee and its rule does not rule them out. */
export const mayRecommend = (o: Pick<Offer, "distance" | "verdict">) =>
  o.distance !== null && o.verdict !== "not_eligible";

export interface Need {
  dimension: Dimension;
  category: ServiceCategoryCode;
  priority: NeedPriority;
  /** From the needs assessment, or a vulnerability flag that calls for a referral. */
  source: "needs" | "vulnerability";
}

export interface RankedOffer extends Offer {
  /** Why it ranks where it does, in plain words. */
  fit: string;
}

export interface Recommendation extends Need {
  options: RankedOffer[];
}

const priorityRank: Record<NeedPriority, number> = { high: 3, medium: 2, low: 1, none: 0 };
const distanceRank: Record<Distance, number> = { district: 0, province: 1, country: 2 };

/**
 * For each assessed need, the offers in a category that answers it that reach the returnee, have room and
 * do not rule them out: those they are eligible for before those whose verdict waits on unknown facts, then
 * the nearest first. Needs come highest priority first; needs without a priority are left out.
 */
export function recommend(needs: readonly Need[], offers: readonly Offer[]): Recommendation[] {
  const seen = new Set<string>();
  return needs
    .filter((n) => n.priority !== "none")
    .sort(
      (a, b) => priorityRank[b.priority] - priorityRank[a.priority] || a.category.localeCompare(b.category),
    )
    .filter((n) => {
      // a category asked for twice (a need and a flag) is listed once, at its highest priority
      if (seen.has(n.category)) return false;
      seen.add(n.category);
      return true;
    })
    .map((need) => ({
      ...need,
      options: offers
        .filter((o) => o.category === need.category && o.hasCapacity && mayRecommend(o))
        .sort(
          (a, b) =>
            Number(b.verdict === "eligible") - Number(a.verdict === "eligible") ||
            distanceRank[a.distance!] - distanceRank[b.distance!] ||
            Number(a.type === "service") - Number(b.type === "service") ||
            a.name.localeCompare(b.name),
        )
        .map((o) => ({
          ...o,
          fit: `${o.verdict === "eligible" ? "eligible" : "eligibility not yet known"}, serves the returnee's ${o.distance}`,
        })),
    }));
}
