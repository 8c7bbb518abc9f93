import { describe, expect, it } from "vitest";
import { iscoGroup, iscoGroups, iscoMajorGroup, iscoSkillLevel, isIscoCode, searchIsco } from "../src";

describe("ISCO-08", () => {
  it("has every group of the four levels", () => {
    const count = (level: number) => iscoGroups.filter((group) => group.level === level).length;
    expect([count(1), count(2), count(3), count(4)]).toEqual([10, 43, 130, 436]);
    expect(iscoGroups).toHaveLength(619);
  });

  it("gives every group below the top a parent that exists one level up", () => {
    for (const group of iscoGroups) {
      expect(group.code).toHaveLength(group.level);
      if (group.level === 1) {
        expect(group.parent).toBeNull();
      } else {
        expect(iscoGroup(group.parent ?? "")?.level).toBe(group.level - 1);
      }
    }
  });

  it("looks up known codes at every level", () => {
    expect(iscoGroup("7411")?.title).toBe("Building and related electricians");
    expect(iscoGroup("8322")?.parent).toBe("832");
    expect(iscoGroup("7")?.title).toMatch(/craft/i);
    expect(iscoMajorGroup("7231")?.code).toBe("7");
  });

  it("rejects codes that are not ISCO-08 groups", () => {
    for (const code of ["", "10", "7419x", "74111", "X", " 7411", "1000"])
      expect(isIscoCode(code)).toBe(false);
    expect(iscoGroup("9999")).toBeUndefined();
    expect(iscoMajorGroup("99")).toBeUndefined();
  });

  it("derives the ILO skill level from the major group", () => {
    expect(iscoSkillLevel("1120")).toBe(4);
    expect(iscoSkillLevel("2211")).toBe(4);
    expect(iscoSkillLevel("3112")).toBe(3);
    expect(iscoSkillLevel("7411")).toBe(2);
    expect(iscoSkillLevel("8322")).toBe(2);
    expect(iscoSkillLevel("9112")).toBe(1);
    expect(iscoSkillLevel("0110")).toBe(4);
    expect(iscoSkillLevel("0210")).toBe(2);
    expect(iscoSkillLevel("0310")).toBe(1);
    expect(iscoSkillLevel("0")).toBeUndefined();
    expect(iscoSkillLevel("12345")).toBeUndefined();
  });

  it("finds groups by title words, unit groups first", () => {
    const electricians = searchIsco("electrician");
    expect(electricians.map((group) => group.code)).toContain("7411");
    expect(electricians[0]?.level).toBe(4);
    expect(searchIsco("Driver").map((group) => group.code)).toContain("8322");
    expect(searchIsco("car driv").map((group) => group.code)).toEqual(["8322", "832"]);
    expect(searchIsco("domestic cleaners")[0]?.code).toBe("9111");
  });

  it("finds groups by code prefix and honours level and limit", () => {
    expect(searchIsco("741").map((group) => group.code)).toEqual(["7411", "7412", "7413", "741"]);
    expect(searchIsco("7", { level: 1 }).map((group) => group.code)).toEqual(["7"]);
    expect(searchIsco("worker", { limit: 3 })).toHaveLength(3);
    expect(searchIsco("  ")).toEqual([]);
    expect(searchIsco("zzzz")).toEqual([]);
  });
});
