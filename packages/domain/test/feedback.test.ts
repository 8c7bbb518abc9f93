import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerDueOn,
  answeredInTime,
  decideFeedbackMove,
  FeedbackInput,
  feedbackMovesFor,
  feedbackSideOf,
  normaliseReference,
  ReferenceText,
  referenceFrom,
  routeFeedback,
} from "../src/feedback";

const service = "3f7c1a52-5b1e-4a57-9a39-4c3b2f3f8d11";
const provider = "7b0e2d1c-2a61-4e39-8d0f-1a2b3c4d5e6f";
const mrc = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
const otherMrc = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

const message = "The training centre sent me away twice.";

describe("feedback input", () => {
  it("takes an anonymous grievance about a service and fills the defaults", () => {
    const f = FeedbackInput.parse({
      kind: "grievance",
      subject: "service",
      serviceId: service,
      message,
      anonymous: true,
    });
    expect(f).toMatchObject({ language: "en", channel: "online", anonymous: true });
    expect(f.name).toBeUndefined();
  });

  it.each([
    [
      { kind: "grievance", subject: "service", message, anonymous: true },
      "serviceId",
      "serviceId is required when the subject is a service",
    ],
    [
      { kind: "grievance", subject: "staff", message, anonymous: true },
      "organisationId",
      "organisationId is required when the subject is a member of staff",
    ],
    [
      { kind: "grievance", subject: "other", message, anonymous: true, rating: 2 },
      "rating",
      "rating is given with feedback, not with a grievance",
    ],
    [
      { kind: "feedback", subject: "other", message, anonymous: true, name: "Rahim" },
      "name",
      "an anonymous message carries no name, phone or email",
    ],
    [
      { kind: "feedback", subject: "other", message },
      "name",
      "name is required unless the message is anonymous",
    ],
    [
      { kind: "feedback", subject: "other", message, name: "Rahim", staffName: "Mr Karim" },
      "staffName",
      "staffName is given only when the subject is staff",
    ],
    [
      { kind: "feedback", subject: "other", message: "too short", anonymous: true },
      "message",
      "message must be at least 10 characters",
    ],
    [
      { kind: "feedback", subject: "other", message, anonymous: true, rating: 6 },
      "rating",
      "rating must be at most 5",
    ],
    [
      { kind: "feedback", subject: "other", message, anonymous: true, language: "fr" },
      "language",
      "language must be one of: en, bn, ur, ar, ckb",
    ],
    [
      { kind: "feedback", subject: "other", message, anonymous: true, adminAreaCode: "XX99" },
      "adminAreaCode",
      "adminAreaCode must be an admin-area p-code, such as BD3026",
    ],
    [
      { kind: "complaint", subject: "other", message, anonymous: true },
      "kind",
      "kind must be one of: feedback, grievance",
    ],
  ])("refuses %j naming %s", (input, field, text) => {
    const result = FeedbackInput.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(text);
  });
});

describe("routing", () => {
  const route = (over: Partial<Parameters<typeof routeFeedback>[0]>) =>
    routeFeedback({
      kind: "grievance",
      subject: "service",
      concernedOrganisationId: provider,
      category: null,
      candidates: [mrc, otherMrc],
      ...over,
    });

  it("gives feedback on a service to its organisation", () => {
    expect(route({ kind: "feedback" })).toEqual({ handlingOrganisationId: provider, concernedReads: true });
  });

  it("never lets an organisation handle a grievance about itself, even when it is the nearest MRC", () => {
    expect(route({})).toEqual({ handlingOrganisationId: mrc, concernedReads: true });
    expect(route({ concernedOrganisationId: mrc })).toEqual({
      handlingOrganisationId: otherMrc,
      concernedReads: true,
    });
    expect(route({ concernedOrganisationId: mrc, candidates: [mrc] })).toEqual({
      handlingOrganisationId: null,
      concernedReads: true,
    });
  });

  it("keeps grievances about staff and of sensitive categories from the organisation concerned", () => {
    expect(route({ subject: "staff" })).toEqual({ handlingOrganisationId: mrc, concernedReads: false });
    expect(route({ category: "safety_or_abuse" }).concernedReads).toBe(false);
    expect(route({ category: "fraud_or_corruption" }).concernedReads).toBe(false);
    expect(route({ category: "delay" }).concernedReads).toBe(true);
    expect(route({ kind: "feedback", subject: "staff" })).toEqual({
      handlingOrganisationId: mrc,
      concernedReads: false,
    });
  });

  it("sends what concerns no organisation to the MRC, or to the administrators without one", () => {
    expect(route({ subject: "other", concernedOrganisationId: null })).toEqual({
      handlingOrganisationId: mrc,
      concernedReads: false,
    });
    expect(route({ subject: "other", concernedOrganisationId: null, candidates: [] })).toEqual({
      handlingOrganisationId: null,
      concernedReads: false,
    });
  });

  it("lets only administrators and the handler move it; the organisation concerned reads", () => {
    const f = { handlingOrganisationId: mrc, concernedOrganisationId: provider, concernedReads: true };
    expect(feedbackSideOf({ organisationId: mrc, admin: false }, f)).toBe("handler");
    expect(feedbackSideOf({ organisationId: provider, admin: false }, f)).toBe("concerned");
    expect(feedbackSideOf({ organisationId: provider, admin: false }, { ...f, concernedReads: false })).toBe(
      "none",
    );
    expect(feedbackSideOf({ organisationId: otherMrc, admin: true }, f)).toBe("admin");
    expect(feedbackMovesFor("concerned", "received")).toEqual([]);
    expect(feedbackMovesFor("handler", "received")).toEqual(["triage", "answer", "close"]);
    expect(feedbackMovesFor("admin", "closed")).toEqual(["reopen"]);
  });
});

