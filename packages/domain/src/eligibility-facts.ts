import { UTCDate } from "@date-fns/utc";
import {
  adminArea,
  adminAreaCountries,
  adminAreaCountry,
  countryRegion,
  iscoSkillLevel,
  provinceOf,
  toUsd,
} from "@homecoming/reference";
import { differenceInMonths, differenceInYears } from "date-fns";
import { z } from "zod";
import type { NeedPriority, NeedsScores } from "./assessment-needs";
import type { VulnerabilityScores } from "./assessment-vulnerability";
import { vulnerabilityRules } from "./assessment-vulnerability";
import {
  HousingStatus,
  MigrationReturnType,
  type PersonDocumentType,
  PersonDocumentType as PersonDocumentTypeSchema,
  type PersonInput,
  Sex,
} from "./person";
import type { Dimension } from "./service-category";
import { dimensions, factTypes, needPriorities } from "./values";

/**
 * The "returnee facts": the one object eligibility rules read. Every fact is derived from the record
 * (profile, migration history, latest assessments) by `buildFacts`; a fact the record does not hold yet is
 * null, which rules see as "unknown", never as false or zero. The catalogue below is the documentation:
 * what each fact means, its type and its values. A change to a fact's meaning raises the version.
 */
export const factsVersion = 1;

export const destinationRegions = ["gcc", "europe", "south_east_asia", "other"] as const;
export type DestinationRegion = (typeof destinationRegions)[number];

export const FactType = z.enum(factTypes).meta({ id: "FactType" });
export type FactType = z.infer<typeof FactType>;

export interface FactDefinition {
  /** The path rules use in {"var": …}. */
  name: string;
  label: string;
  description: string;
  type: FactType;
  /** For enum facts the values they take; for list facts the values their items take. */
  values?: readonly string[];
  unit?: string;
  /** Health and psychosocial facts: explanations shown outside the lead organisation hide their values. */
  restricted?: boolean;
}

const documentTypes = PersonDocumentTypeSchema.options;
const flagCodes = vulnerabilityRules.map((r) => r.code);
const restrictedFlags = new Set<string>(vulnerabilityRules.filter((r) => r.restricted).map((r) => r.code));

