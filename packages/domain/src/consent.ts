import { z } from "zod";
import { toDate } from "./dates";
import { issueKey } from "./errors";
import { isoDateTime, oneOf, text, uuid } from "./fields";
import { consentPurposes } from "./values";

export const ConsentPurpose = oneOf("purpose", consentPurposes).meta({ id: "ConsentPurpose" });
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

/** Purposes under which a covered organisation may read the person's record. */
export const purposesAllowingAccess: readonly ConsentPurpose[] = ["referral", "data_sharing"];

// Consent that moves data must say to whom; contact and research consent may be given without naming
// organisations, and then covers that purpose for every organisation.
const purposesNamingOrganisations: readonly ConsentPurpose[] = ["referral", "data_sharing"];

export const ConsentInput = z
  .object({
    purpose: ConsentPurpose,
    organisationIds: z
      .array(uuid("organisationIds"))
      .max(100, "organisationIds must list at most 100 organisations")
      .default([]),
    note: text("note", { max: 2000 }).optional(),
    expiresAt: isoDateTime("expiresAt")
      .refine((at) => new Date(at) > new Date(), {
        error: "expiresAt must be in the future",
        ...issueKey("validation.not_future"),
      })
      .optional(),
  })
  .refine((c) => !purposesNamingOrganisations.includes(c.purpose) || c.organisationIds.length > 0, {
    error: "organisationIds must name at least one organisation for referral and data_sharing consent",
    path: ["organisationIds"],
    ...issueKey("consent.organisations_required"),
  });
export type ConsentInput = z.infer<typeof ConsentInput>;

/** A stored consent as the check needs it; dates may come as Date objects or ISO strings. */
export type ConsentRecord = {
  purpose: ConsentPurpose;
  organisationIds: readonly string[];
  givenAt: Date | string;
  withdrawnAt?: Date | string | null;
  expiresAt?: Date | string | null;
};

export function isConsentActive(consent: ConsentRecord, now: Date): boolean {
  const t = now.getTime();
  return (
    toDate(consent.givenAt).getTime() <= t &&
    (consent.withdrawnAt == null || toDate(consent.withdrawnAt).getTime() > t) &&
    (consent.expiresAt == null || toDate(consent.expiresAt).getTime() > t)
  );
}

/** True when an active consent for `purpose` (or one of several purposes) covers the organisation. */
export function consentCovers(
  consents: readonly ConsentRecord[],
  organisationId: string,
  purpose: ConsentPurpose | readonly ConsentPurpose[],
  now: Date,
): boolean {
  const purposes: readonly ConsentPurpose[] = typeof purpose === "string" ? [purpose] : purpose;
  return consents.some(
    (c) =>
      purposes.includes(c.purpose) &&
      (c.organisationIds.includes(organisationId) ||
        (c.organisationIds.length === 0 && !purposesNamingOrganisations.includes(c.purpose))) &&
      isConsentActive(c, now),
  );
}

/** Whether consent lets the organisation read the person's record. */
export function consentAllowsAccess(
  consents: readonly ConsentRecord[],
  organisationId: string,
  now: Date,
): boolean {
  return consentCovers(consents, organisationId, purposesAllowingAccess, now);
}
