import type { InterfaceLanguage } from "@homecoming/domain";
import { adminArea, iscoGroup, isicEntry } from "@homecoming/reference";
import { portalAccounts, portalSessions } from "../../db/schema";
import type { ReturneeCtx } from "../../http/context";
import { ownRecord } from "../access";
import { accessLogOf, auditByReturnee } from "../audit/service";
import { caseTables, heldCases } from "../cases/held";
import { communityTables, heldCommunity } from "../community/held";
import { heldImportRows, importTables } from "../imports/held";
import { heldMerges, linkageTables } from "../linkage/held";
import { organisationsWithIds, rolesOfUsers } from "../organisations/service";
import { heldConsents, heldRecord, recordTables } from "../persons/held";
import { withdrawOwnConsent } from "../persons/service";
import { heldEnrolments, programmeTables } from "../programmes/held";
import { heldReferrals, referralTables } from "../referrals/held";
import { heldMessages, smsTables } from "../sms/held";
import * as store from "./store";

/**
 * Every table that holds rows about a returnee, and why some are not in their copy. A test reads the schema
 * and fails when a table that refers to a person, directly or through another such table, is in neither list.
 */
export const heldTables = [
  portalAccounts,
  portalSessions,
  ...recordTables,
  ...caseTables,
  ...referralTables,
  ...programmeTables,
  ...linkageTables,
  ...importTables,
  ...smsTables,
  ...communityTables,
];
export const notInTheCopy: Record<string, string> = {
  audit_events: "the access log, read page by page (GET /portal/me/access-log)",
  one_time_codes: "secrets: each code only as a keyed hash, for a few minutes",
  person_link_verdicts: "a comparison of the record with another person's, which is theirs too",
  person_link_candidates: "a comparison of the record with another person's, which is theirs too",
  indicator_facts: "counts worked out from the record for statistics, with nothing the record does not hold",
  indicator_returnee_facts:
    "counts worked out from the record for statistics, with nothing the record does not hold",
};

/** Writes in the audit that the returnee read a part of their own record. */
const auditOwnRead = (
  ctx: ReturneeCtx,
  personId: string | null,
  recordType: string,
  details: Record<string, unknown>,
) => auditByReturnee(ctx, { action: "read", recordType, recordId: personId, personId, details });

