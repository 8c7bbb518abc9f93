import type { Debt, MigrationEpisode, PersonDocument, PersonInput, Skill } from "@homecoming/domain";
import { addDaysUtc, DAY_MS, toIsoDate } from "@homecoming/domain";
import {
  adminArea,
  districtsOf,
  type IscedLevelNumber,
  iscoGroup,
  type LanguageCode,
} from "@homecoming/reference";
import { bangladeshi, iraqi, type NamePair, pakistani } from "./names";

/**
 * mulberry32: a small, fast 32-bit PRNG. Good enough for synthetic data and, unlike Math.random, seeded,
 * so the same seed always yields the same returnees.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** Mixes a seed and a stream number (such as a person's index) into an independent seed. */
export function mixSeed(seed: number, stream: number): number {
  let h =
    Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul((stream + 0x7f4a7c15) >>> 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Person number `index` of a seeded population has its own stream, so populations can be cut into batches. */
export function personRng(seed: number, index: number): Rng {
  return new Rng(mixSeed(seed, index));
}

export const originCountries = ["BD", "PK", "IQ"] as const;
export type OriginCountry = (typeof originCountries)[number];

/** Returnees in the demo and the benchmark: Bangladesh sends the most workers, then Pakistan, then Iraq. */
export const originWeights: readonly (readonly [OriginCountry, number])[] = [
  ["BD", 0.5],
  ["PK", 0.3],
  ["IQ", 0.2],
];

// Women are about a fifth of Bangladeshi returnees (mostly domestic workers from the Gulf), few of
// Pakistan's, and about a fifth of Iraq's (families returning from Europe and Turkey).
const femaleShare: Record<OriginCountry, number> = { BD: 0.24, PK: 0.07, IQ: 0.22 };

/** Districts most returnees come home to (OCHA p-codes), with relative weights. */
export const originDistricts: Record<OriginCountry, readonly (readonly [string, number])[]> = {
  BD: [
    ["BD2019", 14], // Comilla
    ["BD2015", 12], // Chattogram
    ["BD2012", 8], // Brahmanbaria
    ["BD3026", 8], // Dhaka
    ["BD3093", 7], // Tangail
    ["BD6091", 6], // Sylhet
    ["BD2075", 6], // Noakhali
    ["BD2013", 5], // Chandpur
    ["BD2030", 4], // Feni
    ["BD3068", 3], // Narsingdi
    ["BD3048", 3], // Kishoreganj
    ["BD3059", 3], // Munshiganj
    ["BD6058", 2], // Maulvibazar
    ["BD6036", 2], // Habiganj
  ],
  PK: [
    ["PK617", 10], // Lahore
    ["PK634", 9], // Sialkot
    ["PK609", 9], // Gujranwala
    ["PK630", 8], // Rawalpindi
    ["PK528", 8], // Peshawar
    ["PK532", 7], // Swat
    ["PK610", 6], // Gujrat
    ["PK613", 4], // Jhelum
    ["PK106", 4], // Mirpur (Azad Kashmir)
    ["PK520", 4], // Lower Dir
    ["PK608", 4], // Faisalabad
    ["PK523", 3], // Mardan
    ["PK605", 3], // Chakwal
    ["PK401", 2], // Islamabad
  ],
  IQ: [
    ["IQG11Q02", 14], // Erbil
    ["IQG06Q01", 12], // Sulaymaniyah
    ["IQG09Q02", 9], // Duhok
    ["IQG02Q02", 8], // Basra
    ["IQG08Q03", 6], // Baghdad: Al-Karkh
    ["IQG08Q06", 6], // Baghdad: Al-Risafa
    ["IQG08Q07", 4], // Baghdad: Al-Thawra
    ["IQG08Q01", 3], // Baghdad: Al-Adhamiya
    ["IQG09Q04", 4], // Zakho
    ["IQG15Q05", 4], // Mosul
    ["IQG13Q04", 4], // Kirkuk
    ["IQG06Q09", 2], // Rania
    ["IQG11Q03", 2], // Koysinjaq
  ],
};

/** Share of returnees from a district outside the main origin districts. */
const elsewhereShare: Record<OriginCountry, number> = { BD: 0.15, PK: 0.15, IQ: 0.12 };

const districtsByCountry: Record<OriginCountry, readonly string[]> = {
  BD: districtsOf("BD").map((d) => d.code),
  PK: districtsOf("PK").map((d) => d.code),
  IQ: districtsOf("IQ").map((d) => d.code),
};

type Sex = "female" | "male";
type DestinationGroup = "gulf" | "asia" | "europe" | "turkey";

const destinationGroup = (country: string): DestinationGroup =>
  ["MY", "SG"].includes(country)
    ? "asia"
    : country === "TR"
      ? "turkey"
      : gulfLike.has(country)
        ? "gulf"
        : "europe";
const gulfLike = new Set(["SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB", "MV"]);

const destinations: Record<OriginCountry, Record<Sex, readonly (readonly [string, number])[]>> = {
  BD: {
    male: [
      ["SA", 35],
      ["AE", 11],
      ["OM", 12],
      ["MY", 12],
      ["QA", 8],
      ["KW", 6],
      ["SG", 6],
      ["BH", 4],
      ["MV", 2],
      ["IT", 1],
    ],
    female: [
      ["SA", 45],
      ["JO", 15],
      ["OM", 10],
      ["AE", 8],
      ["LB", 8],
      ["QA", 6],
      ["KW", 4],
    ],
  },
  PK: {
    male: [
      ["SA", 50],
      ["AE", 25],
      ["OM", 8],
      ["QA", 6],
      ["KW", 3],
      ["BH", 3],
      ["MY", 3],
      ["GB", 1],
      ["IT", 1],
    ],
    female: [
      ["SA", 40],
      ["AE", 40],
      ["QA", 10],
      ["OM", 10],
    ],
  },
  IQ: {
    male: [
      ["TR", 22],
      ["DE", 22],
      ["GB", 7],
      ["GR", 6],
      ["AE", 6],
      ["SE", 5],
      ["NL", 5],
      ["AT", 5],
      ["JO", 5],
      ["FI", 4],
      ["BE", 4],
      ["FR", 4],
      ["LB", 3],
    ],
    female: [
      ["DE", 30],
      ["TR", 25],
      ["SE", 8],
      ["GR", 8],
      ["NL", 6],
      ["GB", 6],
      ["AE", 6],
      ["JO", 6],
      ["AT", 5],
    ],
  },
};

/** ISCO-08 unit groups common in labour migration, by origin and sex. */
const occupations: Record<OriginCountry, Record<Sex, readonly (readonly [string, number])[]>> = {
  BD: {
    male: [
      ["9313", 18], // building construction labourers
      ["8322", 9], // car, taxi and van drivers
      ["9112", 8], // cleaners in offices and hotels
      ["7112", 7], // bricklayers
      ["7411", 7], // building electricians
      ["7111", 6], // house builders
      ["5120", 6], // cooks
      ["9211", 6], // crop farm labourers
      ["5223", 6], // shop sales assistants
      ["7212", 5], // welders
      ["7126", 5], // plumbers and pipe fitters
      ["9329", 5], // manufacturing labourers
      ["7115", 4], // carpenters
      ["9333", 4], // freight handlers
      ["7231", 3], // motor vehicle mechanics
      ["9412", 3], // kitchen helpers
      ["8343", 2], // crane operators
      ["5131", 2], // waiters
    ],
    female: [
      ["9111", 65], // domestic cleaners and helpers
      ["8153", 12], // sewing machine operators (garment factories in Jordan)
      ["5322", 8], // home-based personal care workers
      ["9112", 8], // cleaners in offices, hotels, hospitals
      ["5120", 4], // cooks
      ["9412", 3], // kitchen helpers
    ],
  },
  PK: {
    male: [
      ["9313", 16], // building construction labourers
      ["8322", 14], // drivers
      ["8332", 10], // heavy truck drivers
      ["7112", 7], // bricklayers
      ["7411", 7], // electricians
      ["7231", 6], // mechanics
      ["7126", 5], // plumbers
      ["7212", 5], // welders
      ["5120", 5], // cooks
      ["9112", 5], // cleaners
      ["9211", 4], // farm labourers
      ["5223", 4], // shop sales assistants
      ["7115", 4], // carpenters
      ["8343", 3], // crane operators
      ["9333", 3], // freight handlers
    ],
    female: [
      ["9111", 55],
      ["5322", 25],
      ["5120", 10],
      ["9112", 10],
    ],
  },
  IQ: {
    male: [
      ["9313", 12], // construction labourers
      ["5120", 10], // cooks
      ["8322", 10], // drivers
      ["9329", 10], // manufacturing labourers
      ["9412", 8], // kitchen helpers
      ["5141", 8], // hairdressers and barbers
      ["5223", 8], // shop sales assistants
      ["5131", 7], // waiters
      ["7231", 6], // mechanics
      ["7512", 5], // bakers
      ["7411", 5], // electricians
      ["9333", 5], // freight handlers
      ["7115", 4], // carpenters
      ["7111", 2], // house builders
    ],
    female: [
      ["5322", 20], // care workers
      ["9112", 20], // cleaners
      ["5223", 15], // shop sales assistants
      ["5120", 10], // cooks
      ["5141", 10], // hairdressers
      ["9329", 10], // manufacturing labourers
      ["7531", 10], // tailors
      ["9111", 5], // domestic helpers
    ],
  },
};

/** ISIC Rev.4 division of the employer, for each occupation above. */
const sectorOf: Record<string, string> = {
  "9313": "41",
  "7111": "41",
  "7112": "41",
  "7115": "43",
  "7126": "43",
  "7411": "43",
  "7212": "25",
  "8343": "42",
  "8322": "49",
  "8332": "49",
  "9111": "97",
  "5322": "88",
  "9112": "81",
  "5120": "56",
  "9412": "56",
  "5131": "56",
  "9211": "01",
  "5223": "47",
  "9329": "22",
  "9333": "52",
  "7231": "45",
  "8153": "14",
  "5141": "96",
  "7512": "10",
  "7531": "14",
};

type ReturnType = MigrationEpisode["returnType"];
type LegalStatus = NonNullable<MigrationEpisode["legalStatus"]>;

// Deportation is frequent from the Gulf and Turkey; from Europe most returns are assisted (AVRR);
// crisis returns are the COVID-19 and Lebanon evacuations.
const returnTypes: Record<DestinationGroup | "domestic", readonly (readonly [ReturnType, number])[]> = {
  gulf: [
    ["voluntary", 52],
    ["forced", 22],
    ["crisis", 16],
    ["assisted", 10],
  ],
  asia: [
    ["voluntary", 55],
    ["forced", 25],
    ["crisis", 12],
    ["assisted", 8],
  ],
  domestic: [
    ["voluntary", 40],
    ["assisted", 30],
    ["crisis", 18],
    ["forced", 12],
  ],
  europe: [
    ["assisted", 50],
    ["voluntary", 25],
    ["forced", 22],
    ["crisis", 3],
  ],
  turkey: [
    ["forced", 45],
    ["voluntary", 35],
    ["assisted", 15],
    ["crisis", 5],
  ],
};

const legalStatusByReturn: Record<ReturnType, readonly (readonly [LegalStatus, number])[]> = {
  voluntary: [
    ["regular", 85],
    ["overstayed", 8],
    ["unknown", 7],
  ],
  assisted: [
    ["irregular", 45],
    ["regular", 30],
    ["overstayed", 15],
    ["unknown", 10],
  ],
  forced: [
    ["irregular", 45],
    ["overstayed", 35],
    ["regular", 15],
    ["unknown", 5],
  ],
  crisis: [
    ["regular", 70],
    ["irregular", 15],
    ["overstayed", 10],
    ["unknown", 5],
  ],
};

export interface GeneratedPerson {
  country: OriginCountry;
  /** The day the last migration episode ended: the return (in the future for a pre-return case). */
  returnedOn: string;
  /** Kurdish (Iraq) or Pashtun (Pakistan) returnees: it decides languages and which services fit. */
  community: "bengali" | "punjabi" | "pashtun" | "arab" | "kurdish";
  input: PersonInput;
}

export interface PersonOptions {
  country?: OriginCountry;
  /** Return date (YYYY-MM-DD) to use instead of a random one before `asOf`. */
  returnedOn?: string;
  /** The date the population is generated for; returns fall before it. Fixed by default for reproducibility. */
  asOf?: Date;
}

/** A fixed reference date, so that a seed alone decides the whole population. */
export const defaultAsOf = new Date("2026-01-01T00:00:00Z");

const iso = (d: Date) => toIsoDate(d);
const yearsMs = (y: number) => y * 365.25 * DAY_MS;

function pickDistrict(rng: Rng, country: OriginCountry): string {
  const elsewhere = rng.chance(elsewhereShare[country]);
  const main = rng.weighted(originDistricts[country]);
  const any = rng.pick(districtsByCountry[country]);
  return elsewhere ? any : main;
}

function communityOf(rng: Rng, country: OriginCountry, district: string): GeneratedPerson["community"] {
  const province = adminArea(district)?.parent ?? "";
  const roll = rng.next();
  if (country === "BD") return "bengali";
  if (country === "PK")
    return province === "PK5" || (province === "PK4" && roll < 0.3) ? "pashtun" : "punjabi";
  const kurdishShare: Record<string, number> = {
    IQG11: 0.95,
    IQG06: 0.97,
    IQG09: 0.97,
    IQG13: 0.4,
    IQG15: 0.15,
  };
  return roll < (kurdishShare[province] ?? 0.03) ? "kurdish" : "arab";
}

type Names = { givenName: string; familyName: string; nameNative: string };

const join = (parts: readonly NamePair[]): Names => ({
  givenName: parts[0]![0],
  familyName: parts
    .slice(1)
    .map((p) => p[0])
    .join(" "),
  nameNative: parts.map((p) => p[1]).join(" "),
});

function namesFor(rng: Rng, community: GeneratedPerson["community"], sex: Sex, district: string): Names {
  // Every branch draws the same number of values so that a change of sex or community does not shift the
  // random stream of the rest of the person.
  const a = rng.next();
  const b = rng.next();
  const c = rng.next();
  const d = rng.next();
  const at = (items: readonly NamePair[], r: number): NamePair => items[Math.floor(r * items.length)]!;
  switch (community) {
    case "bengali": {
      const hindu = d < 0.08;
      if (sex === "female") {
        const given = at(hindu ? bangladeshi.hinduFemaleGiven : bangladeshi.femaleGiven, a);
        // women are registered either with a woman's surname (Begum, Akter) or their father's family name
        const family = hindu
          ? at(bangladeshi.hinduFamily, b)
          : c < 0.7
            ? at(bangladeshi.femaleFamily, b)
            : at(bangladeshi.maleFamily, b);
        return join([given, family]);
      }
      const given = at(hindu ? bangladeshi.hinduMaleGiven : bangladeshi.maleGiven, a);
      const family = at(hindu ? bangladeshi.hinduFamily : bangladeshi.maleFamily, b);
      if (!hindu && c < 0.35) {
        const md = bangladeshi.mdPrefix;
        return {
          givenName: `${md[0]} ${given[0]}`,
          familyName: family[0],
          nameNative: `${md[1]} ${given[1]} ${family[1]}`,
        };
      }
      return join([given, family]);
    }
    case "punjabi":
    case "pashtun": {
      const familyList = community === "pashtun" ? pakistani.pashtunFamily : pakistani.punjabiFamily;
      if (sex === "female") {
        const given = at(pakistani.femaleGiven, a);
        return join([given, c < 0.3 ? at(pakistani.femaleFamily, b) : at(familyList, b)]);
      }
      const givenList = community === "pashtun" && c < 0.6 ? pakistani.pashtunMaleGiven : pakistani.maleGiven;
      return join([at(givenList, a), at(familyList, b)]);
    }
    case "arab": {
      const given = at(sex === "female" ? iraqi.arabFemaleGiven : iraqi.arabMaleGiven, a);
      // Iraqi documents carry the father's name before the tribal name
      const father = at(iraqi.arabMaleGiven, d);
      const tribe = at(iraqi.arabTribe, b);
      return join(c < 0.6 ? [given, father, tribe] : [given, tribe]);
    }
    case "kurdish": {
      const given = at(sex === "female" ? iraqi.kurdFemaleGiven : iraqi.kurdMaleGiven, a);
      const father = at(iraqi.kurdPatronymic, b);
      const badini = adminArea(district)?.parent === "IQG09";
      const family = at(badini ? iraqi.badiniFamily : iraqi.soraniFamily, d);
      return join(c < 0.45 ? [given, father, family] : [given, father]);
    }
  }
}

function birthOf(rng: Rng, sex: Sex): { birthDate?: string; birthYear?: number } {
  const band = rng.weighted<readonly [number, number]>([
    [[1965, 1974], 10],
    [[1975, 1984], sex === "female" ? 34 : 30],
    [[1985, 1994], 38],
    [[1995, 2004], sex === "female" ? 18 : 22],
  ]);
  const year = rng.int(band[0], band[1]);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  // a fifth know only their year of birth; older documents often say 1 January
  const onlyYear = rng.chance(0.2);
  const firstJanuary = rng.chance(0.1);
  if (onlyYear) return { birthYear: year };
  const date = firstJanuary
    ? `${year}-01-01`
    : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { birthDate: date, birthYear: year };
}

function phoneOf(rng: Rng, country: OriginCountry): string {
  const prefix =
    country === "BD"
      ? `+8801${rng.pick(["3", "4", "5", "6", "7", "8", "9"])}`
      : country === "PK"
        ? `+923${rng.pick(["00", "01", "03", "06", "08", "11", "13", "21", "33", "45", "47"])}`
        : `+9647${rng.pick(["50", "51", "70", "71", "80", "81", "90"])}`;
  // national significant numbers: Bangladesh 1XXXXXXXXX (10 digits), Pakistan 3XXXXXXXXX, Iraq 7XXXXXXXXX
  const rest = rng.digits(country === "BD" ? 8 : 7);
  return prefix + rest;
}

/** National IDs in the local formats: Bangladeshi NID (10 or 17 digits), Pakistani CNIC, Iraqi unified card. */
function nationalIdOf(
  rng: Rng,
  country: OriginCountry,
  sex: Sex,
  birthYear: number,
  district: string,
): string {
  const body = rng.digits(12);
  const newCard = rng.chance(0.55);
  if (country === "BD")
    return newCard
      ? rng.int(1, 9) + body.slice(0, 9)
      : `${birthYear}${district.slice(2, 6)}${body.slice(0, 9)}`;
  if (country === "PK") {
    // CNIC: the first digit is the province, the last digit odd for men and even for women
    const province = district.startsWith("PK5")
      ? "1"
      : district.startsWith("PK4")
        ? "6"
        : district.startsWith("PK1")
          ? "8"
          : "3";
    const last = (Number(body[11]) & ~1) + (sex === "male" ? 1 : 0);
    return `${province}${body.slice(0, 4)}-${body.slice(4, 11)}-${last % 10}`;
  }
  return `${sex === "male" ? "1" : "2"}${body.slice(0, 11)}`;
}

function passportOf(rng: Rng, country: OriginCountry): string {
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  const letter = () => letters[rng.int(0, letters.length - 1)]!;
  const a = letter();
  const b = letter();
  const digits = rng.digits(8);
  if (country === "BD") return `${rng.chance(0.6) ? "A" : "E"}${digits}`;
  if (country === "PK") return `${a}${b}${digits.slice(0, 7)}`;
  return `${rng.chance(0.7) ? "A" : "B"}${digits}`;
}

function languagesOf(
  rng: Rng,
  community: GeneratedPerson["community"],
  district: string,
  destinations: readonly string[],
): LanguageCode[] {
  const province = adminArea(district)?.parent;
  const langs: LanguageCode[] = [];
  const roll = [rng.next(), rng.next(), rng.next()] as const;
  switch (community) {
    case "bengali":
      langs.push("bn");
      if (province === "BD60") langs.push("syl");
      if (district === "BD2015" || district === "BD2022") langs.push("ctg");
      break;
    case "punjabi":
      langs.push("ur", "pa");
      break;
    case "pashtun":
      langs.push("ps", "ur");
      break;
    case "arab":
      langs.push("ar");
      break;
    case "kurdish":
      langs.push(province === "IQG09" ? "kmr" : "ckb");
      if (roll[2] < 0.6) langs.push("ar");
      break;
  }
  const abroad = destinations[destinations.length - 1]!;
  const abroadLanguage: Record<string, LanguageCode> = {
    SA: "ar",
    AE: "ar",
    QA: "ar",
    KW: "ar",
    OM: "ar",
    BH: "ar",
    JO: "ar",
    LB: "ar",
    MY: "ms",
    TR: "tr",
    DE: "de",
    AT: "de",
    FR: "fr",
    IT: "it",
    GR: "el",
  };
  const learned = abroadLanguage[abroad];
  if (learned && !langs.includes(learned) && roll[0] < 0.45) langs.push(learned);
  if (!langs.includes("en") && roll[1] < (community === "arab" || community === "kurdish" ? 0.25 : 0.15))
    langs.push("en");
  return langs;
}

function monthlyIncomeUsd(rng: Rng, isco: string, group: DestinationGroup): number {
  const skilled = /^[78]/.test(isco) || isco === "5120";
  const base = skilled ? rng.int(420, 850) : rng.int(220, 480);
  const factor = group === "europe" ? 3.2 : group === "turkey" ? 1.3 : group === "asia" ? 1.2 : 1;
  return Math.round((base * factor) / 10) * 10;
}

function episodesOf(
  rng: Rng,
  country: OriginCountry,
  sex: Sex,
  birthYear: number,
  returnedOn: Date,
): MigrationEpisode[] {
  const count = rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
  const adultFrom = Date.UTC(birthYear + 18, 6, 1);
  const today = Date.now();
  const episodes: MigrationEpisode[] = [];
  let end = returnedOn.getTime();
  let done = false;
  for (let i = 0; i < 3; i++) {
    const destination = rng.weighted(destinations[country][sex]);
    const isco = rng.weighted(occupations[country][sex]);
    const group = destinationGroup(destination);
    const domestic = isco === "9111" || isco === "5322";
    const years = domestic ? rng.int(2, 4) : group === "europe" ? rng.int(1, 6) : rng.int(2, 9);
    const months = rng.int(0, 11);
    const gapDays = rng.int(150, 720);
    const latest = i === 0;
    const returnType = latest
      ? rng.weighted(returnTypes[domestic && group === "gulf" ? "domestic" : group])
      : rng.weighted<ReturnType>([
          ["voluntary", 80],
          ["forced", 10],
          ["crisis", 10],
        ]);
    const legalStatus = rng.weighted(legalStatusByReturn[returnType]);
    const income = monthlyIncomeUsd(rng, isco, group);
    const reportsIncome = rng.chance(0.7);
    // skipped episodes still draw their values: the stream of the rest of the person must not depend on dates
    if (done || i >= count) continue;
    let start = end - yearsMs(years) - months * 30 * DAY_MS;
    if (i === 0 && start < adultFrom) start = Math.min(adultFrom, end - 180 * DAY_MS);
    if (start > today) start = today - 30 * DAY_MS;
    if (start >= end || start < adultFrom - 180 * DAY_MS) {
      done = true;
      continue;
    }
    episodes.unshift({
      destinationCountry: destination,
      startDate: iso(new Date(start)),
      endDate: iso(new Date(end)),
      occupationIsco: isco,
      sectorIsic: sectorOf[isco]!,
      legalStatus,
      returnType,
      ...(reportsIncome ? { monthlyIncomeUsd: income } : {}),
    });
    end = start - gapDays * DAY_MS;
  }
  return episodes;
}

function skillsOf(rng: Rng, sex: Sex, episodes: readonly MigrationEpisode[]): Skill[] {
  const byCode = new Map<string, number>();
  for (const e of episodes) {
    if (!e.occupationIsco || !e.startDate || !e.endDate) continue;
    const years = (Date.parse(e.endDate) - Date.parse(e.startDate)) / yearsMs(1);
    byCode.set(e.occupationIsco, (byCode.get(e.occupationIsco) ?? 0) + years);
  }
  const skills: Skill[] = [...byCode].map(([code, years]) => ({
    name: iscoGroup(code)?.title ?? code,
    iscoCode: code,
    yearsExperience: Math.round(years * 10) / 10,
    certified: rng.chance(0.12),
    acquiredAbroad: true,
  }));
  const homeSkill = rng.weighted<string | null>([
    [null, 55],
    [sex === "male" ? "6111" : "7531", 25], // field crops, or tailoring
    [sex === "male" ? "8322" : "5120", 10], // driving, or cooking
    [sex === "male" ? "7231" : "5141", 10], // mechanics, or hairdressing
  ]);
  const homeYears = rng.int(1, 10);
  const homeCertified = rng.chance(0.2);
  if (homeSkill && !byCode.has(homeSkill)) {
    skills.push({
      name: iscoGroup(homeSkill)?.title ?? homeSkill,
      iscoCode: homeSkill,
      yearsExperience: homeYears,
      certified: homeCertified,
      acquiredAbroad: false,
    });
  }
  return skills;
}

const currencyOf: Record<OriginCountry, string> = { BD: "BDT", PK: "PKR", IQ: "IQD" };

/** Migration is mostly paid for with loans: from relatives, village moneylenders and recruitment agents. */
function debtsOf(rng: Rng, country: OriginCountry): Debt[] {
  const share: Record<OriginCountry, number> = { BD: 0.62, PK: 0.5, IQ: 0.38 };
  const hasDebt = rng.chance(share[country]);
  const n = rng.weighted([
    [1, 70],
    [2, 25],
    [3, 5],
  ] as const);
  const debts: Debt[] = [];
  for (let i = 0; i < 3; i++) {
    const lender = rng.weighted<Debt["lender"]>([
      ["informal_lender", 35],
      ["family_friends", 33],
      ["mfi", 12],
      ["recruitment_agency", 10],
      ["bank", 6],
      ["employer", 4],
    ]);
    const purpose = rng.weighted<NonNullable<Debt["purpose"]>>([
      ["migration_cost", i === 0 ? 75 : 30],
      ["household", 30],
      ["health", 15],
      ["business", 10],
      ["other", 5],
    ]);
    const amount =
      country === "BD"
        ? rng.int(40, 650) * 1000
        : country === "PK"
          ? rng.int(50, 900) * 1000
          : rng.int(15, 180) * 100_000;
    const months = rng.int(10, 48);
    const repaying = rng.chance(0.55);
    if (!hasDebt || i >= n) continue;
    debts.push({
      amount,
      currency: currencyOf[country],
      lender,
      purpose,
      ...(repaying ? { monthlyRepayment: Math.round(amount / months / 100) * 100 } : {}),
    });
  }
  return debts;
}

function documentsOf(rng: Rng, lastReturn: ReturnType, domestic: boolean): PersonDocument[] {
  const confiscated = (lastReturn === "forced" || domestic) && rng.chance(0.25);
  const passport = rng.weighted<PersonDocument["status"]>([
    ["held", 70],
    ["expired", 14],
    ["missing", lastReturn === "forced" ? 16 : 6],
  ]);
  const docs: PersonDocument[] = [{ type: "passport", status: confiscated ? "confiscated" : passport }];
  const nid = rng.chance(0.88);
  const birth = rng.chance(0.5);
  const certificate = rng.chance(0.1);
  const bank = rng.chance(0.42);
  const permit = rng.chance(0.35);
  docs.push({ type: "national_id", status: nid ? "held" : "missing" });
  if (birth) docs.push({ type: "birth_certificate", status: "held" });
  if (certificate) docs.push({ type: "skills_certificate", status: "held" });
  if (bank) docs.push({ type: "bank_account", status: "held" });
  if (permit) docs.push({ type: "work_permit", status: "expired" });
  return docs;
}

function addressOf(
  rng: Rng,
  country: OriginCountry,
  community: GeneratedPerson["community"],
  district: string,
): string {
  const name = adminArea(district)?.name ?? district;
  const n = rng.int(1, 999);
  const bdVillage = rng.pick([
    "Rampur",
    "Krishnapur",
    "Shibpur",
    "Gopalpur",
    "Noapara",
    "Kashimpur",
    "Uttarpara",
    "Dakshinpara",
    "Madhabpur",
    "Kalikapur",
    "Purbapara",
    "Char Bhabanipur",
  ]);
  const pkMohalla = rng.pick([
    "Islampura",
    "Rehmanpura",
    "Gulshan Colony",
    "Model Town",
    "Nai Abadi",
    "Ghousia Colony",
    "Sadiqabad",
    "Mohallah Qazian",
    "Shah Faisal Colony",
  ]);
  const kurdQuarter = rng.pick([
    "Azadi",
    "Shorsh",
    "Raparin",
    "Setaqan",
    "Kurdistan",
    "Bakhtiari",
    "Sarchinar",
  ]);
  if (country === "BD") return `Village ${bdVillage}, ${name} district`;
  if (country === "PK") return `House ${n}, ${pkMohalla}, ${name}`;
  if (community === "kurdish") return `${kurdQuarter} quarter, house ${n}, ${name}`;
  return `Mahalla ${rng.int(100, 999)}, house ${n % 60}, ${name}`;
}

/**
 * One synthetic returnee. Every field is drawn from the person's own random stream, and the number of draws
 * does not depend on the dates, so the same stream yields the same person whatever `asOf` or `returnedOn`.
 */
export function generatePerson(rng: Rng, options: PersonOptions = {}): GeneratedPerson {
  const asOf = options.asOf ?? defaultAsOf;
  const drawnCountry = rng.weighted(originWeights);
  const country = options.country ?? drawnCountry;
  const sex: Sex = rng.chance(femaleShare[country]) ? "female" : "male";
  const district = pickDistrict(rng, country);
  const community = communityOf(rng, country, district);
  const names = namesFor(rng, community, sex, district);
  const birth = birthOf(rng, sex);
  const birthYear = birth.birthYear!;
  const daysAgo = rng.int(10, 900);
  const returnedOn = options.returnedOn ?? iso(addDaysUtc(asOf, -daysAgo));
  const episodes = episodesOf(rng, country, sex, birthYear, new Date(`${returnedOn}T00:00:00Z`));
  const last = episodes[episodes.length - 1];
  const domestic = last?.occupationIsco === "9111" || last?.occupationIsco === "5322";

  const hasPhone = rng.chance(0.93);
  const phone = phoneOf(rng, country);
  const hasNid = rng.chance(country === "PK" ? 0.95 : country === "BD" ? 0.86 : 0.8);
  const nationalId = nationalIdOf(rng, country, sex, birthYear, district);
  const hasPassport = rng.chance(0.72);
  const passportNumber = passportOf(rng, country);
  const languages = languagesOf(
    rng,
    community,
    district,
    episodes.map((e) => e.destinationCountry),
  );

  const size = rng.int(sex === "female" ? 2 : 3, 10);
  const dependants = Math.min(size - 1, rng.int(1, 6));
  const children = Math.min(dependants, rng.int(0, 4));
  const head = rng.chance(sex === "male" ? 0.75 : 0.3);
  const isced = rng.weighted<IscedLevelNumber>(
    country === "IQ"
      ? [
          [0, 5],
          [1, 20],
          [2, 30],
          [3, 27],
          [4, 5],
          [6, 13],
        ]
      : [
          [0, sex === "female" ? 16 : 10],
          [1, 30],
          [2, 30],
          [3, 20],
          [4, 5],
          [6, 5],
        ],
  );
  const housing = rng.weighted<NonNullable<PersonInput["housing"]>["status"]>([
    ["with_family", 45],
    ["owned", 25],
    ["rented", 20],
    ["temporary", 7],
    ["shelter", sex === "female" ? 3 : 1],
    ["homeless", 1],
  ]);
  const adequate = rng.chance(0.75);
  const disabled = rng.chance(0.04);
  const disabilityKind = rng.weighted<"physical" | "visual" | "hearing" | "psychosocial">([
    ["physical", 60],
    ["visual", 15],
    ["hearing", 10],
    ["psychosocial", 15],
  ]);
  const askedDisability = rng.chance(0.7);
  const skills = skillsOf(rng, sex, episodes);
  const debts = debtsOf(rng, country);
  const documents = documentsOf(rng, last?.returnType ?? "voluntary", domestic);
  const address = addressOf(rng, country, community, district);

  const input: PersonInput = {
    givenName: names.givenName,
    ...(names.familyName ? { familyName: names.familyName } : {}),
    nameNative: names.nameNative,
    ...birth,
    sex,
    ...(hasPhone ? { phone } : {}),
    ...(hasNid ? { nationalId } : {}),
    ...(hasPassport ? { passportNumber } : {}),
    adminAreaCode: district,
    address,
    languages,
    ...(askedDisability || disabled
      ? { disability: disabled ? { hasDisability: true, kinds: [disabilityKind] } : { hasDisability: false } }
      : {}),
    household: { size, dependants, childrenOfSchoolAge: children, headOfHousehold: head },
    migrationEpisodes: episodes,
    education: { iscedLevel: isced },
    skills,
    debts,
    documents,
    housing: { status: housing, adequate: housing === "homeless" ? false : adequate },
  };
  return { country, returnedOn, community, input };
}

/** `count` returnees of one seeded population, from index `from` on. */
export function generatePersons(
  seed: number,
  count: number,
  options: Omit<PersonOptions, "returnedOn"> & { from?: number } = {},
): GeneratedPerson[] {
  const from = options.from ?? 0;
  return Array.from({ length: count }, (_, i) => generatePerson(personRng(seed, from + i), options));
}
