import {
  AssessmentInput,
  type CaseClosureReason,
  type CaseStage,
  ConsentInput,
  type ConsentPurpose,
  caseStages,
  DAY_MS,
  FollowUpCompleteInput,
  followUpOpensOn,
  type NeedsAnswers,
  type OrganisationKind,
  PersonInput,
  PlanInput,
  planFollowUpKinds,
  type ReferralAction,
  ReferralInput,
  type ReferralStatus,
  referralStatuses,
  scoreNeeds,
  sustainabilitySurveyV1,
  TransitionInput,
  toIsoDate,
} from "@homecoming/domain";
import type { Dimension, ServiceCategoryCode } from "@homecoming/reference";
import type { Database, Db } from "../db/client";
import { organisations } from "../db/schema";
import { type Relation, type RouteAccess, relations } from "../http/access";
import type { Actor, Ctx, Role } from "../http/context";
import { addAssessment } from "../modules/cases/assessments";
import { closeCase, handOver } from "../modules/cases/closure";
import { completeFollowUp, listFollowUps, refreshFollowUpStatuses } from "../modules/cases/follow-ups";
import { savePlan } from "../modules/cases/plan";
import { casesByIds, openCase } from "../modules/cases/service";
import { ServiceInput } from "../modules/directory/schemas";
import { createService } from "../modules/directory/service";
import { OrganisationInput, UserInput } from "../modules/organisations/schemas";
import { createOrganisation, createUser } from "../modules/organisations/service";
import { listConsents, recordConsent, registerPerson, withdrawConsent } from "../modules/persons/service";
import { ProgrammeInput } from "../modules/programmes/schemas";
import { createProgramme } from "../modules/programmes/service";
import { createReferral, flagOverdueReferrals, transition } from "../modules/referrals/service";
import {
  declineReasons,
  needsAnswers,
  notCompletedReasons,
  outcomeFor,
  planFor,
  psychosocialAnswers,
  referralReason,
  surveyAnswers,
  vulnerabilityAnswers,
} from "./answers";
import { seedCommunity } from "./community";
import { accountSpecs, mrcFor, type OrgKey, organisationSpecs, servesArea, serviceSpecs } from "./directory";
import { seedFeedback } from "./feedback";
import { type GeneratedPerson, generatePerson, mixSeed, personRng, Rng } from "./generator";
import { programmeSpecs } from "./programmes";
import { demoReturnee, seedSelfRegistrations } from "./self-registrations";

export const demoPassword = "homecoming-demo";

/** Every demo account the seed creates: the README's first, then the other MRCs and providers. */
export const demoAccounts: { email: string; role: string; organisation: string }[] = accountSpecs.map(
  (a) => ({
    email: a.email,
    role: a.role,
    organisation: organisationSpecs[a.org].name,
  }),
);

/** How many of the demo accounts the README lists (and DESIGN.md names); `npm start` prints these. */
export const listedDemoAccountCount = 8;

/** What `npm start` prints about the demo accounts: the README's table, one account a line. */
export function demoAccountLines(): string[] {
  return [
    `Demo accounts (password for all: ${demoPassword}):`,
    ...demoAccounts.slice(0, listedDemoAccountCount).map((a) => `  ${a.email.padEnd(36)} ${a.role}`),
  ];
}

export const defaultDemoPersons = 300;
export const defaultDemoSeed = 20_260_101;

/** Empty means no organisation at all: the demo seed never writes into a database in use. */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const rows = await database.db.select({ id: organisations.id }).from(organisations).limit(1);
  return rows.length === 0;
}

interface DemoService {
  id: string;
  org: OrgKey;
  organisationId: string;
  category: ServiceCategoryCode;
  country: string;
  serviceAreas: string[];
}

interface Directory {
  orgIds: Record<OrgKey, string>;
  actors: Map<string, Actor>;
  /** Who acts for an organisation on incoming referrals: its provider, or for an MRC its case manager. */
  responders: Map<string, Actor>;
  services: DemoService[];
}

