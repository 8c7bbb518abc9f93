import type { FeedbackInput } from "./api";

type Kind = FeedbackInput["kind"];
type Subject = FeedbackInput["subject"];

/** Something found by a search and chosen: its id and the name shown. */
export interface Found {
  id: string;
  label: string;
  hint?: string;
}

/** What the sender has answered so far, kept for the tab's life so that a reload loses nothing. */
export interface Draft {
  kind?: Kind;
  subject?: Subject;
  service?: Found;
  organisation?: Found;
  staffName?: string;
  message?: string;
  rating?: "1" | "2" | "3" | "4" | "5";
  named?: "yes" | "no";
  name?: string;
  phone?: string;
  district?: Found;
  skipDistrict?: boolean;
}

const stored = "hc.portal.feedback";

export function loadDraft(): Draft {
  try {
    return JSON.parse(sessionStorage.getItem(stored) ?? "{}") as Draft;
  } catch {
    return {};
  }
}

/** Keeps the draft for the tab, or forgets it (null) once it is sent. */
export function saveDraft(draft: Draft | null) {
  if (draft) sessionStorage.setItem(stored, JSON.stringify(draft));
  else sessionStorage.removeItem(stored);
}

export type Step = "kind" | "subject" | "which" | "message" | "rating" | "contact" | "district" | "check";

/** The questions this draft asks, in order: which one only for something in particular, a rating only for feedback. */
export const stepsOf = (d: Draft): Step[] => [
  "kind",
  "subject",
  ...(d.subject && d.subject !== "other" ? (["which"] as const) : []),
  "message",
  ...(d.kind === "feedback" ? (["rating"] as const) : []),
  "contact",
  "district",
  "check",
];

const steps: Record<string, Step> = {
  kind: "kind",
  subject: "subject",
  serviceId: "which",
  organisationId: "which",
  staffName: "which",
  message: "message",
  rating: "rating",
  name: "contact",
  phone: "contact",
  email: "contact",
  adminAreaCode: "district",
};
/** The input of a step that a field stands for, where it is not the field's own name. */
const inputs: Record<string, string> = {
  serviceId: "which",
  organisationId: "which",
  adminAreaCode: "district",
};

/** The question that asks for a field the server refused, and the input there to point at; null for none. */
export function stepOfField(field: string): { step: Step; input: string } | null {
  const step = steps[field];
  return step ? { step, input: inputs[field] ?? field } : null;
}

/**
 * What is sent: only what the answers chose (no service when it is about an organisation, no name when
 * anonymous), in the language the sender writes and reads.
 */
export function inputOf(d: Draft, language: FeedbackInput["language"] = "en"): FeedbackInput {
  return {
    kind: d.kind ?? "grievance",
    subject: d.subject ?? "other",
    ...(d.subject === "service" && d.service ? { serviceId: d.service.id } : {}),
    ...((d.subject === "organisation" || d.subject === "staff") && d.organisation
      ? { organisationId: d.organisation.id }
      : {}),
    ...(d.subject === "staff" && d.staffName?.trim() ? { staffName: d.staffName.trim() } : {}),
    message: d.message?.trim() ?? "",
    ...(d.kind === "feedback" && d.rating ? { rating: Number(d.rating) } : {}),
    anonymous: d.named !== "yes",
    ...(d.named === "yes" && d.name?.trim() ? { name: d.name.trim() } : {}),
    ...(d.named === "yes" && d.phone?.trim() ? { phone: d.phone.trim() } : {}),
    ...(d.district && !d.skipDistrict ? { adminAreaCode: d.district.id } : {}),
    language,
  };
}
