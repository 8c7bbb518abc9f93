import { conflict, notFound, type SurveyDefinition } from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import { audit } from "../audit/service";
import type { SurveyVersionInput } from "./schemas";
import * as store from "./store";

export type SurveyVersion = store.SurveyVersionRow;

/** The version in use: the highest. A database always has one (written by its data migrations). */
export async function currentSurvey(tx: Db): Promise<SurveyVersion> {
  const row = await store.latestVersion(tx);
  if (!row) throw notFound("survey.not_found");
  return row;
}

export async function surveyVersion(tx: Db, version: number): Promise<SurveyVersion> {
  const row = await store.getVersion(tx, version);
  if (!row) throw notFound("survey.version_not_found", { version });
  return row;
}

export async function listSurveyVersions(ctx: Ctx) {
  const items = await store.allVersions(ctx.tx);
  return { items, total: items.length };
}

/** The definitions of the versions asked for, to read surveys taken on them (one query). */
export async function surveyDefinitions(tx: Db, versions: Iterable<number>) {
  const rows = await store.versionsIn(tx, [...new Set(versions)]);
  return new Map<number, SurveyDefinition>(rows.map((r) => [r.version, r.definition]));
}

/**
 * Saves an edited survey as the next version. It must be edited from the version in use (`basedOn`), so two
 * administrators editing at once cannot overwrite each other: the second is told to reload.
 */
export async function saveSurveyVersion(ctx: Ctx, input: SurveyVersionInput): Promise<SurveyVersion> {
  const current = await currentSurvey(ctx.tx);
  if (input.basedOn !== current.version)
    throw conflict("survey.changed", { current: current.version, basedOn: input.basedOn });
  const created = await store.insertVersion(ctx.tx, {
    version: current.version + 1,
    definition: input.definition,
    note: input.note ?? null,
    createdByUserId: ctx.actor.userId,
    createdAt: ctx.now,
  });
  if (!created) throw conflict("survey.saved_elsewhere", { version: current.version + 1 });
  await audit(ctx, {
    action: "create",
    recordType: "survey_version",
    recordId: null,
    details: { version: created.version, basedOn: input.basedOn },
  });
  return created;
}
