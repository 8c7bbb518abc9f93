import { returneeNeeds, type returnTypes, selfRegistrationConsentVersion } from "@homecoming/domain/values";
import type { SelfProfileInput } from "../api";
import type { Found } from "../draft";

type Need = (typeof returneeNeeds)[number];
type ReturnType_ = (typeof returnTypes)[number];

/** What a returnee has answered about themself so far, kept for the tab's life. */
export interface ProfileDraft {
  agreed?: boolean;
  givenName?: string;
  familyName?: string;
  nameNative?: string;
  birthYear?: string;
  sex?: "female" | "male" | "other";
  district?: Found;
  returnedFrom?: string;
  returnYear?: string;
  returnType?: ReturnType_;
  needs?: Need[];
}

const stored = "hc.portal.profile";

export function loadProfileDraft(): ProfileDraft {
  try {
    return JSON.parse(sessionStorage.getItem(stored) ?? "{}") as ProfileDraft;
  } catch {
    return {};
  }
}

/** Keeps the draft for the tab, or forgets it (null) once it is sent. */
export function saveProfileDraft(draft: ProfileDraft | null) {
  if (draft) sessionStorage.setItem(stored, JSON.stringify(draft));
  else sessionStorage.removeItem(stored);
}

export const profileSteps = [
  "consent",
  "name",
  "born",
  "district",
  "abroad",
  "how",
  "needs",
  "check",
] as const;
export type ProfileStep = (typeof profileSteps)[number];

const fieldSteps: Record<string, [ProfileStep, string]> = {
  consent: ["consent", "agreed"],
  "consent.accepted": ["consent", "agreed"],
  givenName: ["name", "givenName"],
  familyName: ["name", "familyName"],
  nameNative: ["name", "nameNative"],
  birthYear: ["born", "birthYear"],
  sex: ["born", "sex"],
  adminAreaCode: ["district", "district"],
  returnedFrom: ["abroad", "returnedFrom"],
  returnYear: ["abroad", "returnYear"],
  returnType: ["how", "returnType"],
  needs: ["needs", "needs"],
};

/** The question that asks for a field the server refused, and its input; null for none. */
export function profileStepOfField(field: string): { step: ProfileStep; input: string } | null {
  const found = fieldSteps[field];
  return found ? { step: found[0], input: found[1] } : null;
}

const year = (text: string | undefined) => {
  const digits = (text ?? "").trim();
  return /^\d{4}$/.test(digits) ? Number(digits) : Number.NaN;
};

/** Whether a year typed is a plausible one (four digits, not in the future). */
export const isYear = (text: string | undefined) => {
  const y = year(text);
  return Number.isInteger(y) && y >= 1900 && y <= new Date().getFullYear();
};

/** What is sent: the answers, trimmed, empty ones left out. */
export function profileInputOf(d: ProfileDraft): SelfProfileInput {
  const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);
  const familyName = optional(d.familyName);
  const nameNative = optional(d.nameNative);
  return {
    consent: { accepted: true, version: selfRegistrationConsentVersion },
    givenName: d.givenName?.trim() ?? "",
    ...(familyName ? { familyName } : {}),
    ...(nameNative ? { nameNative } : {}),
    birthYear: year(d.birthYear),
    sex: d.sex ?? "other",
    adminAreaCode: d.district?.id ?? "",
    returnedFrom: d.returnedFrom ?? "",
    returnYear: year(d.returnYear),
    returnType: d.returnType ?? "voluntary",
    needs: returneeNeeds.filter((n) => d.needs?.includes(n)),
  };
}
