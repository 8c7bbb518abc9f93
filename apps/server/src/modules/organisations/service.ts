import { conflict, notFound, validation } from "@homecoming/domain";
import type { z } from "zod";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import { inOwnOrganisation, ownOrganisationScope } from "../access";
import { audit } from "../audit/service";
import { hashPassword, requireStrongPassword } from "../auth/passwords";
import { accountLocks, endOtherSessions, unlockAccount } from "../auth/service";
import type {
  OrganisationInput,
  OrganisationPatch,
  OrganisationQuery,
  UserInput,
  UserPatch,
  UserQuery,
} from "./schemas";
import * as store from "./store";

export type { OrganisationRow, UserRow } from "./store";

function publicUser(row: store.UserRow, lockedAt: Date | null) {
  const { passwordHash: _hidden, ...rest } = row;
  return { ...rest, lockedAt };
}

/** Users as the API shows them: without the password hash, with when failed logins locked them. */
async function publicUsers(ctx: Ctx, rows: store.UserRow[]) {
  const locks = await accountLocks(
    ctx.tx,
    rows.map((r) => r.email),
  );
  return rows.map((r) => publicUser(r, locks.get(r.email) ?? null));
}

async function onePublicUser(ctx: Ctx, row: store.UserRow) {
  const [user] = await publicUsers(ctx, [row]);
  return user!;
}

export async function createOrganisation(ctx: Ctx, input: z.infer<typeof OrganisationInput>) {
  return store.insertOrganisation(ctx.tx, input);
}

export async function updateOrganisation(ctx: Ctx, id: string, patch: z.infer<typeof OrganisationPatch>) {
  const updated = await store.updateOrganisation(ctx.tx, id, patch);
  if (!updated) throw notFound("organisation.not_found");
  return updated;
}

export async function getOrganisation(ctx: Ctx, id: string) {
  const row = await store.getOrganisation(ctx.tx, id);
  if (!row) throw notFound("organisation.not_found");
  return row;
}

/** Used by other modules: an organisation that must exist (400 naming the field when it does not). */
export async function requireOrganisation(ctx: Ctx, id: string, field: string) {
  const row = await store.getOrganisation(ctx.tx, id);
  if (!row) throw validation("organisation.unknown", { id }, field);
  return row;
}

export const organisationsByIds = (ctx: Ctx, ids: string[]) => store.organisationsByIds(ctx.tx, ids);

export function listOrganisations(ctx: { tx: Db }, filter: OrganisationQuery & { active?: boolean }) {
  return store.listOrganisations(ctx.tx, filter);
}

export async function createUser(ctx: Ctx, input: z.infer<typeof UserInput>) {
  await requireOrganisation(ctx, input.organisationId, "organisationId");
  if (await store.findUserByEmail(ctx.tx, input.email))
    throw conflict("user.email_taken", { email: input.email });
  const { password, ...rest } = input;
  requireStrongPassword(password, [input.email.split("@")[0]!, input.name]);
  return publicUser(
    await store.insertUser(ctx.tx, { ...rest, passwordHash: await hashPassword(password) }),
    null,
  );
}

export async function updateUser(ctx: Ctx, id: string, patch: z.infer<typeof UserPatch>) {
  const { password, ...rest } = patch;
  if (password) {
    const user = await store.getUser(ctx.tx, id);
    if (!user) throw notFound("user.not_found");
    requireStrongPassword(password, [user.email.split("@")[0]!, patch.name ?? user.name]);
  }
  const updated = await store.updateUser(ctx.tx, id, {
    ...rest,
    ...(password ? { passwordHash: await hashPassword(password) } : {}),
  });
  if (!updated) throw notFound("user.not_found");
  // a new password ends every other session of the user: whoever knew the old one is out; and it unlocks
  // an account that failed logins locked
  if (password) {
    await endOtherSessions(ctx.tx, id, ctx.actor.userId === id ? ctx.actor.sessionId : undefined);
    await unlockAccount(ctx.tx, updated.email);
  }
  return onePublicUser(ctx, updated);
}

/** An administrator unlocks an account that failed logins locked; the audit records it. */
export async function unlockUser(ctx: Ctx, id: string) {
  const row = await store.getUser(ctx.tx, id);
  if (!row) throw notFound("user.not_found");
  const [locked] = await publicUsers(ctx, [row]);
  await unlockAccount(ctx.tx, row.email);
  await audit(ctx, {
    action: "update",
    recordType: "user",
    recordId: id,
    details: { unlocked: true, lockedAt: locked!.lockedAt },
  });
  return publicUser(row, null);
}

/** A user of another organisation is not found, except for administrators. */
export async function getUser(ctx: Ctx, id: string) {
  const row = await store.getUser(ctx.tx, id);
  if (!row || !inOwnOrganisation(ctx, row.organisationId)) throw notFound("user.not_found");
  return onePublicUser(ctx, row);
}

/** For other modules, which check the organisation themselves: a user by id, without the password hash. */
export async function userById(ctx: Ctx, id: string) {
  const row = await store.getUser(ctx.tx, id);
  return row ? onePublicUser(ctx, row) : undefined;
}

/** Staff see the users of their own organisation (to assign case managers); administrators see all. */
export async function listUsers(ctx: Ctx, filter: UserQuery) {
  const organisationId = ownOrganisationScope(ctx) ?? filter.organisationId;
  const page = await store.listUsers(ctx.tx, { ...filter, organisationId });
  return { items: await publicUsers(ctx, page.items), total: page.total };
}

/** An organisation by id, read on any connection (a route open to anyone has no acting user). */
export const organisationById = (db: Db, id: string) => store.getOrganisation(db, id);

/** The MRCs that serve a place (its own areas first), then the other MRCs of the country: organisations.mrcsServing. */
export const mrcsServing = (db: Db, areas: readonly string[], country: string | null) =>
  store.mrcsServing(db, areas, country);

/** Organisations by id on any connection (a returnee's route has no acting user). */
export const organisationsWithIds = (db: Db, ids: string[]) => store.organisationsByIds(db, ids);

/** The roles of some users, by id: who acted on a returnee's record, named by role alone. */
export const rolesOfUsers = (db: Db, ids: string[]) => store.rolesOfUsers(db, ids);
