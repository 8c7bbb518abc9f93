import {
  compileRule,
  factsFromAnswers,
  type InterfaceLanguage,
  needServiceCategories,
  notFound,
  questionsFor,
  type ReturneeNeed,
  redactExplanation,
  type SelfCheckAnswers,
  toIsoDate,
  wordsIn,
} from "@homecoming/domain";
import { adminArea, areasCovering } from "@homecoming/reference";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { activeService, activeServicesFor } from "../directory/service";
import { openProgrammes } from "../programmes/service";
import type { HelpQuery, ProgrammeHelpQuery } from "./schemas";

// Find help: the directory's services and the open programmes that answer a need, near where the returnee
// lives, in their language; and "am I eligible?" on their own answers. Nothing here reads a person, and the
// answers are neither kept nor audited: they are the visitor's, only to be explained.

type ServiceView = NonNullable<Awaited<ReturnType<typeof activeService>>>;
type ProgrammeView = Awaited<ReturnType<typeof openProgrammes>>[number];

const categoriesOf = (need: ReturneeNeed | undefined) => (need ? needServiceCategories[need] : undefined);

/** A rule that lets everyone in asks nothing. */
const hasRule = (rule: unknown) => rule !== null && rule !== undefined && rule !== true;

function serviceCard(s: ServiceView, language: InterfaceLanguage) {
  const own = s.translations[language];
  const hours = s.locations.some((l) => l.openingHours);
  const { words, translated } = wordsIn(
    {
      name: s.name,
      description: s.description,
      eligibility: s.eligibility,
      cost: s.cost,
      // one translation of the opening hours stands for every location's
      ...(hours ? { openingHours: s.locations.find((l) => l.openingHours)!.openingHours! } : {}),
    },
    s.translations,
    language,
  );
  return {
    id: s.id,
    name: words.name,
    description: words.description,
    eligibility: words.eligibility,
    cost: words.cost,
    organisationName: s.organisationName,
    category: s.category,
    languages: s.languages,
    locations: s.locations.map((l) => ({
      name: l.name,
      address: l.address ?? null,
      adminAreaCode: l.adminAreaCode,
      districtName: adminArea(l.adminAreaCode)?.name ?? null,
      openingHours: (l.openingHours && own?.openingHours) || l.openingHours || null,
    })),
    contact: {
      phone: s.contact.phone ?? null,
      email: s.contact.email ?? null,
      website: s.contact.website ?? null,
    },
    checkable: hasRule(s.eligibilityRule),
    translated,
  };
}

function programmeCard(p: ProgrammeView, language: InterfaceLanguage) {
  const { words, translated } = wordsIn(
    { name: p.name, description: p.description },
    p.translations,
    language,
  );
  return {
    id: p.id,
    name: words.name,
    description: words.description,
    kind: p.kind,
    category: p.category,
    organisationName: p.ownerOrganisationName,
    closesOn: p.closesOn,
    placesLeft: p.capacity === null ? null : Math.max(0, p.capacity - p.placesTaken),
    checkable: hasRule(p.eligibilityRule),
    translated,
  };
}

/** Services in use that answer a need (or any), reaching the district, in the language asked. */
export async function findHelpServices(db: Db, query: z.infer<typeof HelpQuery>) {
  const page = await activeServicesFor(db, {
    categories: categoriesOf(query.need),
    area: query.area,
    q: query.q,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: page.items.map((s) => serviceCard(s, query.language)), total: page.total };
}

/** Programmes open today that answer a need (or any), reaching the district, in the language asked. */
export async function findHelpProgrammes(db: Db, query: z.infer<typeof ProgrammeHelpQuery>, now: Date) {
  const rows = await openProgrammes(db, {
    categories: categoriesOf(query.need),
    areas: query.area ? areasCovering(query.area) : undefined,
    today: toIsoDate(now),
  });
  return { items: rows.map((p) => programmeCard(p, query.language)) };
}

async function serviceOrNotFound(db: Db, id: string) {
  const found = await activeService(db, id);
  if (!found) throw notFound("service.not_found");
  return found;
}

async function programmeOrNotFound(db: Db, id: string, now: Date) {
  const [found] = await openProgrammes(db, { id, today: toIsoDate(now) });
  if (!found) throw notFound("programme.not_found");
  return found;
}

const checkOf = (rule: unknown) => (hasRule(rule) ? questionsFor(rule) : null);

/** One service, with what "am I eligible?" asks. */
export async function helpService(db: Db, id: string, language: InterfaceLanguage) {
  const s = await serviceOrNotFound(db, id);
  return { ...serviceCard(s, language), check: checkOf(s.eligibilityRule) };
}

/** One open programme, with what "am I eligible?" asks. */
export async function helpProgramme(db: Db, id: string, language: InterfaceLanguage, now: Date) {
  const p = await programmeOrNotFound(db, id, now);
  return { ...programmeCard(p, language), check: checkOf(p.eligibilityRule) };
}

/**
 * "Am I eligible?": the rule explained on the facts the answers give. What no answer gives is unknown, and
 * the centre checks it; conditions on health or psychosocial facts are said without their values.
 */
export function selfCheck(rule: unknown, answers: SelfCheckAnswers, now: Date) {
  const explanation = redactExplanation(compileRule(rule).explain(factsFromAnswers(answers, now)));
  return {
    verdict: explanation.verdict,
    conditions: explanation.conditions.map((c) => ({
      text: c.text,
      ...(c.phrase ? { phrase: c.phrase } : {}),
      // an area's p-codes by their names, which a screen cannot know
      ...(c.phrase && (c.phrase.fact === "district" || c.phrase.fact === "province")
        ? { valueNames: c.phrase.values.map((v) => adminArea(String(v))?.name ?? String(v)) }
        : {}),
      outcome: c.outcome,
      restricted: c.restricted,
    })),
    anyOf: explanation.anyOf,
    centreChecks: questionsFor(rule).centreChecks,
  };
}

export async function checkService(db: Db, id: string, answers: SelfCheckAnswers, now: Date) {
  const s = await serviceOrNotFound(db, id);
  return selfCheck(hasRule(s.eligibilityRule) ? s.eligibilityRule : true, answers, now);
}

export async function checkProgramme(db: Db, id: string, answers: SelfCheckAnswers, now: Date) {
  const p = await programmeOrNotFound(db, id, now);
  return selfCheck(p.eligibilityRule, answers, now);
}
