import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AssessmentInput,
  type FixedAssessmentInput,
  isRestrictedKind,
  redactAssessment,
  restrictedAnswerPaths,
  scoreAssessment,
  sharedScores,
} from "../src/assessment";
import { type NeedsAnswers, scoreNeeds } from "../src/assessment-needs";
import { PsychosocialAnswers, scorePsychosocial } from "../src/assessment-psychosocial";
import {
  flagsAwaitingReferral,
  scoreVulnerability,
  VulnerabilityAnswers,
} from "../src/assessment-vulnerability";
import { employmentStatuses, noNeeds, vulnerabilityQuestions } from "../src/values";

const settled: NeedsAnswers = noNeeds;

describe("scoreNeeds", () => {
  it("finds no need for a settled returnee", () => {
    const none = { score: 0, priority: "none", needs: [] };
    expect(scoreNeeds(settled)).toEqual({ economic: none, social: none, psychosocial: none });
  });

  it("scores the worst answers at 100 in every dimension", () => {
    const worst: NeedsAnswers = {
      economic: {
        ...settled.economic,
        employmentStatus: "unemployed_seeking",
        incomeSufficient: false,
        hasDebt: true,
        debtPressure: 3,
      },
      social: {
        housingSecure: false,
        documentsMissing: true,
        healthNeed: 3,
        childrenOutOfSchool: true,
        legalIssue: true,
        socialProtectionNeeded: true,
        familyAcceptance: 3,
      },
      psychosocial: { distress: 3, isolation: 3, stigma: 3, wantsSupport: true },
    };
    const scores = scoreNeeds(worst);
    expect([scores.economic.score, scores.social.score, scores.psychosocial.score]).toEqual([100, 100, 100]);
    expect(scores.psychosocial.priority).toBe("high");
  });

  it("scores a deported, indebted, jobless returnee who wants a business and suggests matching services", () => {
    const scores = scoreNeeds({
      economic: {
        employmentStatus: "unemployed_seeking",
        incomeSufficient: false,
        hasDebt: true,
        debtPressure: 2,
        wantsTraining: false,
        wantsJob: false,
        wantsBusiness: true,
        skillsRecognitionNeeded: true,
      },
      social: { ...settled.social, documentsMissing: true, familyAcceptance: 2 },
      psychosocial: { distress: 2, isolation: 1, stigma: 0, wantsSupport: false },
    });
    // economic: 30 + 25 + 15 + 2 × 10 = 90; social: 15 + 2 × 4 = 23; psychosocial: 2 × 15 + 8 = 38
    expect(scores.economic).toEqual({
      score: 90,
      priority: "high",
      needs: [
        "econ.job_counselling",
        "econ.skills_assessment",
        "econ.skills_recognition",
        "econ.entrepreneurship_training",
        "econ.business_support",
        "econ.finance",
        "econ.cash_for_work",
        "econ.investment_advice",
      ],
    });
    expect(scores.social).toEqual({ score: 23, priority: "low", needs: ["soc.documentation"] });
    expect(scores.psychosocial).toEqual({
      score: 38,
      priority: "medium",
      needs: ["psy.screening", "psy.counselling", "psy.family_support"],
    });
  });

  it("makes a wish for training a low-priority need even when nothing weighs", () => {
    const scores = scoreNeeds({ ...settled, economic: { ...settled.economic, wantsTraining: true } });
    expect(scores.economic).toEqual({ score: 0, priority: "low", needs: ["econ.vocational_training"] });
  });
});

describe("scoreVulnerability", () => {
  it("is low risk with nothing raised", () => {
    expect(scoreVulnerability(VulnerabilityAnswers.parse({}))).toEqual({
      score: 0,
      riskLevel: "low",
      flags: [],
    });
  });

  it("adds weights up to medium risk without forcing referrals", () => {
    const result = scoreVulnerability(VulnerabilityAnswers.parse({ forcedReturn: true, disability: true }));
    expect(result.score).toBe(20);
    expect(result.riskLevel).toBe("medium");
    expect(result.flags.map((f) => [f.code, f.requiresReferral])).toEqual([
      ["forced_return", false],
      ["disability", false],
    ]);
  });

  it("forces high risk and a referral for suicidal thoughts alone", () => {
    expect(scoreVulnerability(VulnerabilityAnswers.parse({ suicidalIdeation: true }))).toEqual({
      score: 40,
      riskLevel: "high",
      flags: [
        {
          code: "suicidal_ideation",
          label: "Thoughts of suicide",
          requiresReferral: true,
          categories: ["psy.mental_health", "psy.counselling"],
        },
      ],
    });
    expect(scoreVulnerability(VulnerabilityAnswers.parse({ threatsOrViolence: true })).riskLevel).toBe(
      "high",
    );
    expect(
      scoreVulnerability(VulnerabilityAnswers.parse({ victimOfTrafficking: true })).flags[0]?.categories,
    ).toContain("soc.legal_aid");
  });

  it("caps the score at 100", () => {
    const all = Object.fromEntries(Object.keys(VulnerabilityAnswers.shape).map((k) => [k, true]));
    expect(scoreVulnerability(VulnerabilityAnswers.parse(all)).score).toBe(100);
  });

  it("rejects answers it does not know, so a typo cannot hide a risk", () => {
    expect(VulnerabilityAnswers.safeParse({ suicidalIdeations: true }).success).toBe(false);
  });
});

