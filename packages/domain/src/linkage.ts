import { adminArea } from "@homecoming/reference";
import { distance } from "fastest-levenshtein";
import { linkageParameters } from "./linkage-parameters";
import { isKnownNamePart, type NamePart, readName } from "./names";

// Record linkage in the manner of Fellegi and Sunter: two registrations are compared field by field, each
// comparison gives a graded level of agreement (or disagreement), each level weighs log2(m / u), where m is how
// often that level occurs when the two records are one person and u how often when they are two, and the sum
// with the prior odds gives the probability that they are one person. The m and u values are data
// (linkage-parameters.ts) with the way they were estimated; this file only compares and adds.

/** What linkage reads of a registration. */
export type LinkageRecord = {
  givenName: string;
  familyName?: string | null | undefined;
  nameNative?: string | null | undefined;
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
  sex?: string | null | undefined;
  phone?: string | null | undefined;
  nationalId?: string | null | undefined;
  passportNumber?: string | null | undefined;
  adminAreaCode?: string | null | undefined;
  address?: string | null | undefined;
};

/** The comparisons and the levels each can give, best agreement first; `missing` weighs nothing. */
export const linkageComparisons = {
  name: ["exact", "phonetic", "typo", "subset", "partial", "different"],
  birth: ["same_date", "swapped", "same_year", "near_year", "date_differs", "year_differs", "missing"],
  sex: ["same", "different", "missing"],
  phone: ["same", "different", "missing"],
  nationalId: ["same", "transposed", "different", "missing"],
  passport: ["same", "different", "missing"],
  area: ["same_district", "same_province", "different", "missing"],
  household: ["same", "different", "missing"],
} as const;

/** The levels that speak against a match: their weight is never above nothing. */
export const linkageDisagreements: ReadonlySet<string> = new Set([
  "name.partial",
  "name.different",
  "birth.date_differs",
  "birth.year_differs",
  "sex.different",
  "phone.different",
  "nationalId.different",
  "passport.different",
  "area.different",
  "household.different",
]);

export type LinkageField = keyof typeof linkageComparisons;
export type LinkageLevels = { [F in LinkageField]: (typeof linkageComparisons)[F][number] };
export const linkageFields = Object.keys(linkageComparisons) as LinkageField[];

/** Frequencies per level: m among pairs of one person, u among pairs of two. */
export type LevelFrequencies = { [F in LinkageField]: Partial<Record<LinkageLevels[F], number>> };

export type LinkageParameters = {
  version: string;
  /** how the frequencies were obtained */
  source: string;
  /** the share of compared pairs (those blocking brings together) that are one person */
  prior: number;
  m: LevelFrequencies;
  u: LevelFrequencies;
  /** a pair is `likely` from this probability on, `possible` from the next */
  likely: number;
  possible: number;
};

export const linkageLevels = ["likely", "possible"] as const;
export type LinkageLevel = (typeof linkageLevels)[number];

// ---------------------------------------------------------------------------------------------------- names

type PartMatch = "same" | "phonetic" | "typo";

function partMatch(a: NamePart, b: NamePart): PartMatch | null {
  if (a.part === b.part) return "same";
  // names the table knows as different (Hasan and Hussain, Rahim and Rahima) stay different, however alike
  if (isKnownNamePart(a.part) && isKnownNamePart(b.part)) return null;
  if (a.key && a.key === b.key) return "phonetic";
  const shorter = Math.min(a.part.length, b.part.length);
  // one slip of the keyboard in a name of four letters or more; two in a long one; never in the first letter,
  // which keeps Jamal and Kamal, Rahim and Karim apart
  if (shorter >= 4 && a.part[0] === b.part[0] && distance(a.part, b.part) <= (shorter >= 8 ? 2 : 1))
    return "typo";
  return null;
}

const matchRank: Record<PartMatch, number> = { same: 3, phonetic: 2, typo: 1 };

type NameComparison = { level: LinkageLevels["name"]; pairs: [NamePart, NamePart, PartMatch][] };