export const factCatalogue: readonly FactDefinition[] = [
  {
    name: "age",
    label: "age",
    description: "Age in whole years on the day of evaluation.",
    type: "number",
    unit: "years",
  },
  { name: "sex", label: "sex", description: "Sex as recorded.", type: "enum", values: Sex.options },
  {
    name: "monthsSinceReturn",
    label: "months since return",
    description: "Whole months from the end of the latest migration episode to the day of evaluation.",
    type: "number",
    unit: "months",
  },
  {
    name: "returnType",
    label: "return type",
    description: "How the latest migration episode ended.",
    type: "enum",
    values: MigrationReturnType.options,
  },
  {
    name: "destinationCountry",
    label: "destination country",
    description: "ISO 3166 alpha-2 code of the country of the latest migration episode.",
    type: "enum",
  },
  {
    name: "destinationRegion",
    label: "destination region",
    description: "Region of the latest destination: the Gulf states (GCC), Europe, South-East Asia or other.",
    type: "enum",
    values: destinationRegions,
  },
  {
    name: "monthsAbroad",
    label: "months abroad",
    description:
      "Whole months spent abroad over all migration episodes; unknown if any episode lacks its dates.",
    type: "number",
    unit: "months",
  },
  {
    name: "iscoMajorGroup",
    label: "occupation group (ISCO major group)",
    description: "ISCO-08 major group (0–9) of the occupation in the latest migration episode.",
    type: "number",
  },
  {
    name: "skillLevel",
    label: "skill level",
    description: "ILO skill level (1 lowest to 4 highest) of the occupation in the latest migration episode.",
    type: "number",
  },
  {
    name: "iscedLevel",
    label: "education level (ISCED)",
    description: "Highest ISCED 2011 level completed.",
    type: "number",
  },
  {
    name: "country",
    label: "country of residence",
    description: "BD, PK or IQ.",
    type: "enum",
    values: adminAreaCountries,
  },
  {
    name: "province",
    label: "province",
    description: "P-code of the first-level area (division, province, governorate) of residence.",
    type: "enum",
  },
  {
    name: "district",
    label: "district",
    description: "P-code of the second-level area of residence; unknown when only the province is recorded.",
    type: "enum",
  },
  {
    name: "debtAmountUsd",
    label: "debt",
    description:
      "Sum of recorded debts in US dollars at the reference rates; 0 when the record says there is no debt, unknown when debts were not asked.",
    type: "number",
    unit: "USD",
  },
  {
    name: "informalDebt",
    label: "debt owed to informal lenders",
    description: "Whether any recorded debt is owed to an informal lender.",
    type: "boolean",
  },
  {
    name: "documentsMissing",
    label: "missing documents",
    description: "Document types recorded as missing, expired or confiscated.",
    type: "list",
    values: documentTypes,
  },
  {
    name: "housingStatus",
    label: "housing",
    description: "Current housing situation.",
    type: "enum",
    values: HousingStatus.options,
  },
  { name: "householdSize", label: "household size", description: "People in the household.", type: "number" },
  {
    name: "childrenOfSchoolAge",
    label: "children of school age",
    description: "Children of school age in the household.",
    type: "number",
  },
  {
    name: "disability",
    label: "disability",
    description: "Whether the returnee has a disability.",
    type: "boolean",
    restricted: true,
  },
  {
    name: "vulnerabilityFlags",
    label: "vulnerability flags",
    description: "Flags raised by the latest vulnerability screening.",
    type: "list",
    values: flagCodes,
  },
  ...dimensions.map(
    (d): FactDefinition => ({
      name: `needs.${d}`,
      label: `${d} need`,
      description: `Priority of the ${d} dimension in the latest needs assessment.`,
      type: "enum",
      values: needPriorities,
      // the psychosocial dimension is worked out from restricted answers only
      ...(d === "psychosocial" ? { restricted: true } : {}),
    }),
  ),
];

const byName = new Map(factCatalogue.map((f) => [f.name, f]));

export function factDefinition(name: string): FactDefinition | undefined {
  return byName.get(name);
}

/** Whether a value of a list fact is restricted (a health or psychosocial vulnerability flag). */
export function isRestrictedValue(fact: string, value: unknown): boolean {
  return fact === "vulnerabilityFlags" && typeof value === "string" && restrictedFlags.has(value);
}

export interface ReturneeFacts {
  factsVersion: typeof factsVersion;
  age: number | null;
  sex: Sex | null;
  monthsSinceReturn: number | null;
  returnType: MigrationReturnType | null;
  destinationCountry: string | null;
  destinationRegion: DestinationRegion | null;
  monthsAbroad: number | null;
  iscoMajorGroup: number | null;
  skillLevel: number | null;
  iscedLevel: number | null;
  country: string | null;
  province: string | null;
  district: string | null;
  debtAmountUsd: number | null;
  informalDebt: boolean | null;
  documentsMissing: PersonDocumentType[] | null;
  housingStatus: HousingStatus | null;
  householdSize: number | null;
  childrenOfSchoolAge: number | null;
  disability: boolean | null;
  vulnerabilityFlags: string[] | null;
  needs: Record<Dimension, NeedPriority | null>;
}

/** What the facts are built from: the profile as stored, the latest assessments (if any), and the day. */
export interface FactsSource {
  person: {
    sex: string;
    adminAreaCode: string;
    migrationEpisodes: PersonInput["migrationEpisodes"];
    birthDate?: string | null | undefined;
    birthYear?: number | null | undefined;
  } & Partial<
    Pick<PersonInput, "disability" | "household" | "education" | "debts" | "documents" | "housing">
  >;
  /** The shared scores of a reader outside the lead organisation lack the restricted dimensions. */
  needs?: Partial<NeedsScores> | null;
  vulnerability?: VulnerabilityScores | null;
  asOf: Date;
}

