import { SelfProfile, selfRegistrationConsentVersion } from "@homecoming/domain";
import type { Db } from "../db/client";
import { openProvenAccount } from "../modules/accounts/service";

/** The demo returnee's portal account: its number and password (the demo accounts' password). */
export const demoReturnee = { phone: "+8801711000100", local: "01711-000100" } as const;

const consent = { accepted: true, version: selfRegistrationConsentVersion } as const;

/**
 * Returnees who registered themselves on the portal and wait for their MRC to confirm them; the first is the
 * demo returnee, whose account the README names, to sign in to the portal with.
 */
const registrations: { phone: string; language: "en" | "bn" | "ur" | "ar" | "ckb"; profile: SelfProfile }[] =
  [
    {
      phone: demoReturnee.phone,
      language: "bn",
      profile: SelfProfile.parse({
        consent,
        givenName: "Rokeya",
        familyName: "Khatun",
        nameNative: "রোকেয়া খাতুন",
        birthYear: 1991,
        sex: "female",
        adminAreaCode: "BD3026",
        returnedFrom: "SA",
        returnYear: 2025,
        returnType: "forced",
        needs: ["job", "debt"],
      }),
    },
    {
      phone: "+8801811000101",
      language: "bn",
      profile: SelfProfile.parse({
        consent,
        givenName: "Jamal",
        familyName: "Uddin",
        birthYear: 1986,
        sex: "male",
        adminAreaCode: "BD3026",
        returnedFrom: "MY",
        returnYear: 2026,
        returnType: "voluntary",
        needs: ["business"],
      }),
    },
    {
      phone: "+9647501000102",
      language: "ckb",
      profile: SelfProfile.parse({
        consent,
        givenName: "Hawre",
        familyName: "Aziz",
        nameNative: "هاوڕێ عەزیز",
        birthYear: 1995,
        sex: "male",
        adminAreaCode: "IQG11Q02",
        returnedFrom: "DE",
        returnYear: 2026,
        returnType: "assisted",
        needs: ["documents", "wellbeing"],
      }),
    },
  ];

export async function seedSelfRegistrations(tx: Db, now: Date, password: string) {
  for (const [i, r] of registrations.entries())
    await openProvenAccount(tx, {
      ...r,
      password,
      // registered over the last few days, oldest first
      now: new Date(now.getTime() - (registrations.length - i) * 86_400_000),
    });
}
