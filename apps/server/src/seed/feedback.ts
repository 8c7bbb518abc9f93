import { addDaysUtc, FeedbackInput, type GrievanceCategory } from "@homecoming/domain";
import type { Db } from "../db/client";
import type { Actor, Ctx } from "../http/context";
import { answerFeedback, closeFeedback, sendFeedback, triageFeedback } from "../modules/feedback/service";
import { mixSeed, originDistricts, Rng } from "./generator";

/** A demo service a message can be about: its id, organisation and the country it serves. */
export interface FeedbackService {
  id: string;
  organisationId: string;
  country: string;
}

const praise = [
  "The trainer explained everything patiently and the course helped me find work.",
  "Staff called me back the same day and gave me an appointment.",
  "The loan officer was respectful and the paperwork was simple.",
  "The counsellor listened to me; I feel better after the sessions.",
];
const mixed = [
  "The service was useful but I waited three weeks for the first appointment.",
  "The office is far from my village and the bus fare is expensive.",
];
const complaints: [GrievanceCategory, string][] = [
  ["service_refused", "I was told the course is full although my friend registered after me."],
  ["delay", "My referral was accepted two months ago and nobody has called me since."],
  ["cost_or_fees", "They asked me to pay a fee for a certificate that should be free."],
  ["discrimination", "The officer said people who were deported do not deserve a loan."],
  ["service_quality", "The training machines were broken for most of the course."],
  ["staff_conduct", "A staff member shouted at me in front of other people and told me to leave."],
];
const names = ["Rahima Begum", "Abdul Karim", "Nasreen Akter", "Imran Hossain", "Farzana Yasmin", "Ali Raza"];
const phones = ["+8801712345601", "+8801812345602", "+923001234503", "+9647501234504"];

/**
 * Feedback and grievances of the last nine months for the demo, sent through the feedback service as the
 * portal or a counsellor would, then triaged, answered and closed by the organisations handling them on
 * later days: some answered in time, some late, a few still waiting, so that the workspace's lists and the
 * feedback indicators show every state.
 */
export async function seedFeedback(
  tx: Db,
  options: {
    now: Date;
    seed: number;
    services: readonly FeedbackService[];
    /** who answers for each organisation; administrators for what no organisation handles */
    responders: ReadonlyMap<string, Actor>;
    admin: Actor;
    ctxOf: (tx: Db, actor: Actor, now: Date) => Ctx;
  },
) {
  const rng = new Rng(mixSeed(options.seed, 0xfeedb));
  const bd = originDistricts.BD.map(([code]) => code);
  for (let i = 0; i < 60; i++) {
    const received = addDaysUtc(options.now, -rng.int(2, 270));
    received.setUTCHours(rng.int(7, 17), rng.int(0, 59));
    const service = rng.pick(options.services);
    const grievance = rng.chance(0.45);
    const [category, complaint] = rng.pick(complaints);
    const anonymous = rng.chance(0.4);
    const rating = rng.weighted([
      [5, 4],
      [4, 4],
      [3, 2],
      [2, 1],
      [1, 1],
    ] as const);
    const input = FeedbackInput.parse({
      kind: grievance ? "grievance" : "feedback",
      subject: grievance && category === "staff_conduct" ? "staff" : "service",
      ...(grievance && category === "staff_conduct"
        ? { organisationId: service.organisationId }
        : { serviceId: service.id }),
      message: grievance ? complaint : rating >= 4 ? rng.pick(praise) : rng.pick(mixed),
      ...(grievance ? {} : { rating }),
      language: rng.pick(["bn", "bn", "en", "ur", "ar"] as const),
      ...(service.country === "BD" ? { adminAreaCode: rng.pick(bd) } : {}),
      anonymous,
      ...(anonymous ? {} : { name: rng.pick(names), phone: rng.pick(phones) }),
    });
    const visitor = { tx, actor: null, now: received, ip: undefined };
    const { row: item } = await sendFeedback(visitor, input);
    const handler =
      (item.handlingOrganisationId && options.responders.get(item.handlingOrganisationId)) || options.admin;
    const later = (days: number) => {
      const at = addDaysUtc(received, days);
      return at < options.now ? at : options.now;
    };
    const waiting = rng.chance(0.15);
    if (waiting) continue;
    let version = item.version;
    if (grievance) {
      const triaged = await triageFeedback(options.ctxOf(tx, handler, later(1)), item.id, {
        version,
        category,
        priority: category === "staff_conduct" ? "urgent" : "normal",
      });
      version = triaged.version;
      // some are still being looked into
      if (rng.chance(0.2)) continue;
    }
    // most are answered in time, a few late
    const answeredAfter = rng.chance(0.8) ? rng.int(1, grievance ? 12 : 20) : rng.int(16, 40);
    const answeredAt = later(answeredAfter);
    const answered = await answerFeedback(options.ctxOf(tx, handler, answeredAt), item.id, {
      version,
      answer: grievance
        ? "Thank you for telling us. We spoke to the team concerned and a case worker will call you this week."
        : "Thank you for your feedback; we have shared it with the team.",
    });
    if (rng.chance(0.6)) {
      await closeFeedback(options.ctxOf(tx, handler, later(answeredAfter + 3)), item.id, {
        version: answered.version,
      });
    }
  }
}