const bootstrapActor: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  organisationId: "00000000-0000-0000-0000-000000000000",
  organisationName: "demo seed",
  organisationKind: "ministry",
  organisationCountry: "BD",
  roles: ["admin"],
  email: "seed@demo.homecoming",
  name: "Demo seed",
};

/** The seed acts through the services as each account would, past the routes' role checks. */
const seedAccess: RouteAccess = {
  action: "seed",
  who: "signed_in",
  relations: Object.keys(relations) as Relation[],
};

function ctxOf(tx: Db, actor: Actor, now: Date): Ctx {
  return { tx, actor, now, ip: undefined, reason: undefined, access: seedAccess, checked: new Set() };
}

/** Organisations, accounts and the service directory, created by an administrator through the services. */
async function seedDirectory(tx: Db, now: Date): Promise<Directory> {
  const orgIds = {} as Record<OrgKey, string>;
  const orgRows = new Map<string, { name: string; kind: OrganisationKind; country: string }>();
  let admin = bootstrapActor;
  const actors = new Map<string, Actor>();
  const byOrg = new Map<OrgKey, Actor[]>();
  const orgKeys = Object.keys(organisationSpecs) as OrgKey[];
  // the administrators' organisation and the administrator first, so that the rest is created by a real account
  const adminSpec = accountSpecs.find((a) => a.roles.includes("admin"))!;
  const ordered = [adminSpec.org, ...orgKeys.filter((k) => k !== adminSpec.org)];
  const addUser = async (spec: (typeof accountSpecs)[number]) => {
    const user = await createUser(
      ctxOf(tx, admin, now),
      UserInput.parse({
        organisationId: orgIds[spec.org],
        email: spec.email,
        name: spec.name,
        password: demoPassword,
        roles: spec.roles,
      }),
    );
    const org = orgRows.get(orgIds[spec.org])!;
    const actor: Actor = {
      userId: user.id,
      organisationId: user.organisationId,
      organisationName: org.name,
      organisationKind: org.kind,
      organisationCountry: org.country,
      roles: user.roles as Role[],
      email: user.email,
      name: user.name,
    };
    actors.set(spec.email, actor);
    byOrg.set(spec.org, [...(byOrg.get(spec.org) ?? []), actor]);
    return actor;
  };
  for (const key of ordered) {
    const org = await createOrganisation(
      ctxOf(tx, admin, now),
      OrganisationInput.parse(organisationSpecs[key]),
    );
    orgIds[key] = org.id;
    orgRows.set(org.id, org);
    if (key === adminSpec.org) admin = await addUser(adminSpec);
  }
  for (const spec of accountSpecs) if (spec !== adminSpec) await addUser(spec);

  const services: DemoService[] = [];
  for (const spec of serviceSpecs) {
    const created = await createService(
      ctxOf(tx, admin, now),
      ServiceInput.parse({
        organisationId: orgIds[spec.org],
        name: spec.name,
        description: spec.description,
        category: spec.category,
        locations: [spec.location],
        serviceAreas: spec.serviceAreas,
        languages: spec.languages,
        eligibility: spec.eligibility,
        capacity: spec.capacity,
        cost: spec.cost,
        contact: spec.contact,
        translations: spec.translations ?? {},
      }),
    );
    services.push({
      id: created.id,
      org: spec.org,
      organisationId: created.organisationId,
      category: spec.category,
      country: organisationSpecs[spec.org].country,
      serviceAreas: created.serviceAreas,
    });
  }
  for (const spec of programmeSpecs) {
    const day = (offset: number | null) =>
      offset === null ? null : toIsoDate(new Date(now.getTime() + offset * 86_400_000));
    await createProgramme(
      ctxOf(tx, admin, now),
      ProgrammeInput.parse({
        ownerOrganisationId: orgIds[spec.owner],
        name: spec.name,
        description: spec.description,
        kind: spec.kind,
        category: spec.category,
        areaCodes: spec.areaCodes,
        capacity: spec.capacity,
        opensOn: day(spec.opensInDays),
        closesOn: day(spec.closesInDays),
        eligibilityRule: spec.rule,
        translations: spec.translations ?? {},
      }),
    );
  }
  const responders = new Map<string, Actor>();
  for (const [key, staff] of byOrg) {
    const responder =
      staff.find((a) => a.roles.includes("provider")) ?? staff.find((a) => a.roles.includes("case_manager"));
    if (responder) responders.set(orgIds[key], responder);
  }
  return { orgIds, actors, responders, services };
}

