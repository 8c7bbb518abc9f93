// Quality of record linkage: pairwise precision and recall on a labelled registration set of its own.
//
//   npm run bench:linkage -- [--seed 2] [--people 1500]           through the API, beside a trigram baseline
//   npm run bench:linkage -- --fit [--seed 1] [--people 3000]      estimates m and u, prints them as data
//
// The set: returnees of the synthetic population (apps/server/src/seed/generator.ts), some registered again
// once or twice as other clerks would (names respelt, reordered, with or without Md. or Mst., split or joined,
// typed with a slip; birth dates with day and month swapped, only the year, a year off or 1 January; phones
// typed in the local way or missing; national IDs with two digits swapped or missing; another district), and
// hard negatives: namesakes born within a year, relatives sharing the phone, address and family name, twins.
// Every registration is sent in turn to POST /persons on a fresh database; a pair counts as found at a level
// when the answer of the later registration lists the earlier one at that level.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  estimateLinkageParameters,
  judgeLink,
  type LinkageParameters,
  type LinkageRecord,
  linkageKeys,
  linkageParameters,
  linkageProbeKeys,
  nationalIdVariants,
  type PersonInput,
  phoneE164,
  trigramSimilarity,
} from "@homecoming/domain";
import { adminAreaCountry, districtsOf, nameVariantGroups } from "@homecoming/reference";
import { openDatabase } from "../apps/server/src/db/client";
import { seedDemo } from "../apps/server/src/seed/demo";
import {
  type GeneratedPerson,
  generatePerson,
  mixSeed,
  personRng,
  Rng,
} from "../apps/server/src/seed/generator";
import { positiveInt } from "./db";
import { login, startServer, writeResults } from "./http";

type Registration = {
  entity: number;
  kind: "person" | "again" | "namesake" | "relative" | "twin";
  input: PersonInput;
};

const variantsOf = new Map<string, readonly string[]>();
for (const group of nameVariantGroups)
  for (const v of group) if (!variantsOf.has(v)) variantsOf.set(v, group);
const muhammad = variantsOf.get("muhammad")!;

const title = (w: string) =>
  w.length <= 3 && !/[aeiou]/.test(w)
    ? `${w.charAt(0).toUpperCase()}${w.slice(1)}.`
    : w.charAt(0).toUpperCase() + w.slice(1);

/** One vowel changed, one letter doubled or undoubled: spellings no table lists. */
function phoneticRespelling(rng: Rng, word: string): string {
  const w = word.toLowerCase();
  const roll = rng.int(0, 2);
  if (roll === 0) {
    const swaps: Record<string, string> = { a: "o", o: "u", u: "o", e: "i", i: "ee" };
    const at = [...w].map((c, i) => (i > 0 && swaps[c] ? i : -1)).filter((i) => i > 0);
    if (at.length) {
      const i = rng.pick(at);
      return title(w.slice(0, i) + swaps[w[i]!]! + w.slice(i + 1));
    }
  }
  if (roll === 1) {
    const doubled = w.match(/(\w)\1/);
    if (doubled) return title(w.replace(doubled[0], doubled[1]!));
    const i = rng.int(1, Math.max(1, w.length - 2));
    if (!/[aeiou]/.test(w[i]!)) return title(w.slice(0, i) + w[i] + w.slice(i));
  }
  return title(w.endsWith("a") ? `${w}h` : w);
}

