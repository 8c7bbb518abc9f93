import {
  type CloseCaseInput,
  decideCaseEnding,
  type HandOverInput,
  refusalError,
  staleVersion,
} from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import { audit } from "../audit/service";
import { loadWritableCase, moveStage, openParts, recordCaseEvent, withPerson } from "./service";
import type * as store from "./store";

/** Closing or handing over: refused (409) while items are open, unless acknowledged with a reason. */
async function decideEnding(
  ctx: Ctx,
  row: store.CaseRow,
  action: "close" | "hand over",
  input: { acknowledgeOpenItems?: boolean | undefined; openItemsReason?: string | undefined },
) {
  const decision = decideCaseEnding(action, (await openParts(ctx, row)).openItems, input);
  if (!decision.ok) throw refusalError(decision);
  return decision.acknowledged
    ? { openItems: decision.acknowledged.items, openItemsReason: decision.acknowledged.reason }
    : {};
}

export async function handOver(ctx: Ctx, caseId: string, input: HandOverInput & { version: number }) {
  const row = await loadWritableCase(ctx, caseId);
  if (row.version !== input.version) throw staleVersion();
  const acknowledged = await decideEnding(ctx, row, "hand over", input);
  const updated = await moveStage(ctx, row, "handed_over", {
    handedOverTo: [input.nationalService, input.organisationName].filter(Boolean).join(" — "),
    handedOverAt: ctx.now,
  });
  await recordCaseEvent(ctx, caseId, "handed_over", {
    nationalService: input.nationalService,
    organisationName: input.organisationName,
    note: input.note,
    ...acknowledged,
  });
  await audit(ctx, {
    action: "transition",
    recordType: "case",
    recordId: caseId,
    personId: row.personId,
    details: { to: "handed_over" },
  });
  return withPerson(ctx, updated);
}

export async function closeCase(ctx: Ctx, caseId: string, input: CloseCaseInput & { version: number }) {
  const row = await loadWritableCase(ctx, caseId);
  if (row.version !== input.version) throw staleVersion();
  const acknowledged = await decideEnding(ctx, row, "close", input);
  const updated = await moveStage(ctx, row, "closed", {
    closedAt: ctx.now,
    closureReason: input.reason,
    closureNote: input.note ?? null,
  });
  await recordCaseEvent(ctx, caseId, "closed", { reason: input.reason, note: input.note, ...acknowledged });
  await audit(ctx, {
    action: "close",
    recordType: "case",
    recordId: caseId,
    personId: row.personId,
    details: { reason: input.reason },
  });
  return withPerson(ctx, updated);
}
