import { OrganisationKind, Role } from "@homecoming/domain";
import { z } from "zod";

export const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email("email must be a valid email address").max(200),
  password: z.string().min(1, "password is required").max(200),
});

export const Me = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), roles: z.array(Role) }),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: OrganisationKind, country: z.string() }),
    can: z.array(z.string()).meta({
      description:
        "The actions of the API this user's roles allow (for example case.open, referral.create); whether one " +
        "applies to a given record is answered with that record",
    }),
  })
  .meta({ id: "Me" });