// ---------------------------------------------------------------------------------------------------------
// One returnee's story, told through the services with back-dated clocks.

const stageWeights: readonly (readonly [CaseStage, number])[] = [
  ["pre_return", 4],
  ["registered", 10],
  ["assessed", 12],
  ["plan_active", 22],
  ["monitoring", 25],
  ["handed_over", 10],
  ["closed", 17],
];

/** How long ago (days) a case at each stage was opened, so its stage fits the time it has had. */
const openedDaysAgo: Record<CaseStage, readonly [number, number]> = {
  pre_return: [2, 40],
  registered: [1, 40],
  assessed: [5, 70],
  plan_active: [20, 120],
  monitoring: [135, 520],
  handed_over: [240, 540],
  closed: [45, 540],
};

const allowedReferralStatuses: Partial<Record<CaseStage, readonly (readonly [ReferralStatus, number])[]>> = {
  assessed: [
    ["draft", 40],
    ["sent", 30],
    ["accepted", 10],
    ["declined", 10],
    ["cancelled", 10],
  ],
  plan_active: [
    ["draft", 8],
    ["sent", 22],
    ["accepted", 20],
    ["in_progress", 20],
    ["completed", 12],
    ["declined", 8],
    ["not_completed", 4],
    ["cancelled", 6],
  ],
  monitoring: [
    ["sent", 5],
    ["accepted", 8],
    ["in_progress", 15],
    ["completed", 45],
    ["not_completed", 10],
    ["declined", 10],
    ["cancelled", 7],
  ],
  handed_over: [
    ["completed", 60],
    ["not_completed", 15],
    ["declined", 15],
    ["cancelled", 10],
  ],
};
allowedReferralStatuses.closed = allowedReferralStatuses.handed_over;

/** The moves that lead from draft to each status drawn (a suspension follows a consent's withdrawal: none is drawn). */
type DrawnStatus = Exclude<ReferralStatus, "suspended">;
const pathTo: Record<DrawnStatus, ReferralAction[]> = {
  draft: [],
  sent: ["send"],
  accepted: ["send", "accept"],
  declined: ["send", "decline"],
  in_progress: ["send", "accept", "start"],
  completed: ["send", "accept", "start", "complete"],
  not_completed: ["send", "accept", "start", "not-complete"],
  cancelled: ["send", "cancel"],
};

/** Economic needs in the order case managers refer for them: concrete services before counselling. */
const referralPriority: readonly ServiceCategoryCode[] = [
  "econ.vocational_training",
  "econ.skills_recognition",
  "econ.finance",
  "econ.job_matching",
  "econ.entrepreneurship_training",
  "econ.business_support",
  "econ.cash_for_work",
  "econ.investment_advice",
  "econ.skills_assessment",
  "econ.job_counselling",
  "econ.information",
];

const closureReasonNotes: Record<CaseClosureReason, string> = {
  reintegrated: "Reintegrated; what is left is no longer needed.",
  handed_over: "The national service takes over what is still open.",
  moved_abroad_again: "Left the country before it could be done.",
  lost_contact: "Could not be reached to arrange it.",
  declined_support: "Declined further support.",
  deceased: "Deceased.",
  other: "Ended for another reason.",
};

const nationalServices: Record<string, string[]> = {
  BD: ["Department of Social Services", "Department of Youth Development", "Upazila Social Services Office"],
  PK: [
    "Benazir Income Support Programme",
    "Punjab Social Protection Authority",
    "Overseas Pakistanis Foundation",
  ],
  IQ: [
    "Social protection network, Ministry of Labour and Social Affairs",
    "Public employment service",
    "Directorate of Social Welfare, Kurdistan Region",
  ],
};

