import { AnswerInput, CommunityEventInput, PeerGroupInput, QuestionInput } from "@homecoming/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { portalAccounts } from "../db/schema";
import type { Actor, Ctx, ReturneeCtx } from "../http/context";
import * as board from "../modules/community/board";
import * as events from "../modules/community/events";

const inDays = (now: Date, days: number, hour: number) => {
  const at = new Date(now.getTime() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

/**
 * The community of the demo: events to come at MRC Dhaka and MRC Erbil (one of them with the demo returnee
 * registered), the groups they list, and questions on the board, published with answers or waiting for a
 * moderator. Made through the services, as the MRCs' case workers would.
 */
export async function seedCommunity(
  tx: Db,
  options: {
    now: Date;
    dhaka: Actor;
    erbil: Actor;
    ctxOf: (tx: Db, actor: Actor, now: Date) => Ctx;
    demoPhone: string;
  },
) {
  const { now } = options;
  const dhaka = options.ctxOf(tx, options.dhaka, now);
  const erbil = options.ctxOf(tx, options.erbil, now);
  const fair = await events.createEvent(
    dhaka,
    CommunityEventInput.parse({
      kind: "job_fair",
      title: "Job fair for returnees",
      description:
        "Employers from garments, construction and electrical work meet returnees looking for a job. Bring your passport and any certificate.",
      translations: {
        bn: {
          name: "ফেরত আসা কর্মীদের চাকরি মেলা",
          description:
            "পোশাক, নির্মাণ ও বিদ্যুতের কাজের মালিকরা কাজ খুঁজছেন এমন ফেরত আসা কর্মীদের সঙ্গে দেখা করবেন। পাসপোর্ট আর কোনো সনদ থাকলে সঙ্গে আনুন।",
        },
      },
      adminAreaCode: "BD3026",
      venue: "MRC Dhaka, Probashi Kallyan Bhaban, 71-72 Eskaton Garden, Dhaka",
      startsAt: inDays(now, 12, 4),
      endsAt: inDays(now, 12, 9),
      capacity: 120,
      languages: ["bn", "en"],
      phone: "+8801711000200",
    }),
  );
  await events.createEvent(
    dhaka,
    CommunityEventInput.parse({
      kind: "information_session",
      title: "Your rights and safe migration",
      description: "What to check before going abroad again, and where to turn when a recruiter cheats you.",
      translations: { bn: { name: "আপনার অধিকার ও নিরাপদ অভিবাসন" } },
      adminAreaCode: "BD3026",
      venue: "MRC Dhaka, training room 2",
      startsAt: inDays(now, 5, 8),
      capacity: 40,
      languages: ["bn"],
    }),
  );
  await events.createEvent(
    erbil,
    CommunityEventInput.parse({
      kind: "community_meeting",
      title: "Returnees' evening",
      description: "Returnees and their families meet, share food and what helped them settle.",
      translations: {
        ar: {
          name: "أمسية العائدين",
          description: "يلتقي العائدون وعائلاتهم، يتشاركون الطعام وما ساعدهم على الاستقرار.",
        },
        ckb: { name: "ئێوارەی گەڕاوەکان" },
      },
      adminAreaCode: "IQG11Q02",
      venue: "MRC Erbil, 100 Meter Road, Erbil",
      startsAt: inDays(now, 9, 15),
      languages: ["ar", "ckb"],
    }),
  );
  await events.createGroup(
    dhaka,
    PeerGroupInput.parse({
      kind: "women_group",
      name: "Returnee women of Dhaka",
      description: "Women back from the Gulf meet to share what helped them find work and deal with debt.",
      translations: { bn: { name: "ঢাকার ফেরত আসা নারীরা" } },
      adminAreaCodes: ["BD3026"],
      languages: ["bn"],
      meets: "Every second Friday, 3 pm, MRC Dhaka",
      phone: "+8801711000201",
    }),
  );
  await events.createGroup(
    dhaka,
    PeerGroupInput.parse({
      kind: "migration_forum",
      name: "Bangladesh migration forum",
      description: "Returnees, families and NGOs talk about safe migration and what to ask a recruiter.",
      languages: ["bn", "en"],
      meets: "Online, the first Monday of the month",
      website: "https://example.org/migration-forum",
    }),
  );
  await events.createGroup(
    erbil,
    PeerGroupInput.parse({
      kind: "peer_support",
      name: "Erbil returnees' circle",
      description: "Returnees from Europe listen to each other and help newcomers with papers.",
      translations: { ar: { name: "حلقة العائدين في أربيل" }, ckb: { name: "بازنەی گەڕاوەکانی هەولێر" } },
      adminAreaCodes: ["IQG11"],
      languages: ["ar", "ckb"],
      meets: "Thursdays, 6 pm, MRC Erbil",
    }),
  );

  // questions of the demo returnee: one published and answered, one waiting for a moderator
  const [account] = await tx
    .select()
    .from(portalAccounts)
    .where(eq(portalAccounts.phone, options.demoPhone))
    .limit(1);
  if (!account?.personId) return;
  const returnee: ReturneeCtx = {
    tx,
    returnee: {
      accountId: account.id,
      phone: account.phone,
      language: account.language,
      personId: account.personId,
      sessionId: "seed",
    },
    now,
    ip: undefined,
    access: { action: "seed", who: "returnee", relations: ["returnee_self"] },
    checked: new Set(),
  };
  await events.register(returnee, fair.id);
  const asked = await board.ask(
    returnee,
    QuestionInput.parse({
      topic: "debt",
      language: "bn",
      title: "দালালের ঋণ কীভাবে শোধ করব?",
      body: "সৌদি আরব যাওয়ার জন্য দালালের কাছ থেকে টাকা নিয়েছিলাম। এখন দেশে ফিরে কাজ নেই। কোথায় সাহায্য পাব?",
    }),
  );
  await board.publish(dhaka, asked.id);
  await board.answerAsStaff(
    dhaka,
    asked.id,
    AnswerInput.parse({
      body: "MRC Dhaka-তে আসুন: আমরা ঋণের হিসাব করে প্রবাসী কল্যাণ ব্যাংকের পুনর্বাসন ঋণের জন্য আবেদন করতে সাহায্য করি।",
    }),
  );
  await board.ask(
    returnee,
    QuestionInput.parse({
      topic: "job",
      language: "bn",
      title: "ইলেকট্রিশিয়ানের প্রশিক্ষণ কোথায় পাব?",
      body: "সৌদিতে তিন বছর বিদ্যুতের কাজ করেছি, কিন্তু সনদ নেই। ঢাকায় কোথায় প্রশিক্ষণ আর সনদ পাওয়া যায়?",
    }),
  );
}
