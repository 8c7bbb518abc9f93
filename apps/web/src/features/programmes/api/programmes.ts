import { enrolmentMoves, programmeKinds } from "@homecoming/domain/values";
import { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";
import { answer, client, type RequestBody, type Schema, type Unchosen } from "../../../api/client";
import { pick } from "../../../components/pick";

export { enrolmentStatuses, programmeKinds } from "@homecoming/domain/values";

export type Programme = Schema<"Programme">;
export type ProgrammeKind = Schema<"ProgrammeKind">;
type NewProgramme = RequestBody<"/api/v1/programmes", "post">;
type ProgrammeChange = RequestBody<"/api/v1/programmes/{id}", "patch">;
/** What the programme form edits: kind and category stay empty until chosen. */
export type ProgrammeFields = Unchosen<
  Required<Omit<NewProgramme, "ownerOrganisationId">>,
  "kind" | "category"
>;
export type ProgrammeInput = ProgrammeFields & { ownerOrganisationId?: string };
export type ProgrammePatch = Partial<ProgrammeFields> & { version: number };

/** The orders the list offers, as values of their sort parameter. */
export const programmeSorts = ["name", "-name", "kind", "opens", "closes", "-updated"] as const;
export type ProgrammeSort = (typeof programmeSorts)[number];
export const isProgrammeSort = (v: string): v is ProgrammeSort =>
  (programmeSorts as readonly string[]).includes(v);

export interface ProgrammeFilter {
  q?: string;
  kind?: string;
  category?: string;
  active?: boolean;
  sort: ProgrammeSort;
  limit: number;
  offset: number;
}

export type RuleVersion = Schema<"RuleVersion">;
export type Enrolment = Schema<"Enrolment">;
export type EnrolmentStatus = Schema<"EnrolmentStatus">;
type EnrolmentActionParams = RequestBody<"/api/v1/enrolments/{id}/{action}", "post">;
export type EnrolmentAction = keyof typeof enrolmentMoves;

/** The order in which the enrolment list offers the moves: forward ones first, then refusal and dropping. */
const actionOrder: readonly EnrolmentAction[] = ["accept", "waitlist", "start", "complete", "reject", "drop"];
/** The moves each status allows, from the domain's enrolment moves. */
export const movesFrom: Record<string, readonly EnrolmentAction[]> = Object.fromEntries(
  Object.values(enrolmentMoves)
    .flatMap((m) => m.from)
    .map((status) => [
      status,
      actionOrder.filter((a) => (enrolmentMoves[a].from as readonly string[]).includes(status)),
    ]),
);
export const needsReason = (a: EnrolmentAction) => a === "reject" || a === "drop";

export const programmeKeys = {
  all: ["programmes"] as const,
  list: (f: ProgrammeFilter) => ["programmes", "list", f] as const,
  one: (id: string) => ["programmes", "one", id] as const,
  versions: (id: string) => ["programmes", "one", id, "rule-versions"] as const,
  enrolments: (id: string) => ["programmes", "one", id, "enrolments"] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

// kind and category come from the address as text: one the lists do not hold is left out
export const listProgrammes = (f: ProgrammeFilter) =>
  answer(
    client.GET("/api/v1/programmes", {
      params: {
        query: {
          ...f,
          kind: pick(programmeKinds, f.kind ?? null) ?? undefined,
          category: pick(serviceCategoryCodes, f.category ?? null) ?? undefined,
          active: f.active === undefined ? undefined : String(f.active),
          sort: f.sort === "name" ? undefined : f.sort,
        },
      },
    }),
  );
export const getProgramme = (id: string) => answer(client.GET("/api/v1/programmes/{id}", path(id)));
export const createProgramme = (input: ProgrammeInput) =>
  answer(client.POST("/api/v1/programmes", { body: input as NewProgramme }));
export const updateProgramme = (id: string, patch: ProgrammePatch) =>
  answer(client.PATCH("/api/v1/programmes/{id}", { ...path(id), body: patch as ProgrammeChange }));
export const listRuleVersions = (id: string) =>
  answer(client.GET("/api/v1/programmes/{id}/rule-versions", path(id)));
export const listEnrolments = (
  id: string,
  f: { status?: EnrolmentStatus[]; limit: number; offset: number },
) =>
  answer(
    client.GET("/api/v1/programmes/{id}/enrolments", { ...path(id), params: { path: { id }, query: f } }),
  );
export const moveEnrolment = (id: string, action: EnrolmentAction, body: EnrolmentActionParams) =>
  answer(client.POST("/api/v1/enrolments/{id}/{action}", { params: { path: { id, action } }, body }));
