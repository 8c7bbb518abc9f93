import { errorMessage, errorMessages } from "@homecoming/domain";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "./harness";
import { personPayload } from "./world";

/**
 * Every refusal names its message by a key of the domain's errorMessages, with the values the message names,
 * so that the screen can say it in the reader's language; the English message stays beside them.
 */

const { env, world, as } = await openWorld();
const { admin, caseDhaka } = as;
afterAll(() => env.close());

describe("a request that does not fit its schema", () => {
  it("answers the key of the zod issue with the field and the bound, keeping the schema's message", async () => {
    const res = await admin.post("/organisations", { name: "A", kind: "mrc", country: "BD" });
    expect({ status: res.statusCode, ...res.json() }).toEqual({
      status: 400,
      error: {
        code: "validation",
        message: "body.name: name must have at least 2 characters",
        field: "name",
        key: "validation.too_small.string",
        values: { field: "name", minimum: 2 },
      },
    });
  });

  it("tells a value that was not sent from one that is not among the choices", async () => {
    const { givenName: _, ...nameless } = personPayload();
    const missing = await caseDhaka.post("/persons", nameless);
    expect(missing.json().error).toMatchObject({
      field: "givenName",
      key: "validation.required",
      values: { field: "givenName" },
    });
    const kind = await admin.post("/organisations", { name: "Nowhere", kind: "club", country: "BD" });
    expect(kind.json().error).toMatchObject({ field: "kind", key: "validation.invalid_value" });
    expect(kind.json().error.values.options).toContain("mrc");
  });

  it("answers a schema's own check by the key it names", async () => {
    const res = await caseDhaka.post("/persons", personPayload({ birthYear: 1990 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: "birthYear",
      key: "person.birth_year_mismatch",
      message: "body.birthYear: birthYear must match the year of birthDate",
    });
  });
});

describe("a refusal of the domain", () => {
  it("answers a record not found by its key, the message being the key's English template", async () => {
    const res = await caseDhaka.get(`/cases/${crypto.randomUUID()}`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: "not_found", message: errorMessages["case.not_found"], key: "case.not_found" },
    });
  });

  it("answers a move the referral's state machine refuses with the action and the status as values", async () => {
    const person = await caseDhaka.post("/persons", personPayload({ nationalId: "KEYS-000001" }));
    const caseId = (await caseDhaka.post("/cases", { personId: person.json().id })).json().id;
    const referral = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "Wants to requalify as an electrician",
    });
    const id = referral.json().id;
    const resume = await caseDhaka.post(`/referrals/${id}/resume`, {});
    expect(resume.statusCode).toBe(409);
    expect(resume.json().error).toEqual({
      code: "invalid_transition",
      message: "Cannot resume a referral that is draft",
      key: "referral.cannot_move",
      values: { action: "resume", status: "draft" },
    });
    const complete = await caseDhaka.post(`/referrals/${id}/complete`, { outcome: "done" });
    expect(complete.statusCode).toBe(403);
    expect(complete.json().error).toMatchObject({
      key: "referral.receiver_only",
      values: { action: "complete" },
      message: "Only the receiving organisation may complete a referral",
    });

    // a conflict: a second open case of the same returnee with the same organisation
    const again = await caseDhaka.post("/cases", { personId: person.json().id });
    expect(again.statusCode).toBe(409);
    const { key, values, message } = again.json().error;
    expect(key).toBe("case.already_open_since");
    expect(values).toMatchObject({ caseId });
    expect(message).toBe(errorMessage("case.already_open_since", values));
  });
});