/** Parts paired in any order, best pairs first, each part used once. */
function compareParts(a: NamePart[], b: NamePart[]): NameComparison {
  const candidates: [number, number, PartMatch][] = [];
  a.forEach((pa, i) => {
    b.forEach((pb, j) => {
      const m = partMatch(pa, pb);
      if (m) candidates.push([i, j, m]);
    });
  });
  candidates.sort((x, y) => matchRank[y[2]] - matchRank[x[2]] || x[0] - y[0] || x[1] - y[1]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: NameComparison["pairs"] = [];
  for (const [i, j, m] of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([a[i]!, b[j]!, m]);
  }
  const shorter = Math.min(a.length, b.length);
  const worst = pairs.reduce((w, [, , m]) => Math.min(w, matchRank[m]), 3);
  let level: LinkageLevels["name"];
  if (pairs.length === 0) level = "different";
  else if (pairs.length === a.length && pairs.length === b.length)
    level = worst === 3 ? "exact" : worst === 2 ? "phonetic" : "typo";
  else if (pairs.length === shorter) level = "subset";
  else level = "partial";
  return { level, pairs };
}

const nameRank = Object.fromEntries(linkageComparisons.name.map((l, i) => [l, i])) as Record<string, number>;

/**
 * What the comparisons read of a record, worked out once per record: a record met in many pairs (the
 * registry scan) is not read again for each. Records are not changed once judged.
 */
type Read = {
  names: NamePart[][];
  birth: Birth;
  nationalId: string | undefined;
  passport: string | undefined;
  household: string | undefined;
};
const recordsRead = new WeakMap<LinkageRecord, Read>();

function read(r: LinkageRecord): Read {
  let found = recordsRead.get(r);
  if (!found) {
    const latin = readName(`${r.givenName} ${r.familyName ?? ""}`);
    found = {
      names: r.nameNative ? [latin, readName(r.nameNative)] : [latin],
      birth: readBirth(r),
      nationalId: identifierOf(r.nationalId),
      passport: identifierOf(r.passportNumber),
      household: text(r.address),
    };
    recordsRead.set(r, found);
  }
  return found;
}

const namesOf = (r: LinkageRecord) => read(r).names;

/** The best agreement between the names as written in either script (native names through transliteration). */
function compareNames(a: LinkageRecord, b: LinkageRecord): NameComparison {
  let best: NameComparison | undefined;
  for (const na of namesOf(a))
    for (const nb of namesOf(b)) {
      const c = compareParts(na, nb);
      if (!best || nameRank[c.level]! < nameRank[best.level]!) best = c;
      if (best.level === "exact") return best;
    }
  return best!;
}

// ----------------------------------------------------------------------------------------- other fields

type Birth = { year: number; month?: number; day?: number } | undefined;

/** A birth date of 1 January is often a placeholder for "only the year is known" and is read as such. */
const birthOf = (r: LinkageRecord) => read(r).birth;

function readBirth(r: LinkageRecord): Birth {
  if (r.birthDate) {
    const [y, m, d] = r.birthDate.split("-").map(Number) as [number, number, number];
    return m === 1 && d === 1 ? { year: y } : { year: y, month: m, day: d };
  }
  return r.birthYear ? { year: r.birthYear } : undefined;
}

function compareBirth(a: LinkageRecord, b: LinkageRecord): LinkageLevels["birth"] {
  const x = birthOf(a);
  const y = birthOf(b);
  if (!x || !y) return "missing";
  const years = Math.abs(x.year - y.year);
  if (x.month && y.month) {
    if (years === 0 && x.month === y.month && x.day === y.day) return "same_date";
    // day and month swapped: 03/05 read as 5 March by one clerk and 3 May by another
    if (years === 0 && x.month === y.day && x.day === y.month) return "swapped";
    return years <= 1 ? "date_differs" : "year_differs";
  }
  return years === 0 ? "same_year" : years === 1 ? "near_year" : "year_differs";
}

/** An identifier as compared: without spaces, dashes, dots and slashes, in upper case. */
export const identifierOf = (value: string | null | undefined) =>
  value?.replace(/[\s./-]/g, "").toUpperCase() || undefined;

function adjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

function compareNationalId(a: LinkageRecord, b: LinkageRecord): LinkageLevels["nationalId"] {
  const x = read(a).nationalId;
  const y = read(b).nationalId;
  if (!x || !y) return "missing";
  if (x === y) return "same";
  if (adjacentTransposition(x, y)) return "transposed";
  // cards of different generations (Bangladesh's 17- and 10-digit numbers) cannot be compared
  return x.length === y.length ? "different" : "missing";
}

const equalOrMissing = <T>(x: T | undefined, y: T | undefined) =>
  x === undefined || y === undefined
    ? ("missing" as const)
    : x === y
      ? ("same" as const)
      : ("different" as const);

const text = (value: string | null | undefined) =>
  (
    value
      ?.normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  ).join(" ") || undefined;

function compareArea(a: LinkageRecord, b: LinkageRecord): LinkageLevels["area"] {
  if (!a.adminAreaCode || !b.adminAreaCode) return "missing";
  if (a.adminAreaCode === b.adminAreaCode) return "same_district";
  const pa = adminArea(a.adminAreaCode)?.parent;
  return pa && pa === adminArea(b.adminAreaCode)?.parent ? "same_province" : "different";
}

/** Every comparison of two records; symmetric. */
export function compareRecords(
  a: LinkageRecord,
  b: LinkageRecord,
): LinkageLevels & { namePairs: NameComparison["pairs"] } {
  const name = compareNames(a, b);
  return {
    name: name.level,
    namePairs: name.pairs,
    birth: compareBirth(a, b),
    sex: equalOrMissing(a.sex ?? undefined, b.sex ?? undefined),
    phone: equalOrMissing(a.phone ?? undefined, b.phone ?? undefined),
    nationalId: compareNationalId(a, b),
    passport: equalOrMissing(read(a).passport, read(b).passport),
    area: compareArea(a, b),
    household: equalOrMissing(read(a).household, read(b).household),
  };
}

// --------------------------------------------------------------------------------------------- weights

const weightCache = new WeakMap<LinkageParameters, Record<string, Record<string, number>>>();

/**
 * The weight of every level: log2(m / u), made to respect the order of the levels. A worse agreement never
 * weighs more than a better one (blocking brings together few pairs with nothing in common, which alone would
 * make "different names" look like evidence for a match), the best level of each comparison never weighs
 * against, and a disagreement never weighs for. Kept here rather than in the estimate, so that parameters
 * edited by hand keep these properties too.
 */
function weightsOf(p: LinkageParameters) {
  const cached = weightCache.get(p);
  if (cached) return cached;
  const weights: Record<string, Record<string, number>> = {};
  for (const field of linkageFields) {
    const m = p.m[field] as Record<string, number>;
    const u = p.u[field] as Record<string, number>;
    const levels: Record<string, number> = { missing: 0 };
    let previous = Number.POSITIVE_INFINITY;
    linkageComparisons[field]
      .filter((l) => l !== "missing")
      .forEach((level, i) => {
        const raw = m[level] && u[level] ? Math.log2(m[level] / u[level]) : 0;
        let weight = Math.min(raw, previous);
        if (i === 0) weight = Math.max(weight, 0);
        if (linkageDisagreements.has(`${field}.${level}`)) weight = Math.min(weight, 0);
        levels[level] = weight;
        previous = weight;
      });
    weights[field] = levels;
  }
  weightCache.set(p, weights);
  return weights;
}

/** The weight in bits of one level of one comparison; a missing value weighs nothing. */
export function levelWeight(field: LinkageField, level: string, p: LinkageParameters = linkageParameters) {
  return weightsOf(p)[field]![level] ?? 0;
}

export type LinkageReason = {
  /** `field.level`, for example `name.phonetic` or `birth.swapped` */
  code: string;
  /** the weight of this evidence in bits: positive for, negative against */
  weight: number;
  /** the reason in words */
  text: string;
  /** what agreed or differed, for example "Md. = Muhammad, Hossain ≈ Hussain" */
  detail?: string;
};

export type LinkageVerdict = {
  probability: number;
  /** the log2 odds the probability comes from: the prior plus every weight */
  weight: number;
  /** `likely`, `possible`, or null below the `possible` threshold */
  level: LinkageLevel | null;
  levels: LinkageLevels;
  reasonsFor: LinkageReason[];
  reasonsAgainst: LinkageReason[];
};

const reasonText: { [F in LinkageField]: Partial<Record<LinkageLevels[F], string>> } = {
  name: {
    exact: "Same name, allowing for known spellings and word order",
    phonetic: "Names sound the same, spelt differently",
    typo: "Names agree but for a typing slip",
    subset: "One name is part of the other",
    partial: "Only part of the names agree",
    different: "Different names",
  },
  birth: {
    same_date: "Same date of birth",
    swapped: "Same date of birth with day and month swapped",
    same_year: "Same year of birth (the full date is not known on both)",
    near_year: "Years of birth one apart (the full date is not known on both)",
    date_differs: "Different dates of birth",
    year_differs: "Years of birth more than one apart",
  },
  sex: { same: "Same sex", different: "Different sex" },
  phone: { same: "Same phone number", different: "Different phone numbers" },
  nationalId: {
    same: "Same national ID",
    transposed: "National IDs differ only by two digits swapped",
    different: "Different national IDs",
  },
  passport: { same: "Same passport number", different: "Different passport numbers" },
  area: {
    same_district: "Same home district",
    same_province: "Home districts in the same province or division",
    different: "Home districts in different provinces",
  },
  household: { same: "Same address", different: "Different addresses" },
};

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function nameDetail(pairs: NameComparison["pairs"]): string | undefined {
  const shown = pairs
    .filter(([a, b]) => a.written !== b.written)
    .map(([a, b, m]) => `${titleCase(a.written)} ${m === "same" ? "=" : "≈"} ${titleCase(b.written)}`);
  return shown.length ? shown.join(", ") : undefined;
}

const probabilityOf = (bits: number) => 1 / (1 + 2 ** -bits);

/**
 * How likely two registrations are one person, and its level, without the reasons: what a search through
 * many pairs asks first (the registry scan), before judging in full the few that have a level.
 */
export function scoreLink(a: LinkageRecord, b: LinkageRecord, p: LinkageParameters = linkageParameters) {
  const { namePairs, ...levels } = compareRecords(a, b);
  let bits = Math.log2(p.prior / (1 - p.prior));
  for (const field of linkageFields) bits += levelWeight(field, levels[field], p);
  const probability = Math.round(probabilityOf(bits) * 1000) / 1000;
  const level: LinkageLevel | null =
    probability >= p.likely ? "likely" : probability >= p.possible ? "possible" : null;
  return { probability, weight: bits, level, levels, namePairs };
}

/**
 * How likely two registrations are one person: the probability, its level and the reasons for and against,
 * strongest first. Symmetric: judging a against b gives what b against a gives.
 */
export function judgeLink(
  a: LinkageRecord,
  b: LinkageRecord,
  p: LinkageParameters = linkageParameters,
): LinkageVerdict {
  const { namePairs, levels, ...score } = scoreLink(a, b, p);
  const reasons: LinkageReason[] = [];
  for (const field of linkageFields) {
    const level = levels[field];
    const weight = levelWeight(field, level, p);
    if (level === "missing" || Math.abs(weight) < 0.05) continue;
    const detail = field === "name" ? nameDetail(namePairs) : undefined;
    reasons.push({
      code: `${field}.${level}`,
      weight: Math.round(weight * 10) / 10,
      text: (reasonText[field] as Record<string, string>)[level] ?? `${field}: ${level}`,
      ...(detail ? { detail } : {}),
    });
  }
  const byStrength = (x: LinkageReason, y: LinkageReason) => Math.abs(y.weight) - Math.abs(x.weight);
  return {
    ...score,
    levels,
    reasonsFor: reasons.filter((r) => r.weight > 0).sort(byStrength),
    reasonsAgainst: reasons.filter((r) => r.weight < 0).sort(byStrength),
  };
}

/**
 * m and u estimated from labelled pairs: for each comparison, how often each level occurs among pairs of one
 * person and among pairs of two, with add-one smoothing so that no level is impossible.
 */
export function estimateLinkageParameters(
  pairs: Iterable<{ a: LinkageRecord; b: LinkageRecord; same: boolean }>,
  base: Omit<LinkageParameters, "m" | "u" | "prior">,
): LinkageParameters {
  const counts = {
    m: {} as Record<string, Record<string, number>>,
    u: {} as Record<string, Record<string, number>>,
  };
  let same = 0;
  let total = 0;
  for (const { a, b, same: isSame } of pairs) {
    const levels = compareRecords(a, b);
    const side = isSame ? counts.m : counts.u;
    for (const field of linkageFields) {
      side[field] ??= {};
      const bucket = side[field];
      bucket[levels[field]] = (bucket[levels[field]] ?? 0) + 1;
    }
    total += 1;
    if (isSame) same += 1;
  }
  const round = (x: number) => Number(x.toPrecision(3));
  const frequencies = (side: Record<string, Record<string, number>>) =>
    Object.fromEntries(
      linkageFields.map((field) => {
        const levels = linkageComparisons[field].filter((l) => l !== "missing");
        const bucket = side[field] ?? {};
        const n = levels.reduce((s, l) => s + (bucket[l] ?? 0), 0) + levels.length;
        return [field, Object.fromEntries(levels.map((l) => [l, round(((bucket[l] ?? 0) + 1) / n)]))];
      }),
    ) as LevelFrequencies;
  return {
    ...base,
    prior: round(same / Math.max(1, total)),
    m: frequencies(counts.m),
    u: frequencies(counts.u),
  };
}

// ---------------------------------------------------------------------------------------------- blocking

/**
 * The phonetic keys of a record's name parts in both scripts, at most eight (the rarest are not known
 * here, so the first written are kept).
 */
function nameKeys(r: LinkageRecord): string[] {
  const keys = new Set<string>();
  for (const parts of namesOf(r)) for (const p of parts) if (p.key) keys.add(p.key);
  return [...keys].slice(0, 8);
}

function keyPairs(keys: string[]): string[] {
  const sorted = [...keys].sort();
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) pairs.push(`${sorted[i]}+${sorted[j]}`);
  return sorted.length === 1 ? [sorted[0]!] : pairs;
}