interface SeedState {
  missingStatuses: Set<ReferralStatus>;
  latest: Date;
}

/** A time on a working day, `days` after `from`, no later than `cap` unless `from` has reached it. */
function later(rng: Rng, from: Date, days: number, cap: Date): Date {
  const day = new Date(from.getTime() + days * DAY_MS);
  const t = Date.UTC(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    rng.int(3, 11),
    rng.int(0, 59),
  );
  // after `from` even when `from` is already at the cap: a step never goes back before the one it follows
  return new Date(Math.max(from.getTime() + 60_000, Math.min(t, cap.getTime())));
}

const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);

function pickServices(
  rng: Rng,
  dir: Directory,
  person: GeneratedPerson,
  lead: string,
  categories: readonly ServiceCategoryCode[],
  count: number,
): DemoService[] {
  const chosen: DemoService[] = [];
  for (const category of categories) {
    if (chosen.length >= count) break;
    const inCountry = dir.services.filter(
      (s) => s.category === category && s.country === person.country && s.organisationId !== lead,
    );
    // a provider near the returnee's home first; another MRC's service only when nobody else offers it
    const near = inCountry.filter((s) => servesArea(s.serviceAreas, s.country, person.input.adminAreaCode));
    const pool = near.length ? near : inCountry;
    const notMrc = pool.filter((s) => organisationSpecs[s.org].kind !== "mrc");
    if (pool.length) chosen.push(rng.pick(notMrc.length ? notMrc : pool));
  }
  return chosen;
}

function chooseStatus(rng: Rng, state: SeedState, stage: CaseStage): ReferralStatus {
  const options = allowedReferralStatuses[stage] ?? [];
  // statuses not seen yet come first, so that even a small demo shows every status of the closed loop
  const missing = options.find(([s]) => state.missingStatuses.has(s));
  const status = missing ? missing[0] : rng.weighted(options);
  state.missingStatuses.delete(status);
  return status;
}