describe("scorePsychosocial", () => {
  const k6 = (n: number[]) =>
    PsychosocialAnswers.parse({
      nervous: n[0],
      hopeless: n[1],
      restless: n[2],
      depressed: n[3],
      effort: n[4],
      worthless: n[5],
    });

  it.each([
    [[0, 0, 1, 0, 1, 2], 4, "low", false, []],
    [[1, 1, 1, 1, 1, 0], 5, "moderate", false, ["psy.counselling", "psy.peer_support"]],
    [[2, 2, 2, 2, 2, 2], 12, "moderate", false, ["psy.counselling", "psy.peer_support"]],
    [[3, 2, 2, 2, 2, 2], 13, "severe", true, ["psy.mental_health", "psy.counselling"]],
    [[4, 4, 4, 4, 4, 4], 24, "severe", true, ["psy.mental_health", "psy.counselling"]],
  ])("K6 %j totals %i: %s", (items, k6Total, level, requiresReferral, categories) => {
    expect(scorePsychosocial(k6(items))).toEqual({ k6Total, level, requiresReferral, categories });
  });

  it("rejects an item outside 0-4", () => {
    expect(
      PsychosocialAnswers.safeParse({ ...k6([0, 0, 0, 0, 0, 0]), hopeless: 5 }).error?.issues[0]?.message,
    ).toBe("hopeless must be at most 4");
  });
});

describe("AssessmentInput and scoreAssessment", () => {
  it("validates the answers of the kind given and dispatches to its scorer", () => {
    const input = AssessmentInput.parse({ kind: "vulnerability", answers: { pregnant: true } });
    expect(scoreAssessment(input as FixedAssessmentInput)).toMatchObject({ score: 10, riskLevel: "low" });
    expect(AssessmentInput.safeParse({ kind: "psychosocial", answers: { pregnant: true } }).success).toBe(
      false,
    );
  });

  it("takes a survey's answers as indicator: option, and names every kind when the kind is unknown", () => {
    expect(
      AssessmentInput.parse({ kind: "sustainability_survey", answers: { housing: "secure" } }).answers,
    ).toEqual({ housing: "secure" });
    expect(
      AssessmentInput.safeParse({ kind: "sustainability_survey", answers: { housing: 3 } }).success,
    ).toBe(false);
    expect(AssessmentInput.safeParse({ kind: "mood", answers: {} }).error?.issues[0]?.message).toBe(
      "kind must be one of: needs, vulnerability, psychosocial, sustainability_survey",
    );
  });
});

describe("restricted answers", () => {
  it("restricts psychosocial assessments as a whole", () => {
    expect(isRestrictedKind("psychosocial")).toBe(true);
    expect(isRestrictedKind("needs")).toBe(false);
    expect(
      redactAssessment({ id: "a1", kind: "psychosocial", answers: { nervous: 4 }, scores: { k6Total: 20 } }),
    ).toEqual({
      id: "a1",
      kind: "psychosocial",
      answers: null,
      scores: null,
      redacted: true,
    });
  });

  it("withholds health and psychosocial answers held in other kinds", () => {
    const needs = redactAssessment({ kind: "needs", answers: settled, scores: scoreNeeds(settled) });
    expect(needs.answers).toEqual({
      economic: settled.economic,
      social: { ...settled.social, healthNeed: undefined },
    });
    expect(needs.answers).not.toHaveProperty("social.healthNeed");
    expect(needs.scores).not.toHaveProperty("psychosocial");

    const answers = VulnerabilityAnswers.parse({ suicidalIdeation: true, forcedReturn: true });
    const vulnerability = redactAssessment({
      kind: "vulnerability",
      answers,
      scores: scoreVulnerability(answers),
    });
    expect(vulnerability.answers).not.toHaveProperty("suicidalIdeation");
    expect(vulnerability.answers).toHaveProperty("forcedReturn", true);
    // the risk level is worked out again without the restricted flag that forced it high
    expect(vulnerability.scores).toEqual(
      scoreVulnerability(VulnerabilityAnswers.parse({ forcedReturn: true })),
    );
    expect(vulnerability.redacted).toBe(true);
  });
});