/** A full date as month and day in a fixed order, so that a swapped day and month give the same key. */
function dateKey(b: Birth): string | undefined {
  if (!b?.month || !b.day) return undefined;
  const [x, y] = b.day <= 12 ? [Math.min(b.month, b.day), Math.max(b.month, b.day)] : [b.month, b.day];
  return `${b.year}-${x}-${y}`;
}

/**
 * The blocking keys a record is stored with: every pair of its name keys with its birth year (or "-" when it
 * has none), the same with its district, and every name key with its full date of birth. Two records share a
 * key when two parts of their names sound alike and their years agree (and, for the narrower keys, their
 * districts), or one part does and their full dates agree.
 */
export function linkageKeys(r: LinkageRecord): string[] {
  const keys = nameKeys(r);
  const birth = birthOf(r);
  const year = birth ? String(birth.year) : "-";
  const date = dateKey(birth);
  const byYear = keyPairs(keys).map((k) => `${k}/${year}`);
  return [
    ...byYear,
    ...(r.adminAreaCode ? byYear.map((k) => `${k}/${r.adminAreaCode}`) : []),
    ...(date ? keys.map((k) => `${k}@${date}`) : []),
  ];
}

/** Years of birth a probe without one is compared with. */
const yearsSearched = (now: Date) => {
  const last = now.getUTCFullYear() - 10;
  return Array.from({ length: 90 }, (_, i) => String(last - i));
};