async function tellStory(
  tx: Db,
  dir: Directory,
  state: SeedState,
  seed: number,
  index: number,
): Promise<void> {
  const rng = new Rng(mixSeed(seed ^ 0x5eed, index));
  // the surveys draw from their own stream, so that the rest of the story is the same with or without them
  const surveyRng = new Rng(mixSeed(seed ^ 0x5a7e, index));
  const latest = state.latest;
  const stage: CaseStage = index < caseStages.length ? caseStages[index]! : rng.weighted(stageWeights);
  const [minAgo, maxAgo] = openedDaysAgo[stage];
  const opened = later(rng, new Date(latest.getTime() - rng.int(minAgo, maxAgo) * DAY_MS), 0, latest);
  const arrivalGap = rng.weighted<number>([
    [0, 25],
    [rng.int(1, 14), 45],
    [rng.int(15, 60), 30],
  ]);
  const returnedOn =
    stage === "pre_return"
      ? toIsoDate(new Date(latest.getTime() + rng.int(7, 60) * DAY_MS))
      : toIsoDate(new Date(opened.getTime() - arrivalGap * DAY_MS));
  const person = generatePerson(personRng(seed, index), { returnedOn });
  const input = PersonInput.parse(person.input);

  const leadKey = mrcFor(person.country, person.input.adminAreaCode, arrivalGap === 0);
  const lead = dir.orgIds[leadKey];
  const staff = [...dir.actors.values()].filter(
    (a) => a.organisationId === lead && (a.roles.includes("case_manager") || a.roles.includes("counsellor")),
  );
  const manager = staff.find((a) => a.roles.includes("case_manager"))!;
  const counsellor = staff.find((a) => a.roles.includes("counsellor"));
  const lastDestination = input.migrationEpisodes.at(-1)?.destinationCountry ?? "";
  const abroad =
    stage === "pre_return"
      ? ["DE", "AT", "NL", "SE", "FI", "BE", "FR", "GB", "GR", "IT"].includes(lastDestination)
        ? dir.actors.get("counsellor.munich@demo.homecoming")
        : ["SA", "AE", "QA", "KW", "OM", "BH"].includes(lastDestination)
          ? dir.actors.get("counsellor.riyadh@demo.homecoming")
          : undefined
      : undefined;
  const registrar = abroad ?? (counsellor && rng.chance(0.3) ? counsellor : manager);
  const as = (actor: Actor, at: Date) => ctxOf(tx, actor, at);

  // the timeline of the case, decided up front so that every step fits before the next
  const closureReason = rng.weighted<CaseClosureReason>(
    latest.getTime() - opened.getTime() > 250 * DAY_MS
      ? [
          ["reintegrated", 35],
          ["handed_over", 25],
          ["lost_contact", 18],
          ["moved_abroad_again", 12],
          ["declined_support", 8],
          ["deceased", 2],
        ]
      : [
          ["lost_contact", 35],
          ["moved_abroad_again", 30],
          ["declined_support", 30],
          ["deceased", 5],
        ],
  );
  const depth: CaseStage =
    stage !== "closed"
      ? stage
      : closureReason === "handed_over"
        ? "handed_over"
        : closureReason === "reintegrated"
          ? "monitoring"
          : closureReason === "declined_support"
            ? rng.pick<CaseStage>(["registered", "assessed"])
            : rng.pick<CaseStage>(["assessed", "plan_active"]);
  const reached = (s: CaseStage) =>
    caseStages.indexOf(depth) >= caseStages.indexOf(s) && depth !== "pre_return";
  // each step starts after the last event of the one before (the case opens 3 minutes after registration,
  // assessments end 45 minutes after they start), so the timeline reads in the order things happened
  const assessedAt = later(rng, minutes(opened, 10), rng.int(0, 7), latest);
  const plannedAt = later(rng, minutes(assessedAt, 60), rng.int(2, 21), latest);

  const registered = await registerPerson(as(registrar, opened), input);
  const personId = registered.id;
  const opening = await openCase(as(registrar, minutes(opened, 3)), {
    personId,
    stage: stage === "pre_return" ? "pre_return" : "registered",
    ...(registrar === counsellor ? { caseManagerUserId: manager.userId } : {}),
  });
  const caseId = opening.id;
  const owner = registrar === abroad ? registrar : manager;
  const close = async (at: Date, mayWithdraw: boolean) => {
    const current = (await casesByIds(as(owner, at), [caseId]))[0];
    await closeCase(as(owner, at), caseId, {
      reason: closureReason,
      // a flagged need may still wait for a referral: the case manager says why the case ends anyway
      acknowledgeOpenItems: true,
      openItemsReason: closureReasonNotes[closureReason],
      ...(closureReason === "moved_abroad_again"
        ? { note: `Left again for ${lastDestination || "work abroad"}.` }
        : {}),
      version: current!.version,
    });
    // a few returnees withdraw their consent to sharing when the case ends
    if (mayWithdraw && rng.chance(0.15)) {
      const sharing = (await listConsents(as(owner, at), personId)).items.find(
        (c) => c.purpose === "referral" && c.active,
      );
      if (sharing)
        await withdrawConsent(
          as(owner, minutes(at, 10)),
          personId,
          sharing.id,
          "Asked to stop sharing after closure",
        );
    }
  };

  const consent = async (
    actor: Actor,
    at: Date,
    purpose: ConsentPurpose,
    organisationIds: string[],
    note?: string,
  ) =>
    recordConsent(
      as(actor, at),
      personId,
      ConsentInput.parse({ purpose, organisationIds, ...(note ? { note } : {}) }),
    );
  if (rng.chance(0.85))
    await consent(registrar, minutes(opened, 5), "contact", [], "May be called about services");
  if (rng.chance(0.25))
    await consent(registrar, minutes(opened, 6), "research", [], "Agreed to the follow-up survey");
  if (abroad) {
    await consent(
      abroad,
      minutes(opened, 8),
      "data_sharing",
      [lead],
      "Agreed that the MRC at home prepares the return",
    );
    return;
  }
  if (rng.chance(0.2)) {
    const ministry =
      dir.orgIds[
        person.country === "BD" ? "ministryBD" : person.country === "PK" ? "ministryPK" : "ministryIQ"
      ];
    await consent(
      registrar,
      minutes(opened, 7),
      "data_sharing",
      [ministry],
      "Shared with the ministry for monitoring",
    );
  }
  if (!reached("assessed")) {
    if (stage === "closed") await close(later(rng, opened, rng.int(3, 30), latest), false);
    return;
  }

  // assessments: needs (moves the case to assessed), vulnerability screening, and K6 when distress shows
  const needs: NeedsAnswers = needsAnswers(rng, person);
  await addAssessment(
    as(owner, assessedAt),
    caseId,
    AssessmentInput.parse({ kind: "needs", answers: needs }),
  );
  const vulnerability = vulnerabilityAnswers(rng, person, needs);
  if (rng.chance(0.85))
    await addAssessment(
      as(owner, minutes(assessedAt, 20)),
      caseId,
      AssessmentInput.parse({ kind: "vulnerability", answers: vulnerability }),
    );
  if (needs.psychosocial.distress >= 1 || rng.chance(0.3)) {
    const k6 = psychosocialAnswers(rng, needs);
    const assessor = counsellor ?? owner;
    await addAssessment(
      as(assessor, minutes(assessedAt, 45)),
      caseId,
      AssessmentInput.parse({ kind: "psychosocial", answers: k6 }),
    );
  }
  const scores = scoreNeeds(needs);
  // the baseline sustainability survey, taken by most MRCs after the needs assessment
  if (surveyRng.chance(0.8))
    await addAssessment(
      as(owner, minutes(assessedAt, 60)),
      caseId,
      AssessmentInput.parse({
        kind: "sustainability_survey",
        answers: surveyAnswers(surveyRng, sustainabilitySurveyV1, scores, 0),
      }),
    );
  const categories: Record<Dimension, ServiceCategoryCode[]> = {
    economic: scores.economic.needs,
    social: scores.social.needs,
    psychosocial: scores.psychosocial.needs,
  };
  const economic = [...categories.economic].sort(
    (a, b) => referralPriority.indexOf(a) - referralPriority.indexOf(b),
  );
  const wanted = [
    ...rng.weighted([
      [economic.slice(0, 2), 70],
      [economic.slice(0, 1), 30],
    ]),
    ...categories.social.slice(0, 1),
    ...categories.psychosocial.slice(0, 1),
  ];
  const referralCount = reached("plan_active")
    ? rng.weighted([
        [1, 35],
        [2, 40],
        [3, 20],
        [4, 5],
      ])
    : rng.chance(0.35)
      ? 1
      : 0;
  const targets = pickServices(rng, dir, person, lead, wanted, referralCount);

  // follow-ups, hand-over and closure times
  const followUpDue = [3, 6, 12].map((m) => {
    const d = new Date(plannedAt);
    d.setUTCMonth(d.getUTCMonth() + m);
    return d;
  });
  // the 3-month follow-up is done in every case that reached monitoring; the later ones when their time came,
  // never before the follow-up's window opens
  const followUpsDone: Date[] = [];
  for (const [i, due] of (reached("monitoring") ? followUpDue : []).entries()) {
    const at = later(rng, due, rng.int(-6, 12), latest);
    if (toIsoDate(at) < followUpOpensOn({ kind: planFollowUpKinds[i]!, dueDate: due })!) break;
    const kept = rng.chance(0.75);
    if (followUpsDone.length && !(kept && at.getTime() < latest.getTime() - DAY_MS)) break;
    followUpsDone.push(at);
  }
  let caseEnd = latest;
  let handedOverAt: Date | undefined;
  let closedAt: Date | undefined;
  if (reached("handed_over")) {
    handedOverAt = later(rng, followUpsDone.at(-1) ?? plannedAt, rng.int(7, 40), latest);
    caseEnd = handedOverAt;
  }
  if (stage === "closed") {
    const last = handedOverAt ?? followUpsDone.at(-1) ?? (reached("plan_active") ? plannedAt : assessedAt);
    closedAt = later(rng, last, rng.int(10, 60), latest);
    caseEnd = closedAt;
  }

  if (reached("plan_active")) {
    const owners = new Map(targets.map((s) => [s.category, s.organisationId]));
    const progress = stage === "plan_active" ? 0.2 : stage === "monitoring" ? 0.55 : 0.85;
    const plan = PlanInput.parse(
      planFor(rng, person, needs, categories, { startedOn: plannedAt, progress, owners }),
    );
    const current = (await casesByIds(as(owner, plannedAt), [caseId]))[0];
    if (plan.goals.length === 0)
      plan.goals.push({ dimension: "economic", title: "Find steady work", actions: [] });
    await savePlan(as(owner, plannedAt), caseId, { ...plan, version: current!.version });
  }

  // referrals: consent covering the receivers first, then the closed loop with each of them
  const referFrom = reached("plan_active") ? plannedAt : assessedAt;
  if (targets.length) {
    const receivers = [...new Set(targets.map((s) => s.organisationId))];
    await consent(owner, referFrom, "referral", receivers, "Agreed at the MRC; explained what is shared");
  }
  const drawn: { status: ReferralStatus; at: Date }[] = [];
  for (const service of targets) {
    const status = chooseStatus(rng, state, stage);
    const urgent = vulnerability.suicidalIdeation || vulnerability.threatsOrViolence || rng.chance(0.15);
    // most referrals still waiting for an answer were made recently; the rest have gone overdue
    const recent = ["draft", "sent", "accepted"].includes(status) && rng.chance(0.7);
    const recentFrom = new Date(Math.max(referFrom.getTime(), latest.getTime() - rng.int(1, 12) * DAY_MS));
    const createdAt = later(rng, recent ? recentFrom : referFrom, recent ? 0 : rng.int(0, 3), caseEnd);
    const draft = await createReferral(
      as(owner, createdAt),
      ReferralInput.parse({
        caseId,
        serviceId: service.id,
        reason: referralReason(rng, person, service.category),
        urgency: urgent ? "urgent" : "routine",
      }),
    );
    const receiver = dir.responders.get(service.organisationId)!;
    let at = createdAt;
    for (const action of pathTo[status as DrawnStatus]) {
      const gap: Record<ReferralAction, number> = {
        send: rng.int(0, 1),
        accept: urgent ? rng.int(0, 2) : rng.int(1, 10),
        decline: rng.int(1, 10),
        start: rng.int(1, 14),
        complete: rng.int(10, 90),
        "not-complete": rng.int(10, 60),
        resume: 1,
        cancel: rng.int(1, 20),
      };
      at = later(rng, at, gap[action], caseEnd);
      const sender = action === "send" || action === "cancel";
      const body =
        action === "decline"
          ? rng.weighted(declineReasons.map(([code, note, w]) => [{ reasonCode: code, note }, w] as const))
          : action === "not-complete"
            ? rng.weighted(
                notCompletedReasons.map(([code, note, w]) => [{ reasonCode: code, note }, w] as const),
              )
            : action === "complete"
              ? { outcome: outcomeFor(rng, person, service.category) }
              : action === "cancel"
                ? { note: "The returnee chose another service.", reasonCode: "referred_elsewhere" as const }
                : action === "accept"
                  ? {
                      note: rng.pick([
                        "Place in the next intake.",
                        "Appointment booked.",
                        "Will call the returnee this week.",
                      ]),
                    }
                  : {};
      await transition(as(sender ? owner : receiver, at), draft.id, action, TransitionInput.parse(body));
    }
    drawn.push({ status, at });
  }
  // one returnee of the demo stops sharing while a service is under way: their referrals are suspended (one
  // whose other referrals have ended, so that the rarer open statuses stay in the demo)
  const underWay = drawn.filter((d) => d.status === "in_progress");
  const otherOpen = drawn.some((d) => d.status === "sent" || d.status === "accepted");
  if (state.missingStatuses.has("suspended") && caseEnd >= latest && underWay.length && !otherOpen) {
    const sharing = (await listConsents(as(owner, latest), personId)).items.find(
      (c) => c.purpose === "referral" && c.active,
    );
    const after = new Date(Math.max(...underWay.map((d) => d.at.getTime())));
    if (sharing) {
      await withdrawConsent(
        as(owner, minutes(after, 30)),
        personId,
        sharing.id,
        "Asked to stop sharing for now",
      );
      state.missingStatuses.delete("suspended");
    }
  }

  if (followUpsDone.length) {
    const { items } = await listFollowUps(as(owner, followUpsDone[0]!), caseId);
    for (const [i, at] of followUpsDone.entries()) {
      const followUp = items[i];
      if (!followUp || at > caseEnd) continue;
      const contact = rng.chance(closureReason === "lost_contact" && stage === "closed" ? 0.3 : 0.88);
      await completeFollowUp(
        as(owner, at),
        caseId,
        followUp.id,
        FollowUpCompleteInput.parse({
          contactMethod: rng.weighted([
            ["phone", 55],
            ["in_person", 25],
            ["home_visit", 15],
            ["video", 5],
          ] as const),
          reached: contact,
          ...(contact && surveyRng.chance(0.85)
            ? { survey: surveyAnswers(surveyRng, sustainabilitySurveyV1, scores, i + 1) }
            : {}),
          note: contact
            ? rng.pick([
                "Working again; income covers basic needs.",
                "Attending the course; family supportive.",
                "Still looking for work; debt repayments a worry.",
                "Business running; first profits.",
              ])
            : "Phone switched off; message left with a neighbour.",
        }),
      );
    }
  }
  if (handedOverAt) {
    const current = (await casesByIds(as(owner, handedOverAt), [caseId]))[0];
    await handOver(as(owner, handedOverAt), caseId, {
      nationalService: rng.pick(nationalServices[person.country]!),
      note: "Plan goals met; continues with mainstream services.",
      acknowledgeOpenItems: true,
      openItemsReason: "The national service takes over what is still open.",
      version: current!.version,
    });
  }
  if (closedAt) await close(closedAt, targets.length > 0);
}