/** The organisations of these ids, each named once, by name. */
async function namedOrganisations(ctx: ReturneeCtx, ids: Iterable<string | null | undefined>) {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  return (await organisationsWithIds(ctx.tx, wanted))
    .map((o) => ({ id: o.id, name: o.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Everything held about the signed-in returnee, for them to read and download: their account, their record
 * and consents, their cases with every assessment, plan and follow-up, the referrals and applications made for
 * them, joins of records found to be theirs, spreadsheet lines that registered them, the text messages sent to
 * them. The organisations named are listed once. Audited as the returnee's read of their own record.
 */
export async function myData(ctx: ReturneeCtx, language: InterfaceLanguage) {
  const personId = ownRecord(ctx);
  const account = (await store.accountById(ctx.tx, ctx.returnee.accountId))!;
  const sessions = await store.sessionsOfAccount(ctx.tx, account.id);
  const messages = await heldMessages(ctx.tx, account.phone);
  const record = personId ? await heldRecord(ctx.tx, personId, ctx.now) : null;
  const held = personId ? await heldCases(ctx.tx, personId) : { cases: [], callBacks: [] };
  const caseIds = held.cases.map((c) => c.id);
  const referrals = personId ? await heldReferrals(ctx.tx, personId, language) : [];
  const programmes = personId
    ? await heldEnrolments(ctx.tx, personId, caseIds, language)
    : { enrolments: [], businessPlans: [] };
  const merges = personId ? await heldMerges(ctx.tx, personId) : [];
  const imported = personId ? await heldImportRows(ctx.tx, personId) : [];
  const community = await heldCommunity(ctx.tx, account.id);
  const data = {
    generatedAt: ctx.now,
    language,
    account: {
      phone: account.phone,
      language: account.language,
      createdAt: account.createdAt,
      verifiedAt: account.verifiedAt,
      lastSignInAt: account.lastSignInAt,
      sessions,
    },
    record: record?.person ?? null,
    consents: record?.consents ?? [],
    recordRequests: record?.recordRequests ?? [],
    cases: held.cases,
    referrals,
    enrolments: programmes.enrolments,
    businessPlans: programmes.businessPlans,
    callBacks: held.callBacks,
    merges,
    importRows: imported,
    textMessages: messages,
    community,
  };
  const organisationIds = new Set<string>();
  const name = (id: string | null | undefined) => id && organisationIds.add(id);
  name(data.record?.registeredByOrganisationId);
  for (const c of data.consents) {
    c.organisationIds.forEach(name);
    name(c.recordedByOrganisationId);
  }
  for (const r of data.recordRequests) [r.fromOrganisationId, r.toOrganisationId].forEach(name);
  for (const c of data.cases) {
    name(c.leadOrganisationId);
    for (const e of c.events) name(e.organisationId);
    for (const a of c.assessments) name(a.organisationId);
    for (const a of c.actions) name(a.organisationId);
  }
  for (const r of data.referrals) {
    [r.fromOrganisationId, r.toOrganisationId].forEach(name);
    for (const e of r.events) name(e.organisationId);
  }
  for (const e of data.enrolments) name(e.appliedByOrganisationId);
  for (const c of data.callBacks) name(c.organisationId);
  for (const m of data.merges) name(m.organisationId);
  for (const i of data.importRows) name(i.organisationId);
  const organisations = await namedOrganisations(ctx, organisationIds);
  // the classifications' codes in words, so that the copy reads without them
  const episodes = data.record?.migrationEpisodes ?? [];
  const named = <T extends { code: string }>(
    codes: (string | null | undefined)[],
    find: (c: string) => T | undefined,
    word: (e: T) => string,
  ) =>
    Object.fromEntries(
      [...new Set(codes.filter((c): c is string => Boolean(c)))].flatMap((c) => {
        const found = find(c);
        return found ? [[c, word(found)]] : [];
      }),
    );
  const names = {
    areas: named([data.record?.adminAreaCode], adminArea, (a) => a.name),
    occupations: named(
      episodes.map((e) => e.occupationIsco),
      iscoGroup,
      (g) => g.title,
    ),
    sectors: named(
      [...episodes.map((e) => e.sectorIsic), ...data.businessPlans.map((p) => p.sectorIsic)],
      isicEntry,
      (e) => e.title,
    ),
  };
  await auditOwnRead(ctx, personId, "my_data", { sections: Object.keys(data).length });
  return { ...data, organisations, names };
}

/**
 * The returnee's access log: who read or changed their record, as an organisation and the roles of the person
 * who acted (never their name), or the returnee themself, newest first, a page at a time.
 */
export async function myAccessLog(ctx: ReturneeCtx, page: { before?: number | undefined; limit: number }) {
  const personId = ownRecord(ctx);
  if (!personId) return { items: [], nextBefore: null, organisations: [] };
  const log = await accessLogOf(ctx.tx, personId, page);
  const users = [...new Set(log.items.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const roles = await rolesOfUsers(ctx.tx, users);
  const organisations = await namedOrganisations(
    ctx,
    log.items.map((e) => e.organisationId),
  );
  await auditOwnRead(ctx, personId, "access_log", { events: log.items.length });
  return {
    items: log.items.map(({ actorUserId, byReturnee, ...e }) => ({
      ...e,
      by: byReturnee
        ? ("returnee" as const)
        : actorUserId || e.organisationId
          ? ("staff" as const)
          : ("system" as const),
      roles: actorUserId ? (roles.get(actorUserId) ?? []) : [],
    })),
    nextBefore: log.nextBefore,
    organisations,
  };
}

/**
 * The returnee's consents (withdrawn ones too), each with the organisations it lets in, and the organisation
 * that holds the record: what the page where they take one back needs, without reading all the rest. Audited
 * as the returnee's read of their consents.
 */
export async function myConsents(ctx: ReturneeCtx) {
  const personId = ownRecord(ctx);
  const held = personId ? await heldConsents(ctx.tx, personId, ctx.now) : null;
  if (!personId || !held) return { consents: [], holderOrganisationId: null, organisations: [] };
  const organisations = await namedOrganisations(ctx, [
    held.registeredByOrganisationId,
    ...held.consents.flatMap((c) => [...c.organisationIds, c.recordedByOrganisationId]),
  ]);
  await auditOwnRead(ctx, personId, "my_consents", { consents: held.consents.length });
  return { consents: held.consents, holderOrganisationId: held.registeredByOrganisationId, organisations };
}

/** The returnee withdraws one of their consents: at once for every organisation it covered. */
export async function withdrawMyConsent(ctx: ReturneeCtx, consentId: string, reason: string | undefined) {
  return withdrawOwnConsent(ctx, consentId, reason ?? null);
}