describe("moves", () => {
  it("answers with words and refuses what the status does not allow", () => {
    expect(
      decideFeedbackMove({
        side: "handler",
        status: "in_review",
        action: "answer",
        text: "We called the centre.",
      }),
    ).toEqual({ ok: true, to: "answered" });
    expect(
      decideFeedbackMove({ side: "handler", status: "in_review", action: "answer", text: "  " }),
    ).toMatchObject({ ok: false, code: "reason_required", field: "answer" });
    expect(
      decideFeedbackMove({ side: "handler", status: "closed", action: "answer", text: "x" }),
    ).toMatchObject({
      ok: false,
      code: "invalid_transition",
      key: "feedback.cannot_move",
      values: { action: "answer", status: "closed" },
      message: "Cannot answer a message that is closed",
    });
    expect(decideFeedbackMove({ side: "concerned", status: "received", action: "close" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(decideFeedbackMove({ side: "admin", status: "closed", action: "reopen" })).toMatchObject({
      ok: false,
      field: "reason",
    });
  });
});

describe("due days", () => {
  it("gives a grievance 14 days, 3 when urgent, and feedback 30", () => {
    expect(answerDueOn("2026-01-25", "grievance", "normal")).toBe("2026-02-08");
    expect(answerDueOn("2026-02-27", "grievance", "urgent")).toBe("2026-03-02");
    expect(answerDueOn("2026-01-01", "feedback", "normal")).toBe("2026-01-31");
  });

  it("counts an answer on the due day as in time, and one still missing after it as late", () => {
    const today = new Date("2026-02-10T12:00:00Z");
    expect(answeredInTime("2026-02-08", new Date("2026-02-08T23:59:00Z"), today)).toBe(true);
    expect(answeredInTime("2026-02-08", new Date("2026-02-09T00:01:00Z"), today)).toBe(false);
    expect(answeredInTime("2026-02-08", null, today)).toBe(false);
    expect(answeredInTime("2026-02-12", null, today)).toBeNull();
  });
});

describe("references", () => {
  it("reads back what it wrote, however it is typed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        const reference = referenceFrom(bytes);
        expect(reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(normaliseReference(reference.toLowerCase().replace(/-/g, " "))).toBe(reference);
      }),
    );
  });

  it("reads I and L as 1 and O as 0, and refuses what cannot be a reference", () => {
    expect(normaliseReference("7k3m 9qxp 2d4f")).toBe("7K3M-9QXP-2D4F");
    expect(normaliseReference("OIL0-0000-0000")).toBe("0110-0000-0000");
    expect(normaliseReference("7K3M-9QXP-2D4")).toBeNull();
    expect(normaliseReference("7K3M-9QXP-2D4U")).toBeNull();
    expect(ReferenceText.safeParse("nope").error?.issues[0]?.message).toBe(
      "reference must be the 12 letters and digits given when the message was sent, such as 7K3M-9QXP-2D4F",
    );
  });
});