/**
 * The demo: organisations of the three countries, their staff (password homecoming-demo), a service
 * directory and `persons` returnees whose cases run through every stage. Business data goes through the
 * module services with back-dated clocks, so it keeps every rule the API keeps.
 */
export async function seedDemo(
  database: Database,
  options: { persons?: number; seed?: number } = {},
): Promise<void> {
  const persons = options.persons ?? defaultDemoPersons;
  const seed = options.seed ?? defaultDemoSeed;
  const now = new Date();
  const dir = await database.db.transaction((tx) => seedDirectory(tx as unknown as Db, now));
  const state: SeedState = {
    missingStatuses: new Set(referralStatuses),
    latest: new Date(now.getTime() - 30 * 60_000),
  };
  for (let i = 0; i < persons; i++) {
    await database.db.transaction((tx) => tellStory(tx as unknown as Db, dir, state, seed, i));
  }
  await database.db.transaction((tx) =>
    seedFeedback(tx as unknown as Db, {
      now,
      seed,
      services: dir.services,
      responders: dir.responders,
      admin: dir.actors.get(accountSpecs[0]!.email)!,
      ctxOf,
    }),
  );
  await database.db.transaction((tx) => seedSelfRegistrations(tx as unknown as Db, now, demoPassword));
  await database.db.transaction((tx) =>
    seedCommunity(tx as unknown as Db, {
      now,
      dhaka: dir.actors.get(accountSpecs.find((a) => a.email.startsWith("case.dhaka"))!.email)!,
      erbil: dir.actors.get(accountSpecs.find((a) => a.email.startsWith("case.erbil"))!.email)!,
      ctxOf,
      demoPhone: demoReturnee.phone,
    }),
  );
  // the background sweeps, run once now so that overdue flags and follow-up statuses are current
  await database.db.transaction(async (tx) => {
    await flagOverdueReferrals(tx as unknown as Db, now);
    await refreshFollowUpStatuses(tx as unknown as Db, now, 100_000);
  });
}
