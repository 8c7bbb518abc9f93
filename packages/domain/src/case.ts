import { z } from "zod";
import { flagsAwaitingReferral, type VulnerabilityFlag } from "./assessment-vulnerability";
import { issueKey, type Refusal, refusal } from "./errors";
import { bool, oneOf, text, uuid } from "./fields";
import { isOpenStatus, type ReferralStatus } from "./referral";
import { caseClosureReasons, caseStages, riskLevels } from "./values";

export const CaseStage = oneOf("stage", caseStages).meta({ id: "CaseStage" });
export type CaseStage = z.infer<typeof CaseStage>;

export const RiskLevel = oneOf("riskLevel", riskLevels).meta({ id: "RiskLevel" });
export type RiskLevel = z.infer<typeof RiskLevel>;

export function isOpenStage(stage: CaseStage): boolean {
  return stage !== "closed";
}

/**
 * Cases move forward, possibly skipping stages (pre-return is optional, a case can be handed over straight
 * from an active plan). Monitoring may fall back to plan_active when follow-up shows the plan needs work.
 * Any open case can be closed; a closed case stays closed.
 */
export function canMoveStage(from: CaseStage, to: CaseStage): boolean {
  if (from === to || from === "closed") return false;
  if (to === "closed") return true;
  if (from === "monitoring" && to === "plan_active") return true;
  return caseStages.indexOf(to) > caseStages.indexOf(from);
}

export function nextStages(from: CaseStage): CaseStage[] {
  return caseStages.filter((to) => canMoveStage(from, to));
}

/** The work done on a case, each by its own route; the screen offers exactly those the case allows. */
export const caseWorkActions = [
  "update",
  "assess",
  "plan",
  "refer",
  "record_follow_up",
  "apply",
  "hand_over",
  "close",
] as const;
export const CaseWorkAction = oneOf("action", caseWorkActions);
export type CaseWorkAction = z.infer<typeof CaseWorkAction>;

/**
 * What may be done on a case now, by someone who works it (its lead organisation's case workers, or an
 * administrator): nothing on a closed case; a hand-over or a closure only where the stage may move there.
 * Everyone else reads.
 */
export function caseWorkOpen(stage: CaseStage, worksCase: boolean): CaseWorkAction[] {
  if (!worksCase || !isOpenStage(stage)) return [];
  return caseWorkActions.filter(
    (action) =>
      (action !== "hand_over" || canMoveStage(stage, "handed_over")) &&
      (action !== "close" || canMoveStage(stage, "closed")),
  );
}

export const CaseInput = z.object({
  personId: uuid("personId"),
  stage: oneOf("stage", ["pre_return", "registered"]).default("registered"),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const CaseClosureReason = oneOf("reason", caseClosureReasons).meta({ id: "CaseClosureReason" });
export type CaseClosureReason = z.infer<typeof CaseClosureReason>;

// Closing or handing over a case with something still open takes an explicit acknowledgement and a reason.
const acknowledgement = {
  acknowledgeOpenItems: bool("acknowledgeOpenItems").optional(),
  openItemsReason: text("openItemsReason", { max: 2000 }).optional(),
};
const reasonWhenAcknowledged = [
  (c: { acknowledgeOpenItems?: boolean | undefined; openItemsReason?: string | undefined }) =>
    !c.acknowledgeOpenItems || c.openItemsReason !== undefined,
  {
    error:
      "openItemsReason is required when acknowledgeOpenItems is true: say why the case ends with items open",
    path: ["openItemsReason"],
    ...issueKey("case.open_items_reason"),
  },
] as [
  (c: { acknowledgeOpenItems?: boolean | undefined; openItemsReason?: string | undefined }) => boolean,
  { error: string; path: string[]; params: ReturnType<typeof issueKey>["params"] },
];

export const HandOverInput = z
  .object({
    nationalService: text("nationalService", { max: 200 }),
    organisationName: text("organisationName", { max: 200 }).optional(),
    note: text("note", { max: 2000 }).optional(),
    ...acknowledgement,
  })
  .refine(...reasonWhenAcknowledged);
export type HandOverInput = z.infer<typeof HandOverInput>;

export const CloseCaseInput = z
  .object({ reason: CaseClosureReason, note: text("note", { max: 2000 }).optional(), ...acknowledgement })
  .refine((c) => c.reason !== "other" || c.note !== undefined, {
    error: "note is required when reason is other",
    path: ["note"],
    ...issueKey("case.note_required"),
  })
  .refine(...reasonWhenAcknowledged);
export type CloseCaseInput = z.infer<typeof CloseCaseInput>;

/**
 * The flags of the latest screening that still wait for a referral, as the case screen shows them: none once
 * the case is closed, since nobody will refer from it any more.
 */
export function caseFlagsAwaitingReferral(
  stage: CaseStage,
  flags: readonly VulnerabilityFlag[],
  referrals: readonly { category: string; status: string }[],
): VulnerabilityFlag[] {
  return isOpenStage(stage) ? flagsAwaitingReferral(flags, referrals) : [];
}

/** Something still open on a case: a flagged need never referred, or a referral without its outcome. */
export type OpenCaseItem =
  | { kind: "flag"; code: string; label: string }
  | { kind: "referral"; referralId: string; serviceName: string; status: ReferralStatus };

/** What stays open if the case ends now (closing or handing over). */
export function openItemsOfCase(args: {
  stage: CaseStage;
  flagsAwaitingReferral: readonly { code: string; label: string }[];
  referrals: readonly { id: string; status: string; serviceName: string }[];
}): OpenCaseItem[] {
  if (!isOpenStage(args.stage)) return [];
  return [
    ...args.flagsAwaitingReferral.map((f): OpenCaseItem => ({ kind: "flag", code: f.code, label: f.label })),
    ...args.referrals
      .filter((r) => isOpenStatus(r.status as ReferralStatus))
      .map(
        (r): OpenCaseItem => ({
          kind: "referral",
          referralId: r.id,
          serviceName: r.serviceName,
          status: r.status as ReferralStatus,
        }),
      ),
  ];
}

export function describeOpenItem(item: OpenCaseItem): string {
  return item.kind === "flag"
    ? `"${item.label}" needs a referral and has none`
    : `the referral to ${item.serviceName} is ${item.status.replace("_", " ")}`;
}

export type EndingDecision =
  | { ok: true; acknowledged: { items: OpenCaseItem[]; reason: string } | null }
  | ({ ok: false } & Refusal);

/**
 * Whether a case may be closed or handed over: at once when nothing is open; with open items only when the
 * caller acknowledges them and says why, which is then kept with the closure or hand-over.
 */
export function decideCaseEnding(
  action: "close" | "hand over",
  items: readonly OpenCaseItem[],
  input: { acknowledgeOpenItems?: boolean | undefined; openItemsReason?: string | undefined },
): EndingDecision {
  if (items.length === 0) return { ok: true, acknowledged: null };
  if (input.acknowledgeOpenItems && input.openItemsReason) {
    return { ok: true, acknowledged: { items: [...items], reason: input.openItemsReason } };
  }
  const key = action === "close" ? "case.open_items_close" : "case.open_items_hand_over";
  return { ok: false, ...refusal("conflict", key, { items: items.map(describeOpenItem).join("; ") }) };
}
