import { sustainabilitySurveyV1 } from "@homecoming/domain";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { personPayload } from "../../../test/world";

const { env, as } = await openWorld();
const { admin, caseDhaka, analyst } = as;
afterAll(() => env.close());

/** Version 1 with the debt question weighing double and a Bangla title. */
const edited = () => {
  const definition = structuredClone(sustainabilitySurveyV1);
  definition.title.bn = "পুনঃএকীকরণ স্থায়িত্ব জরিপ";
  definition.dimensions[0]!.indicators.find((i) => i.code === "debt_burden")!.weight = 2;
  return definition;
};

async function openCase() {
  const person = await caseDhaka.post("/persons", personPayload({ nationalId: `SURVEY-${Date.now()}` }));
  const opened = await caseDhaka.post("/cases", { personId: person.json().id });
  return opened.json().id as string;
}

describe("the sustainability survey's versions", () => {
  it("start with the first version, readable by any signed-in user", async () => {
    const res = await analyst.get("/surveys/sustainability");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, createdByUserId: null });
    expect(res.json().definition).toEqual(sustainabilitySurveyV1);
  });

  it("refuses an edit that breaks the survey, naming the field, and keeps version 1 in use", async () => {
    const broken = edited();
    broken.dimensions[1]!.indicators[0]!.options[0]!.score = 1.4;
    const res = await admin.post("/surveys/sustainability/versions", { basedOn: 1, definition: broken });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("definition.dimensions.1.indicators.0.options.0.score");
    expect(res.json().error.message).toContain("score must be between 0 and 1");
    expect((await admin.get("/surveys/sustainability")).json().version).toBe(1);
  });

  it("lets only administrators save a version", async () => {
    const res = await caseDhaka.post("/surveys/sustainability/versions", {
      basedOn: 1,
      definition: edited(),
    });
    expect(res.statusCode).toBe(403);
  });

  it("scores each survey with the version in use and keeps that version with it", async () => {
    const caseId = await openCase();
    const answers = { income_sufficiency: "fully", debt_burden: "over_half" };
    const before = await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "sustainability_survey",
      answers,
    });
    // version 1: (1 + 0) / 2
    expect(before.json().scores).toMatchObject({ version: 1, dimensions: { economic: 0.5 } });

    const saved = await admin.post("/surveys/sustainability/versions", {
      basedOn: 1,
      definition: edited(),
      note: "Debt weighs double",
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ version: 2, note: "Debt weighs double" });
    expect((await caseDhaka.get("/surveys/sustainability")).json().version).toBe(2);

    const after = await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "sustainability_survey",
      answers,
    });
    // version 2: (1 + 2 * 0) / 3
    expect(after.json()).toMatchObject({
      surveyVersion: 2,
      scores: { version: 2, dimensions: { economic: 0.333 } },
    });
    const kept = (await caseDhaka.get(`/cases/${caseId}/assessments`)).json().items;
    expect(kept.map((a: { surveyVersion: number }) => a.surveyVersion).sort()).toEqual([1, 2]);
    expect(
      kept.find((a: { surveyVersion: number }) => a.surveyVersion === 1).scores.dimensions.economic,
    ).toBe(0.5);

    const versions = (await caseDhaka.get("/surveys/sustainability/versions")).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = await caseDhaka.get("/surveys/sustainability/versions/1");
    expect(first.json().definition).toEqual(sustainabilitySurveyV1);
  });

  it("refuses an edit of a version no longer in use (409), so that no edit overwrites another", async () => {
    const res = await admin.post("/surveys/sustainability/versions", { basedOn: 1, definition: edited() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      "The survey was changed to version 2 after version 1 was opened; reload it and edit again",
    );
    expect((await admin.get("/surveys/sustainability/versions")).json().total).toBe(2);
  });

  it("answers 404 for a version that does not exist and 400 for one that is not a number", async () => {
    expect((await admin.get("/surveys/sustainability/versions/9")).statusCode).toBe(404);
    const bad = await admin.get("/surveys/sustainability/versions/first");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("version");
  });
});
