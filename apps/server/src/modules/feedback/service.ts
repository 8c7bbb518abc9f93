import { randomBytes } from "node:crypto";
import {
  answerDueOn,
  answeredInTime,
  decideFeedbackMove,
  type FeedbackAction,
  type FeedbackSide,
  type FeedbackStatus,
  feedbackMovesFor,
  notFound,
  referenceFrom,
  refusalError,
  requirePhoneE164,
  routeFeedback,
  staleVersion,
  toIsoDate,
  validation,
} from "@homecoming/domain";
import { adminArea, adminAreaCountry, areasCovering } from "@homecoming/reference";
import type { z } from "zod";
import { together } from "../../db/together";
import type { Ctx, OpenCtx } from "../../http/context";
import { feedbackPartyScope, feedbackSide } from "../access";
import { audit, auditOpen } from "../audit/service";
import { serviceById } from "../directory/service";
import { mrcsServing, organisationById } from "../organisations/service";
import type {
  AnswerBody,
  CloseBody,
  FeedbackInput,
  FeedbackQuery,
  NoteBody,
  ReopenBody,
  TriageBody,
} from "./schemas";
import * as store from "./store";

function summaryOf(row: store.FeedbackRow, names: store.Named, now: Date) {
  const inTime = answeredInTime(row.dueOn, row.firstAnsweredAt, now);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    subject: row.subject,
    status: row.status,
    category: row.category,
    priority: row.priority,
    serviceId: row.serviceId,
    serviceName: names.serviceName,
    concernedOrganisationId: row.concernedOrganisationId,
    concernedOrganisationName: names.concernedName,
    concernedReads: row.concernedReads,
    handlingOrganisationId: row.handlingOrganisationId,
    handlingOrganisationName: names.handlingName,
    channel: row.channel,
    language: row.language,
    anonymous: row.anonymous,
    rating: row.rating,
    excerpt: row.message.length > 160 ? `${row.message.slice(0, 159)}…` : row.message,
    receivedAt: row.receivedAt,
    dueOn: row.dueOn,
    overdue: row.status !== "closed" && inTime === false && row.firstAnsweredAt === null,
    answeredInTime: inTime,
    version: row.version,
  };
}

/** The MRCs that should handle a message from a place, or about an organisation of a country. */
async function candidatesFor(ctx: OpenCtx, adminAreaCode: string | undefined, country: string | null) {
  const areas = adminAreaCode ? areasCovering(adminAreaCode) : country ? [country] : [];
  const home = adminAreaCode ? (adminAreaCountry(adminAreaCode) ?? country) : country;
  return mrcsServing(ctx.tx, areas, home);
}

/** A new reference, drawn again in the unlikely case it is taken. */
async function freshReference(ctx: OpenCtx) {
  for (;;) {
    const reference = referenceFrom(randomBytes(12));
    if (!(await store.feedbackByReference(ctx.tx, reference))) return reference;
  }
}

/**
 * Takes a message from anyone (or from staff taking it down for someone), routes it, and gives the stored row
 * and the receipt the sender gets: the reference to keep, who answers and by when. What it is about must exist; the sender's phone must be a real number.
 */
export async function sendFeedback(ctx: OpenCtx, input: z.infer<typeof FeedbackInput>) {
  let concerned: string | null = input.organisationId ?? null;
  let country: string | null = null;
  if (input.serviceId) {
    const service = await serviceById(ctx.tx, input.serviceId);
    if (!service) throw validation("service.unknown", { id: input.serviceId }, "serviceId");
    if (input.organisationId && input.organisationId !== service.service.organisationId)
      throw validation("feedback.organisation_of_service", {}, "organisationId");
    concerned = service.service.organisationId;
  }
  if (concerned) {
    const organisation = await organisationById(ctx.tx, concerned);
    if (!organisation) throw validation("organisation.unknown", { id: concerned }, "organisationId");
    country = organisation.country;
  }
  if (input.subject === "other") concerned = null;
  const phoneCountry = input.adminAreaCode ? adminAreaCountry(input.adminAreaCode) : (country ?? undefined);
  const phone = input.phone ? requirePhoneE164(input.phone, phoneCountry, "phone") : null;
  const route = routeFeedback({
    kind: input.kind,
    subject: input.subject,
    concernedOrganisationId: concerned,
    category: null,
    candidates: await candidatesFor(ctx, input.adminAreaCode, country),
  });
  // staff taking it down say how it came; what comes without a session came online
  const channel = ctx.actor ? input.channel : "online";
  const row = await store.insertFeedback(ctx.tx, {
    reference: await freshReference(ctx),
    kind: input.kind,
    subject: input.subject,
    serviceId: input.subject === "service" ? (input.serviceId ?? null) : null,
    concernedOrganisationId: concerned,
    concernedReads: route.concernedReads,
    handlingOrganisationId: route.handlingOrganisationId,
    staffName: input.staffName ?? null,
    message: input.message,
    rating: input.rating ?? null,
    language: input.language,
    adminAreaCode: input.adminAreaCode ?? null,
    anonymous: input.anonymous,
    senderName: input.name ?? null,
    senderPhone: phone,
    senderEmail: input.email ?? null,
    channel,
    recordedBy: ctx.actor?.userId ?? null,
    receivedAt: ctx.now,
    dueOn: answerDueOn(toIsoDate(ctx.now), input.kind, "normal"),
  });
  await store.insertFeedbackEvent(ctx.tx, {
    feedbackId: row.id,
    action: "received",
    userId: ctx.actor?.userId ?? null,
    organisationId: ctx.actor?.organisationId ?? null,
    details: { channel, handlingOrganisationId: route.handlingOrganisationId },
    at: ctx.now,
  });
  await auditOpen(ctx, {
    action: "create",
    recordType: "feedback",
    recordId: row.id,
    details: { kind: row.kind, channel, anonymous: row.anonymous },
  });
  const handler = route.handlingOrganisationId
    ? await organisationById(ctx.tx, route.handlingOrganisationId)
    : undefined;
  return {
    row,
    receipt: {
      reference: row.reference,
      kind: row.kind,
      status: row.status,
      receivedAt: row.receivedAt,
      dueOn: row.dueOn,
      handledBy: handler?.name ?? null,
    },
  };
}

