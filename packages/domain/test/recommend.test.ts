import { describe, expect, it } from "vitest";
import { distanceTo, type Offer, recommend } from "../src/recommend";

const home = { district: "BD3026", province: "BD30", country: "BD" };
const offer = (o: Partial<Offer> & Pick<Offer, "id">): Offer => ({
  type: "service",
  name: o.id,
  organisationName: "Org",
  category: "econ.vocational_training",
  verdict: "eligible",
  distance: "district",
  hasCapacity: true,
  ...o,
});

describe("recommendations", () => {
  it("measures how far an offer is from the returnee's home", () => {
    expect(distanceTo(["BD3026", "BD30"], home)).toBe("district");
    expect(distanceTo(["BD30"], home)).toBe("province");
    expect(distanceTo(["BD"], home)).toBe("country");
    expect(distanceTo(["PK"], home)).toBeNull();
  });

  it("ranks eligible before unknown, then the nearest, and leaves out what does not fit", () => {
    const [training] = recommend(
      [{ dimension: "economic", category: "econ.vocational_training", priority: "high", source: "needs" }],
      [
        offer({ id: "national-unknown", distance: "country", verdict: "unknown" }),
        offer({ id: "national", distance: "country" }),
        offer({ id: "local", distance: "district" }),
        offer({ id: "ruled-out", verdict: "not_eligible" }),
        offer({ id: "full", hasCapacity: false }),
        offer({ id: "elsewhere", distance: null }),
        offer({ id: "other-category", category: "econ.finance" }),
      ],
    );
    expect(training!.options.map((o) => o.id)).toEqual(["local", "national", "national-unknown"]);
    expect(training!.options[2]!.fit).toBe("eligibility not yet known, serves the returnee's country");
  });

  it("orders needs by priority, drops needs without one, and lists a category once", () => {
    const result = recommend(
      [
        { dimension: "economic", category: "econ.finance", priority: "low", source: "needs" },
        { dimension: "social", category: "soc.housing", priority: "none", source: "needs" },
        { dimension: "psychosocial", category: "psy.counselling", priority: "medium", source: "needs" },
        { dimension: "psychosocial", category: "psy.counselling", priority: "high", source: "vulnerability" },
      ],
      [],
    );
    expect(result.map((r) => [r.category, r.priority, r.source])).toEqual([
      ["psy.counselling", "high", "vulnerability"],
      ["econ.finance", "low", "needs"],
    ]);
  });
});
