import { InterfaceLanguage, OrganisationKind, Role } from "@homecoming/domain";
import { z } from "zod";

export const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email("email must be a valid email address").max(200),
  password: z.string().min(1, "password is required").max(200),
});

export const Me = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      roles: z.array(Role),
      language: InterfaceLanguage.nullable().describe(
        "the language the user chose to work in; null until they choose",
      ),
    }),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: OrganisationKind, country: z.string() }),
    can: z.array(z.string()).meta({
      description:
        "The actions of the API this user's roles allow (for example case.open, referral.create); whether one " +
        "applies to a given record is answered with that record",
    }),
  })
  .meta({ id: "Me" });

export const LanguageChoice = z.strictObject({ language: InterfaceLanguage });

const newPassword = z
  .string()
  .min(12, "newPassword must have at least 12 characters")
  .max(200, "newPassword must have at most 200 characters");

export const PasswordChange = z.object({
  currentPassword: z.string().min(1, "currentPassword is required").max(200),
  newPassword,
});

export const RecoveryCodesRequest = z.object({
  password: z.string().min(1, "password is required").max(200),
});

export const RecoveryCodes = z
  .object({
    codes: z.array(z.string()).describe("shown this once: each opens the account once"),
    createdAt: z.date(),
  })
  .meta({ id: "RecoveryCodes" });

export const RecoveryCodesStatus = z
  .object({
    unused: z.number().int().describe("recovery codes not used yet"),
    createdAt: z.date().nullable().describe("when the current set was made; null when there is none"),
  })
  .meta({ id: "RecoveryCodesStatus" });

export const RecoverBody = z.object({
  email: z.string().trim().toLowerCase().email("email must be a valid email address").max(200),
  code: z.string().trim().min(1, "code is required").max(40, "code must have at most 40 characters"),
  newPassword,
});