/** A slip of the keyboard inside the word: a letter left out or doubled, or two letters swapped. */
function typo(rng: Rng, word: string): string {
  if (word.length < 5) return word;
  const i = rng.int(1, word.length - 2);
  const roll = rng.int(0, 2);
  if (roll === 0) return word.slice(0, i) + word.slice(i + 1);
  if (roll === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

function respell(rng: Rng, word: string): string {
  const group = variantsOf.get(word.toLowerCase().replace(/\.$/, ""));
  const roll = rng.next();
  if (group && roll < 0.45) return title(rng.pick(group));
  if (roll < 0.6) return phoneticRespelling(rng, word);
  if (roll < 0.66) return typo(rng, word);
  return word;
}

/** The name as another clerk writes it. */
function renamed(
  rng: Rng,
  input: PersonInput,
  country: string,
): Pick<PersonInput, "givenName" | "familyName" | "nameNative"> {
  let given = input.givenName.split(" ");
  let family = (input.familyName ?? "").split(" ").filter(Boolean);
  if (given.length > 1 && muhammad.includes(given[0]!.toLowerCase().replace(".", "")) && rng.chance(0.35))
    given = given.slice(1);
  else if (country === "BD" && input.sex === "male" && rng.chance(0.1)) given = ["Md.", ...given];
  else if (country === "BD" && input.sex === "female" && rng.chance(0.15)) given = ["Mst.", ...given];
  given = given.map((w) => respell(rng, w));
  family = family.map((w) => respell(rng, w));
  family = family.flatMap((w) =>
    /uddin$/i.test(w) && w.length > 5 && rng.chance(0.4) ? [w.slice(0, -4), "Din"] : [w],
  );
  if (family.length && rng.chance(0.15)) [given, family] = [family, given];
  return {
    givenName: given.join(" "),
    familyName: family.length ? family.join(" ") : undefined,
    nameNative: input.nameNative && rng.chance(0.5) ? input.nameNative : undefined,
  };
}

function birthAgain(rng: Rng, input: PersonInput): Pick<PersonInput, "birthDate" | "birthYear"> {
  const year = input.birthYear ?? Number(input.birthDate!.slice(0, 4));
  const roll = rng.next();
  if (input.birthDate) {
    const [, m, d] = input.birthDate.split("-");
    if (roll < 0.12 && Number(d) <= 12 && m !== d) return { birthDate: `${year}-${d}-${m}` };
    if (roll < 0.3) return { birthYear: year };
    if (roll < 0.35) return { birthDate: `${year}-01-01` };
    // a slip in the day
    if (roll < 0.38 && Number(d) < 28)
      return { birthDate: `${year}-${m}-${String(Number(d) + 1).padStart(2, "0")}` };
  }
  if (roll > 0.9) return { birthYear: year + (rng.chance(0.5) ? 1 : -1) };
  return input.birthDate ? { birthDate: input.birthDate } : { birthYear: year };
}

/** A phone as clerks type it: the local way (trunk 0, spaces or dashes) or in full. */
function typedPhone(rng: Rng, e164: string): string {
  const national = e164.replace(/^\+(880|92|964)/, "0");
  const roll = rng.int(0, 3);
  if (roll === 0) return national;
  if (roll === 1) return `${national.slice(0, 5)}-${national.slice(5)}`;
  if (roll === 2) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return e164;
}

function swapTwoDigits(rng: Rng, id: string): string {
  const i = rng.int(0, id.length - 2);
  return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
}

function registeredAgain(rng: Rng, base: GeneratedPerson): PersonInput {
  const { input, country } = base;
  const nid = input.nationalId && rng.next();
  const phone = input.phone && rng.next();
  const district = rng.chance(0.12) ? rng.pick(districtsOf(country)).code : input.adminAreaCode;
  return {
    ...input,
    ...renamed(rng, input, country),
    birthDate: undefined,
    birthYear: undefined,
    ...birthAgain(rng, input),
    sex: rng.chance(0.01) ? (input.sex === "male" ? "female" : "male") : input.sex,
    phone:
      phone === undefined || phone === ""
        ? undefined
        : phone < 0.25
          ? undefined
          : phone < 0.3
            ? phoneOfOther(rng, input.phone!)
            : typedPhone(rng, input.phone!),
    nationalId:
      nid === undefined || nid === ""
        ? undefined
        : nid < 0.35
          ? undefined
          : nid < 0.4
            ? swapTwoDigits(rng, input.nationalId!)
            : input.nationalId,
    // a passport renewed since, or not shown
    passportNumber: rng.chance(0.45)
      ? input.passportNumber
      : rng.chance(0.15)
        ? otherPassport(rng, input.passportNumber)
        : undefined,
    adminAreaCode: district,
    // the address written the same way, in other words, or not at all
    address: rng.chance(0.25) ? input.address : rng.chance(0.33) ? reworded(input.address) : undefined,
  };
}

function otherPassport(rng: Rng, passport: string | undefined): string | undefined {
  return passport ? passport.slice(0, 2) + rng.digits(passport.length - 2) : undefined;
}

function reworded(address: string | undefined): string | undefined {
  return address
    ?.replace(/^Village /, "Vill. ")
    .replace(/^House /, "H. No. ")
    .replace(/ district$/, "")
    .replace(/ quarter,/, ",");
}

/** Another number of the same network: a returnee who changed SIM. */
function phoneOfOther(rng: Rng, e164: string): string {
  return e164.slice(0, -6) + rng.digits(6);
}

const clean = (input: PersonInput): PersonInput =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as PersonInput;

/** The labelled set: registrations in arrival order, each with the person (entity) it is. */
export function labelledSet(seed: number, people: number): Registration[] {
  const rng = new Rng(mixSeed(seed, 7));
  const out: Registration[] = [];
  let entity = 0;
  let stranger = 0;
  const other = (country: GeneratedPerson["country"]) =>
    generatePerson(personRng(mixSeed(seed, 11), stranger++), { country });
  for (let i = 0; i < people; i++) {
    const base = generatePerson(personRng(seed, i));
    const id = entity++;
    out.push({ entity: id, kind: "person", input: base.input });
    const again = rng.weighted([
      [0, 55],
      [1, 30],
      [2, 15],
    ] as const);
    for (let k = 0; k < again; k++)
      out.push({ entity: id, kind: "again", input: registeredAgain(rng, base) });
    const year = base.input.birthYear ?? Number(base.input.birthDate!.slice(0, 4));
    const roll = rng.next();
    if (roll < 0.2) {
      // a namesake: another person with the same name, born within a year, of the same sex
      const x = other(base.country);
      const y = year + rng.int(-1, 1);
      out.push({
        entity: entity++,
        kind: "namesake",
        input: {
          ...x.input,
          givenName: base.input.givenName,
          familyName: base.input.familyName,
          nameNative: base.input.nameNative,
          sex: base.input.sex,
          birthDate: rng.chance(0.5)
            ? `${y}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`
            : undefined,
          birthYear: y,
          adminAreaCode: rng.chance(0.4) ? base.input.adminAreaCode : x.input.adminAreaCode,
        },
      });
    } else if (roll < 0.3 || (roll < 0.33 && base.input.birthDate)) {
      // a relative (roll < 0.3) or a twin: same family name, phone, district and address, another given name
      const twin = roll >= 0.3;
      const x = other(base.country);
      out.push({
        entity: entity++,
        kind: twin ? "twin" : "relative",
        input: {
          ...x.input,
          familyName: base.input.familyName,
          nameNative: undefined,
          phone: base.input.phone ? typedPhone(rng, base.input.phone) : undefined,
          adminAreaCode: base.input.adminAreaCode,
          address: base.input.address,
          ...(twin ? { birthDate: base.input.birthDate, birthYear: undefined } : {}),
        },
      });
    }
  }
  // arrival order: shuffled, as desks register whoever comes
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.map((r) => ({
    ...r,
    input: clean({ ...r.input, birthYear: r.input.birthDate ? undefined : r.input.birthYear } as PersonInput),
  }));
}

/** A registration as the server stores it, for judging in this process: the phone in E.164. */
function asStored(input: PersonInput): LinkageRecord {
  const phone = input.phone ? phoneE164(input.phone, adminAreaCountry(input.adminAreaCode)) : undefined;
  return { ...input, phone: phone?.ok ? phone.e164 : null };
}

type Counts = { truePairs: number; likely: { tp: number; fp: number }; any: { tp: number; fp: number } };

const metrics = (c: Counts) => {
  const p = (x: { tp: number; fp: number }) => (x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1);
  return {
    truePairs: c.truePairs,
    likely: { precision: p(c.likely), recall: c.likely.tp / c.truePairs, found: c.likely.tp + c.likely.fp },
    likelyOrPossible: { precision: p(c.any), recall: c.any.tp / c.truePairs, found: c.any.tp + c.any.fp },
  };
};

const emptyCounts = (truePairs: number): Counts => ({
  truePairs,
  likely: { tp: 0, fp: 0 },
  any: { tp: 0, fp: 0 },
});

function truePairCount(set: Registration[]) {
  const seen = new Map<number, number>();
  let pairs = 0;
  for (const r of set) {
    pairs += seen.get(r.entity) ?? 0;
    seen.set(r.entity, (seen.get(r.entity) ?? 0) + 1);
  }
  return pairs;
}

/** The pairs blocking brings together, as the SQL of the persons store finds them: each later record with the earlier ones. */
function* blockedPairs(set: Registration[], now: Date) {
  const byKey = new Map<string, number[]>();
  const byPhone = new Map<string, number[]>();
  const byId = new Map<string, number[]>();
  const stored = set.map((r) => asStored(r.input));
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (let j = 0; j < set.length; j++) {
    const r = stored[j]!;
    const found = new Set<number>();
    const probe = linkageProbeKeys(r, now);
    for (const k of [...probe.precise, ...probe.broad]) for (const i of byKey.get(k) ?? []) found.add(i);
    if (r.phone) for (const i of byPhone.get(r.phone) ?? []) found.add(i);
    if (r.nationalId)
      for (const v of nationalIdVariants(r.nationalId)) for (const i of byId.get(`n${v}`) ?? []) found.add(i);
    if (r.passportNumber) for (const i of byId.get(`p${r.passportNumber}`) ?? []) found.add(i);
    for (const i of found)
      yield { i, j, a: stored[j]!, b: stored[i]!, same: set[i]!.entity === set[j]!.entity };
    for (const k of linkageKeys(r)) add(byKey, k, j);
    if (r.phone) add(byPhone, r.phone, j);
    if (r.nationalId) add(byId, `n${r.nationalId}`, j);
    if (r.passportNumber) add(byId, `p${r.passportNumber}`, j);
  }
}

/** The baseline: earlier records whose full names are similar by pg_trgm similarity (0.8 likely, 0.5 possible). */
function baseline(set: Registration[]): Counts {
  const c = emptyCounts(truePairCount(set));
  const names = set.map((r) => `${r.input.givenName} ${r.input.familyName ?? ""}`);
  for (let j = 0; j < set.length; j++)
    for (let i = 0; i < j; i++) {
      const s = trigramSimilarity(names[i]!, names[j]!);
      if (s < 0.5) continue;
      const same = set[i]!.entity === set[j]!.entity;
      c.any[same ? "tp" : "fp"] += 1;
      if (s >= 0.8) c.likely[same ? "tp" : "fp"] += 1;
    }
  return c;
}

function inProcess(set: Registration[], params: LinkageParameters, now: Date): Counts {
  const c = emptyCounts(truePairCount(set));
  for (const { a, b, same } of blockedPairs(set, now)) {
    const v = judgeLink(a, b, params);
    if (!v.level) continue;
    c.any[same ? "tp" : "fp"] += 1;
    if (v.level === "likely") c.likely[same ? "tp" : "fp"] += 1;
  }
  return c;
}

const fmt = (x: number) => x.toFixed(3);

function printTable(rows: Record<string, ReturnType<typeof metrics>>) {
  console.log("                               likely                    likely + possible");
  console.log("                               precision  recall  found  precision  recall  found");
  for (const [name, m] of Object.entries(rows))
    console.log(
      `${name.padEnd(31)}${fmt(m.likely.precision).padStart(9)}${fmt(m.likely.recall).padStart(8)}${String(m.likely.found).padStart(7)}` +
        `${fmt(m.likelyOrPossible.precision).padStart(11)}${fmt(m.likelyOrPossible.recall).padStart(8)}${String(m.likelyOrPossible.found).padStart(7)}`,
    );
}

async function throughApi(set: Registration[], dataDir: string): Promise<Counts> {
  // a fresh embedded database with the demo organisations and accounts, and no returnee
  const database = await openDatabase({ kind: "pglite", dataDir });
  await database.migrate();
  await seedDemo(database, { persons: 0 });
  await database.close();
  const server = await startServer(dataDir);
  try {
    const clerk = await login(server.base, "case.dhaka@demo.homecoming");
    const c = emptyCounts(truePairCount(set));
    const entityOf = new Map<string, number>();
    const started = performance.now();
    for (const [n, r] of set.entries()) {
      const res = await clerk.request("POST", "/persons", r.input);
      if (res.status !== 201)
        throw new Error(`registration ${n} answered ${res.status}: ${JSON.stringify(res.json)}`);
      const body = res.json as { id: string; possibleDuplicates: { personId: string; level: string }[] };
      for (const d of body.possibleDuplicates) {
        const same = entityOf.get(d.personId) === r.entity;
        c.any[same ? "tp" : "fp"] += 1;
        if (d.level === "likely") c.likely[same ? "tp" : "fp"] += 1;
      }
      entityOf.set(body.id, r.entity);
      if ((n + 1) % 500 === 0)
        console.log(
          `  ${n + 1} registrations, ${((n + 1) / ((performance.now() - started) / 1000)).toFixed(0)}/s`,
        );
    }
    return c;
  } finally {
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: "string" },
      people: { type: "string" },
      fit: { type: "boolean" },
      "in-process": { type: "boolean" },
    },
  });
  const now = new Date();
  if (values.fit) {
    const seed = positiveInt(values.seed, "seed", 1);
    const set = labelledSet(seed, positiveInt(values.people, "people", 3000));
    const fitted = estimateLinkageParameters(blockedPairs(set, now), {
      version: now.toISOString().slice(0, 10),
      source: `estimated by bench/linkage.ts --fit --seed ${seed} from ${set.length} labelled registrations`,
      likely: linkageParameters.likely,
      possible: linkageParameters.possible,
    });
    console.log(JSON.stringify(fitted, null, 2));
    for (const likely of [0.8, 0.9, 0.95, 0.98])
      for (const possible of [0.05, 0.1, 0.2, 0.3]) {
        console.log(`likely ≥ ${likely}, possible ≥ ${possible}`);
        printTable({ linkage: metrics(inProcess(set, { ...fitted, likely, possible }, now)) });
      }
    return;
  }
  const seed = positiveInt(values.seed, "seed", 2);
  const set = labelledSet(seed, positiveInt(values.people, "people", 1500));
  const kinds: Record<string, number> = {};
  for (const r of set) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  console.log(
    `labelled set, seed ${seed}: ${set.length} registrations (${Object.entries(kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}), ${truePairCount(set)} true pairs; parameters ${linkageParameters.version}` +
      ` (likely ≥ ${linkageParameters.likely}, possible ≥ ${linkageParameters.possible})`,
  );
  const rows: Record<string, ReturnType<typeof metrics>> = {
    "trigram baseline": metrics(baseline(set)),
    "linkage, in process": metrics(inProcess(set, linkageParameters, now)),
  };
  if (!values["in-process"]) {
    const dir = mkdtempSync(join(tmpdir(), "hc-linkage-"));
    try {
      rows["linkage, through the API"] = metrics(await throughApi(set, dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(rows);
  const api = rows["linkage, through the API"] ?? rows["linkage, in process"]!;
  const base = rows["trigram baseline"]!;
  const targets = {
    "likely precision ≥ 0.97": api.likely.precision >= 0.97,
    "likely recall ≥ 0.85": api.likely.recall >= 0.85,
    "likely + possible recall ≥ 0.97": api.likelyOrPossible.recall >= 0.97,
    "better than the baseline on every figure":
      api.likely.precision > base.likely.precision &&
      api.likely.recall > base.likely.recall &&
      api.likelyOrPossible.precision > base.likelyOrPossible.precision &&
      api.likelyOrPossible.recall > base.likelyOrPossible.recall,
  };
  for (const [target, met] of Object.entries(targets))
    console.log(`${met ? "met    " : "MISSED "} ${target}`);
  console.log(
    `written to ${writeResults(now.toISOString().slice(0, 10), "linkage", { seed, rows, targets })}`,
  );
}

if (process.argv[1]?.endsWith("linkage.ts")) await main();