/** Midnight UTC of an ISO date, in milliseconds. */
const utc = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** Whole months and years between two instants, counted on the UTC calendar. */
const monthsBetween = (later: number, earlier: number) =>
  differenceInMonths(new UTCDate(later), new UTCDate(earlier));
const yearsBetween = (later: number, earlier: number) =>
  differenceInYears(new UTCDate(later), new UTCDate(earlier));

function latestEpisode(episodes: PersonInput["migrationEpisodes"]) {
  // the episode that ended last; episodes without an end date count by their place in the history
  let latest: (typeof episodes)[number] | undefined;
  for (const e of episodes) {
    if (!latest?.endDate || (e.endDate && e.endDate >= latest.endDate)) latest = e;
  }
  return latest;
}

function regionOf(country: string): DestinationRegion {
  const region = countryRegion(country);
  return region === "gcc" || region === "europe" || region === "south_east_asia" ? region : "other";
}

function monthsAbroadOf(episodes: PersonInput["migrationEpisodes"]): number | null {
  if (episodes.length === 0) return null;
  let months = 0;
  for (const e of episodes) {
    if (!e.startDate || !e.endDate) return null;
    months += monthsBetween(utc(e.endDate), utc(e.startDate));
  }
  return months;
}

function ageOf(person: FactsSource["person"], asOf: Date): number | null {
  if (person.birthDate) return yearsBetween(asOf.getTime(), utc(person.birthDate));
  // with only the year known, the age is the one reached during this year's birthday, at most one too high
  if (person.birthYear != null) return asOf.getUTCFullYear() - person.birthYear;
  return null;
}

function debtUsdOf(debts: PersonInput["debts"]): number | null {
  if (!debts) return null;
  let total = 0;
  for (const d of debts) {
    const usd = toUsd(d.amount, d.currency);
    if (usd === undefined) return null;
    total += usd;
  }
  return Math.round(total);
}

/** Derives the returnee facts from the record; what the record does not hold is null (unknown). */
export function buildFacts({ person, needs, vulnerability, asOf }: FactsSource): ReturneeFacts {
  const today = asOf.getTime();
  const latest = latestEpisode(person.migrationEpisodes);
  const area = adminArea(person.adminAreaCode);
  const occupation = latest?.occupationIsco;
  return {
    factsVersion,
    age: ageOf(person, asOf),
    sex: Sex.safeParse(person.sex).data ?? null,
    monthsSinceReturn: latest?.endDate ? Math.max(0, monthsBetween(today, utc(latest.endDate))) : null,
    returnType: latest?.returnType ?? null,
    destinationCountry: latest?.destinationCountry ?? null,
    destinationRegion: latest ? regionOf(latest.destinationCountry) : null,
    monthsAbroad: monthsAbroadOf(person.migrationEpisodes),
    iscoMajorGroup: occupation ? Number(occupation.slice(0, 1)) : null,
    skillLevel: occupation ? (iscoSkillLevel(occupation) ?? null) : null,
    iscedLevel: person.education?.iscedLevel ?? null,
    country: adminAreaCountry(person.adminAreaCode) ?? null,
    province: area ? (area.level === 1 ? area.code : (provinceOf(area.code)?.code ?? null)) : null,
    district: area?.level === 2 ? area.code : null,
    debtAmountUsd: debtUsdOf(person.debts),
    informalDebt: person.debts ? person.debts.some((d) => d.lender === "informal_lender") : null,
    documentsMissing: person.documents
      ? [...new Set(person.documents.filter((d) => d.status !== "held").map((d) => d.type))]
      : null,
    housingStatus: person.housing?.status ?? null,
    householdSize: person.household?.size ?? null,
    childrenOfSchoolAge: person.household?.childrenOfSchoolAge ?? null,
    disability: person.disability ? person.disability.hasDisability : null,
    vulnerabilityFlags: vulnerability ? vulnerability.flags.map((f) => f.code) : null,
    needs: {
      economic: needs?.economic?.priority ?? null,
      social: needs?.social?.priority ?? null,
      psychosocial: needs?.psychosocial?.priority ?? null,
    },
  };
}