/** What the holder of a reference reads. An unknown reference is not found, however it is written. */
export async function feedbackStatus(ctx: OpenCtx, reference: string) {
  const row = await store.feedbackByReference(ctx.tx, reference);
  if (!row) throw notFound("feedback.reference_not_found");
  const [names, events] = await together([store.namesOf(ctx.tx, row), store.eventsOf(ctx.tx, row.id)]);
  const history: { status: FeedbackStatus; at: Date }[] = [];
  for (const { event } of events) {
    const status: FeedbackStatus | undefined =
      event.action === "received"
        ? "received"
        : event.action === "note"
          ? undefined
          : (event.details.to as FeedbackStatus | undefined);
    if (status && history.at(-1)?.status !== status) history.push({ status, at: event.at });
  }
  await auditOpen(ctx, {
    action: "read",
    recordType: "feedback",
    recordId: row.id,
    details: { by: "reference" },
  });
  return {
    reference: row.reference,
    kind: row.kind,
    subject: row.subject,
    about:
      row.subject === "service" ? names.serviceName : row.subject === "other" ? null : names.concernedName,
    status: row.status,
    receivedAt: row.receivedAt,
    dueOn: row.dueOn,
    handledBy: names.handlingName,
    answer: row.answer,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    history,
  };
}

export async function listFeedback(ctx: Ctx, query: z.infer<typeof FeedbackQuery>) {
  const scope = feedbackPartyScope(ctx);
  const page = await store.listFeedback(ctx.tx, {
    ...query,
    organisationId: scope.everyOrganisation ? undefined : scope.organisationId,
    today: toIsoDate(ctx.now),
  });
  // a list shows the start of each message, which may name someone
  if (page.items.length)
    await audit(
      ctx,
      ...page.items.map((r) => ({
        action: "list" as const,
        recordType: "feedback",
        recordId: r.feedback.id,
      })),
    );
  return { items: page.items.map((r) => summaryOf(r.feedback, r, ctx.now)), total: page.total };
}

/** A message the caller may read, with who they are to it; one they may not is not found. */
async function readable(ctx: Ctx, id: string) {
  const row = await store.getFeedback(ctx.tx, id);
  if (!row) throw notFound("feedback.not_found");
  const side = feedbackSide(ctx, row);
  if (side === "none") throw notFound("feedback.not_found");
  return { row, side };
}

async function detailOf(ctx: Ctx, row: store.FeedbackRow, side: FeedbackSide) {
  const [names, events] = await together([store.namesOf(ctx.tx, row), store.eventsOf(ctx.tx, row.id)]);
  const area = row.adminAreaCode ? adminArea(row.adminAreaCode) : undefined;
  return {
    ...summaryOf(row, names, ctx.now),
    message: row.message,
    staffName: row.staffName,
    adminAreaCode: row.adminAreaCode,
    areaName: area?.name ?? null,
    sender: row.anonymous ? null : { name: row.senderName, phone: row.senderPhone, email: row.senderEmail },
    recordedByName: names.recordedByName,
    answer: row.answer,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    events: events.map(({ event, userName, organisationName }) => ({
      seq: event.seq,
      action: event.action,
      at: event.at,
      userName,
      organisationName,
      text: event.text,
      details: event.details,
    })),
    side,
    moves: feedbackMovesFor(side, row.status),
  };
}

