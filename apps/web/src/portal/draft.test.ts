import { FeedbackInput } from "@homecoming/domain";
import { describe, expect, it } from "vitest";
import { type Draft, inputOf, stepOfField, stepsOf } from "./draft";

const course = { id: "3f7c1a52-5b1e-4a57-9a39-4c3b2f3f8d11", label: "Electrical installation course" };
const centre = { id: "7b0e2d1c-2a61-4e39-8d0f-1a2b3c4d5e6f", label: "Dhaka Technical Training Centre" };
const message = "I was sent away twice without a reason.";

describe("the portal's feedback questions", () => {
  it("asks which one only for something in particular, and how satisfied only with feedback", () => {
    expect(stepsOf({ kind: "grievance", subject: "other" })).toEqual([
      "kind",
      "subject",
      "message",
      "contact",
      "district",
      "check",
    ]);
    expect(stepsOf({ kind: "feedback", subject: "service" })).toEqual([
      "kind",
      "subject",
      "which",
      "message",
      "rating",
      "contact",
      "district",
      "check",
    ]);
  });

  it("sends only what the answers chose, which the server's schema takes", () => {
    // a service chosen, then the subject changed to staff: the service is not sent, the organisation is
    const changed: Draft = {
      kind: "grievance",
      subject: "staff",
      service: course,
      organisation: centre,
      staffName: " the morning trainer ",
      message,
      rating: "2",
      named: "no",
      name: "Left behind",
      district: { id: "BD3026", label: "Dhaka" },
    };
    const sent = inputOf(changed, "bn");
    expect(sent).toEqual({
      kind: "grievance",
      subject: "staff",
      organisationId: centre.id,
      staffName: "the morning trainer",
      message,
      anonymous: true,
      adminAreaCode: "BD3026",
      language: "bn",
    });
    expect(FeedbackInput.safeParse(sent).success).toBe(true);
    const named = inputOf({
      kind: "feedback",
      subject: "service",
      service: course,
      message,
      rating: "4",
      named: "yes",
      name: "Abdul Karim",
      phone: "01712 345678",
      district: { id: "BD3026", label: "Dhaka" },
      skipDistrict: true,
    });
    expect(named).toMatchObject({ serviceId: course.id, rating: 4, anonymous: false, name: "Abdul Karim" });
    expect(named).not.toHaveProperty("adminAreaCode");
    expect(FeedbackInput.safeParse(named).success).toBe(true);
  });

  it("takes a refusal back to the question that asked for its field", () => {
    expect(stepOfField("serviceId")).toEqual({ step: "which", input: "which" });
    expect(stepOfField("phone")).toEqual({ step: "contact", input: "phone" });
    expect(stepOfField("adminAreaCode")).toEqual({ step: "district", input: "district" });
    expect(stepOfField("version")).toBeNull();
  });
});
