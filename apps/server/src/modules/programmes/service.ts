import {
  type BusinessPlanInput,
  buildFacts,
  type CompiledRule,
  type Condition,
  compileRule,
  conflict,
  DomainError,
  decideEnrolment,
  dimensionOfCategory,
  distanceTo,
  type EnrolmentAction,
  type EnrolmentInput,
  type EnrolmentStatus,
  type Explanation,
  explain,
  FactsReading,
  factCatalogue,
  factsVersion,
  forbidden,
  isCoachingKind,
  isFinanceKind,
  isProgrammeOpen,
  isRestrictedValue,
  mayRecommend,
  moneyFollowUps,
  type Need,
  type NeedsScores,
  notFound,
  type Offer,
  type ProgrammeInput,
  type ProgrammeKind,
  type ProgrammePatch,
  type ReturneeFacts,
  recommend,
  redactExplanation,
  type ServiceCategoryCode,
  staleVersion,
  toIsoDate,
  type VulnerabilityScores,
  validation,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import { type Ctx, hasRole, requireRole } from "../../http/context";
import type { Sort } from "../../http/schemas";
import { audit } from "../audit/service";
import {
  assessmentsOfCase,
  casesOfPerson,
  isLeadStaff,
  loadVisibleCase,
  loadWritableCase,
  recordCaseEvent,
  scheduleFollowUps,
} from "../cases/service";
import { servicePlaces, servicesForEligibility } from "../directory/service";
import type { CatalogueService } from "../directory/store";
import { enqueueJob } from "../jobs/store";
import { requireOrganisation } from "../organisations/service";
import { canSeePerson } from "../persons/access";
import { personOfRows } from "../persons/rows";
import { loadPersonRows } from "../persons/service";
import type { ProgrammeSortField } from "./schemas";
import * as store from "./store";

const today = (ctx: { now: Date }) => toIsoDate(ctx.now);

function toProgramme(row: store.ProgrammeRow, ownerName: string, taken: number) {
  return { ...row, ownerOrganisationName: ownerName, placesTaken: taken };
}

// ---- programmes and their rules ------------------------------------------------------------------------

export async function createProgramme(ctx: Ctx, input: ProgrammeInput) {
  requireRole(ctx.actor, "admin");
  const ownerId = input.ownerOrganisationId ?? ctx.actor.organisationId;
  const owner = await requireOrganisation(ctx, ownerId, "ownerOrganisationId");
  const { ownerOrganisationId: _o, ...fields } = input;
  const row = await store.insertProgramme(ctx.tx, {
    ...fields,
    ownerOrganisationId: ownerId,
    dimension: dimensionOfCategory(input.category),
    ruleVersion: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await recordRuleVersion(ctx, "programme", row.id, 1, row.eligibilityRule);
  await audit(ctx, {
    action: "create",
    recordType: "programme",
    recordId: row.id,
    details: { ruleVersion: 1 },
  });
  return toProgramme(row, owner.name, 0);
}

export async function getProgramme(ctx: Ctx, id: string) {
  const row = await store.getProgramme(ctx.tx, id);
  if (!row) throw notFound("programme");
  const [withOwner] = await store.programmesByIds(ctx.tx, [id]);
  const taken = await store.placesTaken(ctx.tx, [id]);
  return toProgramme(row, withOwner!.ownerName, taken.get(id) ?? 0);
}

export async function listProgrammes(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    kind?: ProgrammeKind | undefined;
    category?: ServiceCategoryCode | undefined;
    ownerOrganisationId?: string | undefined;
    active?: boolean | undefined;
    sort: Sort<ProgrammeSortField>;
    limit: number;
    offset: number;
  },
) {
  const page = await store.listProgrammes(ctx.tx, query);
  const taken = await store.placesTaken(
    ctx.tx,
    page.items.map((i) => i.programme.id),
  );
  return {
    items: page.items.map((i) => toProgramme(i.programme, i.ownerName, taken.get(i.programme.id) ?? 0)),
    total: page.total,
  };
}

/** Changes a programme; a changed rule becomes a new version, kept with who changed it, and its reach is counted. */
export async function updateProgramme(ctx: Ctx, id: string, patch: ProgrammePatch) {
  requireRole(ctx.actor, "admin");
  const current = await store.getProgramme(ctx.tx, id, true);
  if (!current) throw notFound("programme");
  const { version, ...fields } = patch;
  if (current.version !== version) throw staleVersion();
  const opensOn = fields.opensOn === undefined ? current.opensOn : fields.opensOn;
  const closesOn = fields.closesOn === undefined ? current.closesOn : fields.closesOn;
  if (opensOn && closesOn && closesOn < opensOn)
    throw validation("closesOn must not be before opensOn", "closesOn");
  const ruleChanged =
    fields.eligibilityRule !== undefined &&
    JSON.stringify(fields.eligibilityRule) !== JSON.stringify(current.eligibilityRule);
  const ruleVersion = ruleChanged ? current.ruleVersion + 1 : current.ruleVersion;
  const updated = await store.updateProgramme(ctx.tx, id, version, {
    ...fields,
    ...(fields.category ? { dimension: dimensionOfCategory(fields.category) } : {}),
    ruleVersion,
    updatedAt: ctx.now,
  });
  if (!updated) throw staleVersion();
  if (ruleChanged) await recordRuleVersion(ctx, "programme", id, ruleVersion, fields.eligibilityRule);
  await audit(ctx, {
    action: "update",
    recordType: "programme",
    recordId: id,
    details: { fields: Object.keys(fields), ...(ruleChanged ? { ruleVersion } : {}) },
  });
  return getProgramme(ctx, id);
}

/** Keeps a new version of a programme's or service's rule and queues the count of how many it reaches. */
export async function recordRuleVersion(
  ctx: Ctx,
  subjectType: "programme" | "service",
  subjectId: string,
  version: number,
  rule: unknown,
) {
  const saved = await store.insertRuleVersion(ctx.tx, {
    subjectType,
    subjectId,
    version,
    rule,
    changedByUserId: ctx.actor.userId,
    changedAt: ctx.now,
  });
  await enqueueJob(ctx.tx, "eligibility.count_reach", { ruleVersionId: saved.id });
  return saved;
}

export async function ruleVersions(ctx: Ctx, programmeId: string) {
  await getProgramme(ctx, programmeId);
  const items = await store.ruleVersionsOf(ctx.tx, "programme", programmeId);
  return { items, total: items.length };
}

export function factsCatalogue() {
  return {
    version: factsVersion,
    facts: factCatalogue.map((f) => ({ ...f, values: f.values ? [...f.values] : undefined })),
  };
}

// ---- facts ---------------------------------------------------------------------------------------------

/** Facts of a person, from their record and the latest assessments of one of their cases (if any). */
async function factsOf(ctx: Ctx, personId: string, caseId: string | null): Promise<ReturneeFacts> {
  const { row, episodes } = await loadPersonRows(ctx, personId);
  const latest = caseId ? await assessmentsOfCase(ctx, caseId, ["needs", "vulnerability"]) : [];
  const needs = latest.find((a) => a.kind === "needs")?.scores as NeedsScores | undefined;
  const vulnerability = latest.find((a) => a.kind === "vulnerability")?.scores as
    | VulnerabilityScores
    | undefined;
  return buildFacts({ person: personOfRows(row, episodes), needs, vulnerability, asOf: ctx.now });
}

/** Facts for a reader outside the lead organisation: restricted ones are withheld. */
function visibleFacts(facts: ReturneeFacts, lead: boolean): Record<string, unknown> {
  if (lead) return { ...facts };
  const out: Record<string, unknown> = { ...facts };
  for (const f of factCatalogue) if (f.restricted) out[f.name] = "restricted";
  out.vulnerabilityFlags =
    facts.vulnerabilityFlags?.map((flag) =>
      isRestrictedValue("vulnerabilityFlags", flag) ? "restricted" : flag,
    ) ?? null;
  return out;
}

// ---- eligibility of a case -----------------------------------------------------------------------------

/** Needs to meet: the categories the latest needs assessment asks for, and those of flags that call for a referral. */
function needsOf(needs: NeedsScores | undefined, vulnerability: VulnerabilityScores | undefined): Need[] {
  const out: Need[] = [];
  if (needs)
    for (const dimension of ["economic", "social", "psychosocial"] as const)
      for (const category of needs[dimension].needs)
        out.push({ dimension, category, priority: needs[dimension].priority, source: "needs" });
  for (const flag of vulnerability?.flags ?? [])
    if (flag.requiresReferral)
      for (const category of flag.categories)
        out.push({
          dimension: dimensionOfCategory(category as ServiceCategoryCode),
          category,
          priority: "high",
          source: "vulnerability",
        });
  return out;
}

interface OfferCondition {
  text: string;
  outcome: Condition["outcome"];
  because?: string;
  restricted?: true;
}

/** Words of conditions already made: evaluated conditions are kept and shared, so their words can be too. */
const conditionWords = new WeakMap<Condition, { words: OfferCondition; key: string }>();

/**
 * A condition in words only, as a case's eligibility lists it, and a key that is the same for the same words
 * (different rules often have the same condition).
 */
function offerCondition(c: Condition): { words: OfferCondition; key: string } {
  let made = conditionWords.get(c);
  if (!made) {
    const words: OfferCondition = { text: c.text, outcome: c.outcome };
    if (c.because !== undefined) words.because = c.because;
    if (c.restricted) words.restricted = true;
    made = { words, key: `${c.outcome}\u0000${c.text}\u0000${c.because ?? ""}\u0000${c.restricted}` };
    if (Object.isFrozen(c)) conditionWords.set(c, made);
  }
  return made;
}

type CatalogueProgramme = Omit<store.CatalogueProgramme, "rule"> & { rule: CompiledRule };
type CatalogueServiceWithRule = Omit<CatalogueService, "eligibilityRule"> & { rule: CompiledRule };

/** The offers a case's eligibility is worked out against: every open programme and active service. */
export interface OfferCatalogue {
  programmes: readonly CatalogueProgramme[];
  services: readonly CatalogueServiceWithRule[];
  /** Places held now, by programme or service id (those with a capacity and a place held). */
  programmePlaces: Record<string, number>;
  servicePlaces: Record<string, number>;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;

/**
 * The offer catalogue of one database, kept between requests with the offers' rules compiled: each read asks
 * the database how many times the catalogue has changed (triggers count every write to programmes, services
 * and organisations) and the places held now, and reads the programmes and services again only when the count
 * moved. The catalogue holds nothing about any returnee, so with PostgreSQL it is read on other connections
 * while the request's transaction reads the case.
 */
export function offerCatalogue() {
  let kept: {
    changes: string;
    programmes: CatalogueProgramme[];
    services: CatalogueServiceWithRule[];
    open: { day: string; programmes: CatalogueProgramme[] } | null;
  } | null = null;
  return {
    async read(db: Db, now: Date): Promise<OfferCatalogue> {
      // three small reads at once: on PostgreSQL each goes on its own connection
      const [changes, programmePlaces, servicePlacesNow] = await Promise.all([
        store.catalogueChanges(db),
        store.programmePlaces(db),
        servicePlaces(db),
      ]);
      let current = kept;
      if (current?.changes !== changes) {
        const [programmes, services] = await Promise.all([
          store.activeProgrammes(db),
          servicesForEligibility(db),
        ]);
        // a rule is compiled once per version: every change of a rule is a new version
        const compiled = new Map<string, CompiledRule>();
        for (const o of [...(current?.programmes ?? []), ...(current?.services ?? [])])
          compiled.set(`${o.id}:${o.ruleVersion}`, o.rule);
        const ruleOf = (id: string, version: number, rule: unknown) =>
          compiled.get(`${id}:${version}`) ?? compileRule(rule ?? true);
        current = {
          changes,
          programmes: programmes
            .map(({ rule, ...p }) => ({ ...p, rule: ruleOf(p.id, p.ruleVersion, rule) }))
            .sort(byName),
          services: services
            .map(({ eligibilityRule, ...s }) => ({
              ...s,
              rule: ruleOf(s.id, s.ruleVersion, eligibilityRule),
            }))
            .sort(byName),
          open: null,
        };
        kept = current;
      }
      const day = toIsoDate(now);
      if (current.open?.day !== day)
        current.open = { day, programmes: current.programmes.filter((p) => isProgrammeOpen(p, day)) };
      return {
        programmes: current.open.programmes,
        services: current.services,
        programmePlaces,
        servicePlaces: servicePlacesNow,
      };
    },
  };
}

export type OfferCatalogueReader = ReturnType<typeof offerCatalogue>;

/**
 * Every open programme's and active service's verdict for the case's returnee, with the reasons, and the
 * recommendations per need. `catalogue`, when given, was started beside the request's transaction.
 */
export async function eligibilityOfCase(
  ctx: Ctx,
  caseId: string,
  catalogue: OfferCatalogueReader,
  started?: Promise<OfferCatalogue>,
) {
  const kase = await loadVisibleCase(ctx, caseId);
  const lead = isLeadStaff(ctx, kase) || hasRole(ctx.actor, "admin");
  // both reads queued at once: the connection sends the second as soon as the first is answered
  const [latest, { row, episodes }] = await Promise.all([
    assessmentsOfCase(ctx, caseId, ["needs", "vulnerability"]),
    loadPersonRows(ctx, kase.personId),
  ]);
  const needs = latest.find((a) => a.kind === "needs")?.scores as NeedsScores | undefined;
  const vulnerability = latest.find((a) => a.kind === "vulnerability")?.scores as
    | VulnerabilityScores
    | undefined;
  const facts = buildFacts({ person: personOfRows(row, episodes), needs, vulnerability, asOf: ctx.now });
  const home = { district: facts.district, province: facts.province, country: facts.country };
  // every rule reads the same facts: each fact is read once
  const reading = new FactsReading(facts);
  // every distinct condition outcome listed once; offers refer to them by position
  const conditions: OfferCondition[] = [];
  const positions = new Map<string, number>();
  const words = (e: Explanation) =>
    (lead ? e : redactExplanation(e)).conditions.map((c) => {
      const { words, key } = offerCondition(c);
      let at = positions.get(key);
      if (at === undefined) {
        at = conditions.push(words) - 1;
        positions.set(key, at);
      }
      return at;
    });
  // only offers that reach the returnee and do not rule them out can be recommended
  const offers: Offer[] = [];

  const offered = await (started ?? catalogue.read(ctx.tx, ctx.now));
  // the read is written while the offers are evaluated (awaited before answering)
  const audited = audit(ctx, {
    action: "read",
    recordType: "eligibility",
    recordId: caseId,
    personId: kase.personId,
    details: { programmes: offered.programmes.length, services: offered.services.length },
  });
  audited.catch(() => {});
  const programmes = offered.programmes.map((p) => {
    const explanation = p.rule.explain(reading);
    const distance = distanceTo(p.areaCodes.length ? p.areaCodes : [p.ownerCountry], home);
    const placesLeft =
      p.capacity === null ? null : Math.max(0, p.capacity - (offered.programmePlaces[p.id] ?? 0));
    if (mayRecommend({ distance, verdict: explanation.verdict }))
      offers.push({
        type: "programme",
        id: p.id,
        name: p.name,
        organisationName: p.ownerName,
        category: p.category,
        verdict: explanation.verdict,
        distance,
        hasCapacity: placesLeft === null || placesLeft > 0,
      });
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      category: p.category,
      organisationName: p.ownerName,
      ruleVersion: p.ruleVersion,
      verdict: explanation.verdict,
      conditions: words(explanation),
      reachesReturnee: distance !== null,
      placesLeft,
    };
  });

  const services = offered.services.map((s) => {
    const explanation = s.rule.explain(reading);
    const distance = distanceTo(s.serviceAreas, home);
    if (mayRecommend({ distance, verdict: explanation.verdict }))
      offers.push({
        type: "service",
        id: s.id,
        name: s.name,
        organisationName: s.organisationName,
        category: s.category,
        verdict: explanation.verdict,
        distance,
        hasCapacity: s.capacity === null || (offered.servicePlaces[s.id] ?? 0) < s.capacity,
      });
    return {
      id: s.id,
      name: s.name,
      category: s.category,
      organisationName: s.organisationName,
      verdict: explanation.verdict,
      conditions: words(explanation),
      reachesReturnee: distance !== null,
    };
  });

  await audited;
  return {
    caseId,
    factsVersion,
    facts: visibleFacts(facts, lead),
    evaluatedAt: ctx.now,
    eligibleProgrammes: programmes.filter((p) => p.verdict === "eligible" && p.reachesReturnee).length,
    conditions,
    programmes,
    services,
    recommendations: recommend(needsOf(needs, vulnerability), offers),
  };
}

/** A rule tried on one person before it is saved (administrators, on persons they may see). */
export async function previewRule(ctx: Ctx, rule: unknown, personId: string) {
  requireRole(ctx.actor, "admin");
  if (!(await canSeePerson(ctx, personId)))
    throw validation(`personId: no person with id ${personId} that you may see`, "personId");
  const caseId = await latestCaseOf(ctx, personId);
  const facts = await factsOf(ctx, personId, caseId);
  const explanation = explain(rule, facts);
  await audit(ctx, { action: "read", recordType: "eligibility_preview", recordId: personId, personId });
  return { personId, caseId, facts: { ...facts }, ...explanation };
}

async function latestCaseOf(ctx: Ctx, personId: string) {
  const [latest] = await casesOfPerson(ctx, personId);
  return latest?.id ?? null;
}

// ---- enrolments ----------------------------------------------------------------------------------------

async function toEnrolment(ctx: Ctx, rows: store.EnrolmentRow[]) {
  const programmes = await store.programmesByIds(ctx.tx, [...new Set(rows.map((r) => r.programmeId))]);
  const byId = new Map(programmes.map((p) => [p.programme.id, p.programme]));
  return rows.map((r) => {
    const programme = byId.get(r.programmeId);
    // an enrolment references its programme, so a missing one is a broken database rather than something to show
    if (!programme) throw new Error(`enrolment ${r.id} has no programme ${r.programmeId}`);
    return { ...r, programmeName: programme.name, programmeKind: programme.kind };
  });
}

export async function listEnrolmentsOfCase(ctx: Ctx, caseId: string) {
  const kase = await loadVisibleCase(ctx, caseId);
  const rows = await store.enrolmentsOfCase(ctx.tx, caseId);
  const lead = isLeadStaff(ctx, kase) || hasRole(ctx.actor, "admin");
  const items = (await toEnrolment(ctx, rows)).map((e) =>
    lead ? e : { ...e, verdict: redactExplanation(e.verdict) },
  );
  return { items, total: items.length };
}

/** Applies for a programme from a case: the rule is evaluated now and its verdict and version kept. */
export async function applyForProgramme(ctx: Ctx, caseId: string, input: EnrolmentInput) {
  const kase = await loadWritableCase(ctx, caseId);
  const programme = await store.getProgramme(ctx.tx, input.programmeId);
  if (!programme) throw validation(`programmeId: no programme with id ${input.programmeId}`, "programmeId");
  if (!isProgrammeOpen(programme, today(ctx)))
    throw conflict(`${programme.name} is not taking enrolments (closed or outside its dates)`);
  const facts = await factsOf(ctx, kase.personId, caseId);
  const verdict = explain(programme.eligibilityRule, facts);
  if (verdict.verdict === "not_eligible") {
    const failed = verdict.conditions
      .filter((c) => c.outcome === "failed")
      .map((c) => `${c.text} (${c.because})`);
    throw conflict(`The returnee is not eligible for ${programme.name}: ${failed.join("; ")}`);
  }
  let businessPlanId: string | null = null;
  if (isFinanceKind(programme.kind)) {
    const plan = await store.businessPlanOf(ctx.tx, caseId);
    if (!plan)
      throw validation(
        `A ${programme.kind} needs a business plan on the case first (credit plus coaching)`,
        "businessPlan",
      );
    businessPlanId = plan.id;
    if (!input.coachingEnrolmentId)
      throw validation(
        `coachingEnrolmentId is required: a ${programme.kind} goes with a business-training or mentoring enrolment of the same case`,
        "coachingEnrolmentId",
      );
    const coaching = await store.getEnrolment(ctx.tx, input.coachingEnrolmentId);
    const coachingProgramme = coaching ? await store.getProgramme(ctx.tx, coaching.programmeId) : undefined;
    if (
      !coaching ||
      coaching.caseId !== caseId ||
      !coachingProgramme ||
      !isCoachingKind(coachingProgramme.kind) ||
      ["rejected", "dropped"].includes(coaching.status)
    )
      throw validation(
        "coachingEnrolmentId must be a business-training or mentoring enrolment of this case that is not rejected or dropped",
        "coachingEnrolmentId",
      );
  } else if (input.coachingEnrolmentId) {
    throw validation("coachingEnrolmentId is only for loan and grant programmes", "coachingEnrolmentId");
  }
  let created: store.EnrolmentRow;
  try {
    created = await store.insertEnrolment(ctx.tx, {
      programmeId: programme.id,
      caseId,
      personId: kase.personId,
      status: "applied",
      ruleVersion: programme.ruleVersion,
      verdict,
      coachingEnrolmentId: input.coachingEnrolmentId ?? null,
      businessPlanId,
      note: input.note ?? null,
      appliedByUserId: ctx.actor.userId,
      appliedByOrganisationId: ctx.actor.organisationId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  } catch (e) {
    if (
      (e as { code?: string; cause?: { code?: string } }).code === "23505" ||
      (e as { cause?: { code?: string } }).cause?.code === "23505"
    )
      throw conflict(`This case already has an open enrolment in ${programme.name}`);
    throw e;
  }
  await recordCaseEvent(ctx, caseId, "enrolment_applied", {
    enrolmentId: created.id,
    programmeId: programme.id,
    programmeName: programme.name,
    verdict: verdict.verdict,
    ruleVersion: programme.ruleVersion,
  });
  await audit(ctx, {
    action: "create",
    recordType: "enrolment",
    recordId: created.id,
    personId: kase.personId,
    details: { programmeId: programme.id, ruleVersion: programme.ruleVersion, verdict: verdict.verdict },
  });
  return (await toEnrolment(ctx, [created]))[0]!;
}

const eventOfStatus: Record<EnrolmentStatus, string> = {
  applied: "enrolment_applied",
  accepted: "enrolment_accepted",
  rejected: "enrolment_rejected",
  waitlisted: "enrolment_waitlisted",
  active: "enrolment_started",
  completed: "enrolment_completed",
  dropped: "enrolment_dropped",
};

/**
 * Moves an enrolment. The programme's owner decides (accept, reject, waitlist, start, complete); the case's
 * lead organisation may also drop it. The programme row is locked so two acceptances cannot both take the
 * last place.
 */
export async function transitionEnrolment(
  ctx: Ctx,
  id: string,
  action: EnrolmentAction,
  input: { reason?: string | undefined; version: number },
) {
  const current = await store.getEnrolment(ctx.tx, id);
  if (!current) throw notFound("enrolment");
  const programme = await store.getProgramme(ctx.tx, current.programmeId, true);
  const kase = await loadVisibleCase(ctx, current.caseId).catch(() => undefined);
  const owner = programme!.ownerOrganisationId === ctx.actor.organisationId || hasRole(ctx.actor, "admin");
  const caseLead = kase !== undefined && (isLeadStaff(ctx, kase) || hasRole(ctx.actor, "admin"));
  if (!owner && !caseLead) throw notFound("enrolment");
  if (!owner && action !== "drop")
    throw forbidden(`only ${programme!.name}'s organisation may ${action} an enrolment`);
  if (current.version !== input.version) throw staleVersion();
  const taken = (await store.placesTaken(ctx.tx, [programme!.id])).get(programme!.id) ?? 0;
  const decision = decideEnrolment({
    status: current.status as EnrolmentStatus,
    action,
    placesTaken: taken,
    capacity: programme!.capacity,
    reason: input.reason,
  });
  if (!decision.ok)
    throw decision.code === "reason_required"
      ? validation(decision.message, "reason")
      : new DomainError("invalid_transition", decision.message);
  const to = decision.to;
  const patch: Partial<store.EnrolmentRow> = { status: to, updatedAt: ctx.now };
  if (input.reason) patch.reason = input.reason;
  if (to === "accepted" || to === "rejected" || to === "waitlisted") patch.decidedAt = ctx.now;
  if (to === "active") patch.startedAt = ctx.now;
  if (to === "completed" || to === "dropped") patch.endedAt = ctx.now;
  const updated = await store.updateEnrolment(ctx.tx, id, current.version, patch);
  if (!updated) throw staleVersion();
  if (to === "active" && (programme!.kind === "loan" || programme!.kind === "grant"))
    await scheduleFollowUps(
      ctx,
      current.caseId,
      moneyFollowUps(programme!.kind, ctx.now).map((f) => ({ ...f, enrolmentId: id })),
    );
  await recordCaseEvent(ctx, current.caseId, eventOfStatus[to], {
    enrolmentId: id,
    programmeId: programme!.id,
    programmeName: programme!.name,
    ...(input.reason ? { reason: input.reason } : {}),
    ...(action === "accept" && to === "waitlisted" ? { full: true } : {}),
  });
  await audit(ctx, {
    action: "transition",
    recordType: "enrolment",
    recordId: id,
    personId: current.personId,
    details: { action, to },
  });
  return (await toEnrolment(ctx, [updated]))[0]!;
}

export async function listEnrolmentsOfProgramme(
  ctx: Ctx,
  programmeId: string,
  query: { status?: EnrolmentStatus[] | undefined; limit: number; offset: number },
) {
  const programme = await store.getProgramme(ctx.tx, programmeId);
  if (!programme) throw notFound("programme");
  if (programme.ownerOrganisationId !== ctx.actor.organisationId && !hasRole(ctx.actor, "admin"))
    throw forbidden("Only the programme's organisation sees all its enrolments");
  const page = await store.enrolmentsOfProgramme(ctx.tx, { programmeId, ...query });
  await audit(ctx, { action: "list", recordType: "enrolment", recordId: programmeId });
  return { items: await toEnrolment(ctx, page.items), total: page.total };
}

// ---- business plan -------------------------------------------------------------------------------------

export async function getBusinessPlan(ctx: Ctx, caseId: string) {
  const kase = await loadVisibleCase(ctx, caseId);
  const plan = await store.businessPlanOf(ctx.tx, caseId);
  if (!plan) throw notFound("business plan");
  await audit(ctx, {
    action: "read",
    recordType: "business_plan",
    recordId: plan.id,
    personId: kase.personId,
  });
  return plan;
}

export async function saveBusinessPlan(
  ctx: Ctx,
  caseId: string,
  input: BusinessPlanInput & { version?: number | undefined },
) {
  const kase = await loadWritableCase(ctx, caseId);
  const { version, ...fields } = input;
  const existing = await store.businessPlanOf(ctx.tx, caseId);
  let saved: store.BusinessPlanRow | undefined;
  if (existing) {
    if (version === undefined) throw validation("version is required to change the business plan", "version");
    saved = await store.updateBusinessPlan(ctx.tx, existing.id, version, { ...fields, updatedAt: ctx.now });
    if (!saved) throw staleVersion();
  } else {
    saved = await store.insertBusinessPlan(ctx.tx, {
      ...fields,
      caseId,
      createdByUserId: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  await recordCaseEvent(ctx, caseId, "business_plan_saved", { activity: fields.activity });
  await audit(ctx, {
    action: existing ? "update" : "create",
    recordType: "business_plan",
    recordId: saved.id,
    personId: kase.personId,
  });
  return saved;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

// ---- reach of a rule over everyone on record ----------------------------------------------------------

/** A page of persons in id order with their episodes and latest scores. */
async function personsWithRecords(tx: Db, afterId: string | null, limit: number) {
  const people = await store.personsAfter(tx, afterId, limit);
  if (people.length === 0) return { people, episodes: [], scores: [] };
  // the page's id range rather than its ids: one index range scan instead of thousands of probes
  const [first, last] = [people[0]!.id, people.at(-1)!.id];
  const [episodes, scores] = await Promise.all([
    store.episodesOfPersonsBetween(tx, first, last),
    store.latestScoresOfPersonsBetween(tx, first, last),
  ]);
  return { people, episodes, scores };
}

type PersonsWithRecords = Awaited<ReturnType<typeof personsWithRecords>>;

/**
 * Evaluates a rule for every person on record, in batches read in id order, and counts the verdicts. It reads
 * each person's latest needs and vulnerability scores over all their cases. The next batch is read while one
 * is evaluated.
 */
export async function countReach(tx: Db, rule: unknown, now: Date, batch = 5000) {
  const compiled = compileRule(rule);
  const counts = { eligible: 0, notEligible: 0, unknown: 0 };
  let next: Promise<PersonsWithRecords> | undefined = personsWithRecords(tx, null, batch);
  while (next) {
    const { people, episodes, scores }: PersonsWithRecords = await next;
    if (people.length === 0) break;
    next = people.length < batch ? undefined : personsWithRecords(tx, people.at(-1)!.id, batch);
    // a failed read is reported when its batch is awaited
    next?.catch(() => {});
    const episodesBy = groupBy(episodes, (e) => e.personId);
    const scoresBy = groupBy(scores, (s) => s.personId);
    for (const p of people) {
      const mine = scoresBy.get(p.id) ?? [];
      const facts = buildFacts({
        person: personOfRows(p, episodesBy.get(p.id) ?? []),
        needs: mine.find((s) => s.kind === "needs")?.scores as NeedsScores | undefined,
        vulnerability: mine.find((s) => s.kind === "vulnerability")?.scores as
          | VulnerabilityScores
          | undefined,
        asOf: now,
      });
      const verdict = compiled.verdict(facts);
      if (verdict === "eligible") counts.eligible++;
      else if (verdict === "not_eligible") counts.notEligible++;
      else counts.unknown++;
    }
  }
  return counts;
}

/** The job that counts a saved rule version's reach and keeps the figures with the version. */
export async function countReachOfVersion(tx: Db, now: Date, payload: Record<string, unknown>) {
  const version = await store.getRuleVersion(tx, String(payload.ruleVersionId));
  if (!version) return 0;
  const counts = await countReach(tx, version.rule, now);
  await store.setImpact(tx, version.id, { ...counts, countedAt: now.toISOString() });
  return counts.eligible + counts.notEligible + counts.unknown;
}