/** One message with its sender and history, for the organisations it is routed to; the read is audited. */
export async function getFeedback(ctx: Ctx, id: string) {
  const { row, side } = await readable(ctx, id);
  await audit(ctx, { action: "read", recordType: "feedback", recordId: row.id });
  return detailOf(ctx, row, side);
}

async function move(
  ctx: Ctx,
  id: string,
  action: FeedbackAction,
  version: number,
  text: string | undefined,
  change: (row: store.FeedbackRow) => Promise<Partial<store.FeedbackRow>> | Partial<store.FeedbackRow>,
) {
  const { row, side } = await readable(ctx, id);
  const decision = decideFeedbackMove({ side, status: row.status, action, text });
  if (!decision.ok) throw refusalError(decision);
  if (row.version !== version) throw staleVersion();
  const patch = { ...(await change(row)), status: decision.to };
  const updated = await store.updateFeedback(ctx.tx, id, version, patch);
  if (!updated) throw staleVersion();
  await store.insertFeedbackEvent(ctx.tx, {
    feedbackId: id,
    action,
    userId: ctx.actor.userId,
    organisationId: ctx.actor.organisationId,
    text: text?.trim() || null,
    details: { from: row.status, to: decision.to, ...changedFields(row, patch) },
    at: ctx.now,
  });
  await audit(ctx, {
    action: "transition",
    recordType: "feedback",
    recordId: id,
    details: { action, from: row.status, to: decision.to },
  });
  const after = feedbackSide(ctx, updated);
  if (after !== "none") return detailOf(ctx, updated, after);
  // passed on to another organisation: the caller no longer reads its message, sender or history
  const detail = await detailOf(ctx, updated, "handler");
  return { ...detail, message: "", staffName: null, sender: null, events: [], side: after, moves: [] };
}

const tracked = ["category", "priority", "handlingOrganisationId", "concernedReads", "dueOn"] as const;
function changedFields(row: store.FeedbackRow, patch: Partial<store.FeedbackRow>) {
  return Object.fromEntries(
    tracked.filter((k) => k in patch && patch[k] !== row[k]).map((k) => [k, patch[k]]),
  );
}

export async function triageFeedback(ctx: Ctx, id: string, body: z.infer<typeof TriageBody>) {
  return move(ctx, id, "triage", body.version, body.note, async (row) => {
    const category = body.category ?? row.category;
    const priority = body.priority ?? row.priority;
    let handling = row.handlingOrganisationId;
    if (body.handlingOrganisationId !== undefined) {
      handling = body.handlingOrganisationId;
      if (handling) {
        const organisation = await organisationById(ctx.tx, handling);
        if (!organisation)
          throw validation("organisation.unknown", { id: handling }, "handlingOrganisationId");
        if (row.kind === "grievance" && handling === row.concernedOrganisationId)
          throw validation("feedback.grievance_elsewhere", {}, "handlingOrganisationId");
      }
    }
    const { concernedReads } = routeFeedback({
      kind: row.kind,
      subject: row.subject,
      concernedOrganisationId: row.concernedOrganisationId,
      category,
      candidates: [],
    });
    return {
      category,
      priority,
      handlingOrganisationId: handling,
      // a sensitive category takes it out of the organisation's sight; it never puts it back by itself
      concernedReads: row.concernedReads && concernedReads,
      dueOn: answerDueOn(toIsoDate(row.receivedAt), row.kind, priority),
    };
  });
}

export async function answerFeedback(ctx: Ctx, id: string, body: z.infer<typeof AnswerBody>) {
  return move(ctx, id, "answer", body.version, body.answer, (row) => ({
    answer: body.answer,
    answeredAt: ctx.now,
    firstAnsweredAt: row.firstAnsweredAt ?? ctx.now,
  }));
}

export async function closeFeedback(ctx: Ctx, id: string, body: z.infer<typeof CloseBody>) {
  return move(ctx, id, "close", body.version, body.reason, () => ({ closedAt: ctx.now }));
}

export async function reopenFeedback(ctx: Ctx, id: string, body: z.infer<typeof ReopenBody>) {
  return move(ctx, id, "reopen", body.version, body.reason, () => ({ closedAt: null }));
}

/** A note for staff (never shown to the sender): the handler's, an administrator's, or the account of the organisation it is about. */
export async function noteFeedback(ctx: Ctx, id: string, body: z.infer<typeof NoteBody>) {
  const { row, side } = await readable(ctx, id);
  await store.insertFeedbackEvent(ctx.tx, {
    feedbackId: id,
    action: "note",
    userId: ctx.actor.userId,
    organisationId: ctx.actor.organisationId,
    text: body.text,
    details: { side },
    at: ctx.now,
  });
  await audit(ctx, { action: "update", recordType: "feedback", recordId: id, details: { note: true } });
  return detailOf(ctx, row, side);
}