/**
 * The keys to look up for a probe, in two passes. Broad: its name-key pairs with its year, the years either
 * side and no year (with no year, every year of a living adult), and each name key alone with those years for
 * a record of one name part. Precise: each name key with the full date of birth, and the broad keys with the
 * probe's district. A common name born in a common year makes a broad block of hundreds in a national
 * registry; the precise blocks stay small, so a search that must be fast and whole (the registry scan) takes
 * them alone, and the check at registration takes them first.
 */
export function linkageProbeKeys(r: LinkageRecord, now: Date): { precise: string[]; broad: string[] } {
  const keys = nameKeys(r);
  const birth = birthOf(r);
  const years = birth ? [birth.year - 1, birth.year, birth.year + 1].map(String) : yearsSearched(now);
  const date = dateKey(birth);
  const singles = keys.length > 1 ? keys : [];
  const broad = new Set<string>();
  for (const k of [...keyPairs(keys), ...singles]) for (const y of [...years, "-"]) broad.add(`${k}/${y}`);
  const precise = new Set<string>();
  if (date) for (const k of keys) precise.add(`${k}@${date}`);
  if (r.adminAreaCode) for (const k of broad) precise.add(`${k}/${r.adminAreaCode}`);
  return { precise: [...precise], broad: [...broad] };
}

/** A national ID as typed and with each pair of neighbouring characters swapped: the forms to look up. */
export function nationalIdVariants(value: string): string[] {
  const chars = [...value];
  const variants = new Set([value]);
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1] || !/[\dA-Z]/i.test(chars[i]!) || !/[\dA-Z]/i.test(chars[i + 1]!)) continue;
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    variants.add(swapped.join(""));
  }
  return [...variants];
}

/** Everything blocking looks up for a record: its keys in both passes and its identifiers as compared. */
export function linkageProbe(r: LinkageRecord, now: Date) {
  return {
    ...linkageProbeKeys(r, now),
    phone: r.phone ?? null,
    nationalIds: r.nationalId ? nationalIdVariants(r.nationalId) : [],
    passportNumber: r.passportNumber ?? null,
  };
}
