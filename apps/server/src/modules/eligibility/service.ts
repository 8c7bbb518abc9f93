import {
  type CompiledRule,
  type Condition,
  compileRule,
  dimensionOfCategory,
  distanceTo,
  type Explanation,
  explain,
  FactsReading,
  factCatalogue,
  factsVersion,
  isProgrammeOpen,
  mayRecommend,
  type Need,
  type NeedsScores,
  type Offer,
  recommend,
  redactExplanation,
  type ServiceCategoryCode,
  toIsoDate,
  type VulnerabilityScores,
  validation,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import { together } from "../../db/together";
import type { Ctx } from "../../http/context";
import { isCaseLead, seesPerson } from "../access";
import { audit } from "../audit/service";
import { assessmentsOfCase } from "../cases/assessments";
import { casesOfPerson, loadVisibleCase } from "../cases/service";
import { type CatalogueService, servicePlaces, servicesForEligibility } from "../directory/service";
import { personOfRows } from "../persons/rows";
import { loadPersonRows } from "../persons/service";
import {
  heldPlaces,
  type CatalogueProgramme as ProgrammeOnRecord,
  programmesForCatalogue,
} from "../programmes/service";
import { factsFor, factsOf, scoresForReader, visibleFacts } from "../rules/facts";
import * as store from "./store";

export function factsCatalogue() {
  return {
    version: factsVersion,
    facts: factCatalogue.map((f) => ({ ...f, values: f.values ? [...f.values] : undefined })),
  };
}

// ---- eligibility of a case -----------------------------------------------------------------------------

/** Needs to meet: the categories the latest needs assessment asks for, and those of flags that call for a referral. */
function needsOf(
  needs: Partial<NeedsScores> | undefined,
  vulnerability: VulnerabilityScores | undefined,
): Need[] {
  const out: Need[] = [];
  for (const dimension of ["economic", "social", "psychosocial"] as const) {
    const scored = needs?.[dimension];
    for (const category of scored?.needs ?? [])
      out.push({ dimension, category, priority: scored!.priority, source: "needs" });
  }
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

type CatalogueProgramme = Omit<ProgrammeOnRecord, "rule"> & { rule: CompiledRule };
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
      const [changes, programmePlaces, servicePlacesNow] = await together([
        store.catalogueChanges(db),
        heldPlaces(db),
        servicePlaces(db),
      ]);
      let current = kept;
      if (current?.changes !== changes) {
        const [programmes, services] = await together([
          programmesForCatalogue(db),
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
  // restricted health and psychosocial facts are for the lead organisation's case workers only, as their
  // source is: an administrator reads that a restricted condition was met, not its values
  const lead = isCaseLead(ctx.actor, kase);
  // both reads at once, pipelined on the request's connection
  const [latest, { row, episodes }] = await together([
    assessmentsOfCase(ctx, caseId, ["needs", "vulnerability"]),
    loadPersonRows(ctx, kase.personId),
  ]);
  // the scores behind the facts and the recommendations: shared ones outside the lead
  const { needs, vulnerability } = scoresForReader(latest, lead);
  const facts = factsFor({ person: personOfRows(row, episodes), latest, asOf: ctx.now }, lead, {
    needs,
    vulnerability,
  });
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
      anyOf: explanation.anyOf,
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
      anyOf: explanation.anyOf,
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
  if (!(await seesPerson(ctx, personId))) throw validation("person.unknown", { id: personId }, "personId");
  const [latest] = await casesOfPerson(ctx, personId);
  const caseId = latest?.id ?? null;
  // the values of restricted facts stay with the lead organisation's case workers, whoever tries the rule
  const lead = latest !== undefined && isCaseLead(ctx.actor, latest);
  const facts = await factsOf(ctx, personId, caseId, lead);
  const explanation = explain(rule, facts);
  await audit(ctx, { action: "read", recordType: "eligibility_preview", recordId: personId, personId });
  return {
    personId,
    caseId,
    facts: visibleFacts(facts, lead),
    ...(lead ? explanation : redactExplanation(explanation)),
  };
}