// Answers of every kind, drawn at random; `restrictedOf` draws other values for the restricted fields only.
const scale = fc.integer({ min: 0, max: 3 });
const needsAnswers: fc.Arbitrary<NeedsAnswers> = fc
  .record({
    economic: fc.record({
      employmentStatus: fc.constantFrom(...employmentStatuses),
      incomeSufficient: fc.boolean(),
      hasDebt: fc.boolean(),
      debtPressure: scale,
      wantsTraining: fc.boolean(),
      wantsJob: fc.boolean(),
      wantsBusiness: fc.boolean(),
      skillsRecognitionNeeded: fc.boolean(),
    }),
    social: fc.record({
      housingSecure: fc.boolean(),
      documentsMissing: fc.boolean(),
      healthNeed: scale,
      childrenOutOfSchool: fc.boolean(),
      legalIssue: fc.boolean(),
      socialProtectionNeeded: fc.boolean(),
      familyAcceptance: scale,
    }),
    psychosocial: fc.record({ distress: scale, isolation: scale, stigma: scale, wantsSupport: fc.boolean() }),
  })
  .map((a) => ({
    ...a,
    economic: { ...a.economic, debtPressure: a.economic.hasDebt ? a.economic.debtPressure : 0 },
  }));
const vulnerabilityAnswers = fc.record(
  Object.fromEntries(vulnerabilityQuestions.map((q) => [q, fc.boolean()])) as Record<
    (typeof vulnerabilityQuestions)[number],
    fc.Arbitrary<boolean>
  >,
);

/** The same answers with the restricted fields (per `restrictedAnswerPaths`) taken from `other`. */
function withRestrictedOf(kind: "needs" | "vulnerability", answers: object, other: object): object {
  const copy = structuredClone(answers) as Record<string, Record<string, unknown>>;
  const from = other as Record<string, Record<string, unknown>>;
  for (const path of restrictedAnswerPaths[kind]) {
    const [head, leaf] = path.split(".") as [string, string | undefined];
    if (leaf === undefined) copy[head] = structuredClone(from[head]) as Record<string, unknown>;
    else copy[head] = { ...copy[head], [leaf]: from[head]?.[leaf] };
  }
  return copy;
}

describe("derived data follows its source", () => {
  // Every value the redacted view carries (answers, scores, priorities, needs, flags, risk) must be the same for
  // two returnees whose answers differ only in restricted fields: a new derived field that reads a restricted
  // answer fails this property without anyone listing it.
  for (const [kind, arbitrary] of [
    ["needs", needsAnswers],
    ["vulnerability", vulnerabilityAnswers],
  ] as const) {
    it(`shows the same ${kind} assessment whatever its restricted answers`, () => {
      fc.assert(
        fc.property(arbitrary, arbitrary, (a, b) => {
          const other = withRestrictedOf(kind, a, b);
          const view = (answers: object) =>
            redactAssessment({
              kind,
              answers,
              scores: scoreAssessment({ kind, answers } as FixedAssessmentInput),
            });
          expect(view(other)).toEqual(view(a));
        }),
        { seed: 20261204, numRuns: 300 },
      );
    });
  }

  it("keeps the scores that read no restricted answer as the lead organisation sees them", () => {
    fc.assert(
      fc.property(needsAnswers, (a) => {
        const full = scoreNeeds(a);
        const shared = sharedScores("needs", a) as Record<string, unknown>;
        expect(shared.economic).toEqual(full.economic);
        expect(Object.keys(shared).sort()).toEqual(["economic", "social"]);
      }),
      { seed: 20261204, numRuns: 100 },
    );
  });

  it("has no shared scores for a psychosocial screening or answers that no longer parse", () => {
    expect(sharedScores("psychosocial", { nervous: 4 })).toBeNull();
    expect(sharedScores("needs", { economic: "gone" })).toBeNull();
  });
});

describe("flags awaiting a referral", () => {
  const { flags } = scoreVulnerability(
    VulnerabilityAnswers.parse({ suicidalIdeation: true, victimOfTrafficking: true, disability: true }),
  );

  it("lists every flag that requires a referral while none was sent", () => {
    expect(flagsAwaitingReferral(flags, []).map((f) => f.code)).toEqual([
      "suicidal_ideation",
      "victim_of_trafficking",
    ]);
  });

  it("clears a flag once a referral in one of its categories went out, but not for a draft or a decline", () => {
    const awaiting = (status: string) =>
      flagsAwaitingReferral(flags, [{ category: "psy.mental_health", status }]).map((f) => f.code);
    expect(awaiting("sent")).not.toContain("suicidal_ideation");
    expect(awaiting("completed")).not.toContain("suicidal_ideation");
    expect(awaiting("draft")).toContain("suicidal_ideation");
    expect(awaiting("declined")).toContain("suicidal_ideation");
    expect(awaiting("sent")).toContain("victim_of_trafficking");
  });
});
