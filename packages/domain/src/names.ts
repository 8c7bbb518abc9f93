import {
  nameCompoundPrefixes,
  nameHonorifics,
  nameJoins,
  nameParticles,
  nameVariantGroups,
  nativeNameAbbreviations,
} from "@homecoming/reference";
import anyAscii from "any-ascii";
import { normalizeName } from "./trigrams";

// How names are read for comparison: every spelling, script and word order of one name comes down to the same
// list of canonical parts, each with a phonetic key. The knowledge (variants, particles, titles) is data in
// @homecoming/reference; this file only applies it.

const canonical = new Map<string, string>();
for (const group of nameVariantGroups)
  for (const v of group) if (!canonical.has(v)) canonical.set(v, group[0]!);
const particles = new Set(nameParticles);
const honorifics = new Set(nameHonorifics);
const joins = new Map(nameJoins.map(([a, b, joined]) => [`${a} ${b}`, joined]));
// longest first, so that "abdul" is tried before "abd"
const prefixes = [...nameCompoundPrefixes].sort((a, b) => b.length - a.length);
const nativeAbbreviations = nativeNameAbbreviations.map(
  ([native, latin]) => [new RegExp(`(^|\\s)${escapeRegExp(native)}(?=\\s|$)`, "gu"), ` ${latin} `] as const,
);

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether the table of spellings knows a canonical name part: two known parts that differ are two names. */
export function isKnownNamePart(part: string): boolean {
  return canonical.get(part) === part;
}

/** The canonical spelling of one name part: "md" and "mohammed" read "muhammad"; an unknown part is itself. */
export function canonicalNamePart(part: string): string {
  return canonical.get(part) ?? part;
}

/**
 * Latin lower-case words of a name in any script: native abbreviations (মোঃ) read first, the Arabic article
 * joined to a word (الرحمن) dropped, then everything transliterated. The ayn that transliteration writes as a
 * backquote is read as the vowel romanisations write for it (عبد → abd, علي → ali).
 */
function latinWords(text: string): string[] {
  let t = ` ${text.normalize("NFKC")} `;
  for (const [pattern, latin] of nativeAbbreviations) t = t.replace(pattern, latin);
  t = t.replace(/(^|\s)ال(?=\p{L}{2,})/gu, "$1");
  const ascii = anyAscii(t).toLowerCase().replace(/`/g, "a").replace(/'/g, "");
  return ascii.match(/[a-z]+/g) ?? [];
}

function splitCompound(word: string): string[] {
  if (canonical.has(word)) return [word];
  for (const p of prefixes)
    if (word.startsWith(p) && word.length - p.length >= 3) return [p, word.slice(p.length)];
  return [word];
}

/** One part of a name: as written (transliterated, lower case), in its canonical spelling, and its phonetic key. */
export type NamePart = { written: string; part: string; key: string };

/**
 * The parts a name is compared by, in the order written: transliterated, joined where one name is written as
 * two words (Ud Din), split where two are written as one (Abdulkarim), spelling variants replaced by their
 * canonical form, and particles (Al-, bin), titles (Mst., Haji) and single letters left out. A name made only
 * of such words keeps them, so that no name has no parts.
 */
export function readName(text: string): NamePart[] {
  let parts = namesRead.get(text);
  if (!parts) {
    // names repeat (a registry holds many a Mohammad Hossain): read once, up to a bound on what is kept
    if (namesRead.size >= namesReadKept) namesRead.clear();
    parts = Object.freeze(readParts(text)) as NamePart[];
    namesRead.set(text, parts);
  }
  return parts;
}

const namesRead = new Map<string, NamePart[]>();
const namesReadKept = 50_000;

function readParts(text: string): NamePart[] {
  const words = latinWords(text);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = joins.get(`${words[i]} ${words[i + 1]}`);
    if (pair) {
      joined.push(pair);
      i++;
    } else joined.push(words[i]!);
  }
  const parts = joined.flatMap(splitCompound).map((written) => {
    const part = canonicalNamePart(written);
    return { written, part, key: phoneticKey(part) };
  });
  const kept = parts.filter(
    (p) =>
      p.part.length > 1 && !particles.has(p.part) && !honorifics.has(p.part) && !honorifics.has(p.written),
  );
  return kept.length ? kept : parts;
}

/** The canonical parts of a name (see readName). */
export function nameParts(text: string): string[] {
  return readName(text).map((p) => p.part);
}

const vowelLike = new Set(["a", "e", "i", "o", "u", "w", "y"]);

/**
 * A phonetic key for a romanised name part, robust to the ways one sound is written: vowels (and w, y between
 * them) are dropped after the first letter, a leading vowel is one class "A", doubled letters count once,
 * kh/k, gh/g, ph/f, th/t, dh/d, sh/s, q/k, z/j, v/b, bh/b and c/ch are each one sound, and a final h is silent.
 * Rahman, Rehman and Rahaman share the key "rhmn"; Hossain, Hussain and Hossen share "hsn".
 */
export function phoneticKey(part: string): string {
  const s = canonicalNamePart(part)
    .replace(/[^a-z]/g, "")
    .replace(/ch/g, "C")
    .replace(/c/g, "C")
    .replace(/kh/g, "k")
    .replace(/gh/g, "g")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/dh/g, "d")
    .replace(/zh/g, "j")
    .replace(/bh/g, "b")
    .replace(/sh/g, "s")
    .replace(/q/g, "k")
    .replace(/z/g, "j")
    .replace(/v/g, "b")
    .replace(/x/g, "ks");
  if (!s) return "";
  let key = vowelLike.has(s[0]!) ? "A" : s[0]!;
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (vowelLike.has(c)) continue;
    if (c === "h" && i === s.length - 1) continue;
    if (key[key.length - 1] === c) continue;
    key += c;
  }
  return key;
}

/** The text a name search matches: the name as written, in both scripts, in lower-case words. */
export function searchNameOf(p: {
  givenName: string;
  familyName?: string | null;
  nameNative?: string | null;
}) {
  return normalizeName([p.givenName, p.familyName, p.nameNative].filter(Boolean).join(" "));
}

// ------------------------------------------------------------------------------------- search by name terms

/** The key with each letter left out in turn: one letter more or less, or one changed, meets one of these. */
function keyDeletions(key: string): string[] {
  if (key.length < 4) return [];
  return [...new Set(Array.from(key, (_, i) => key.slice(0, i) + key.slice(i + 1)))];
}

/** The first letters a name part is found by while its word is still being typed. */
const prefixLength = 3;
const prefixOf = (word: string) => word.slice(0, prefixLength);
/** Of each known name, the first letters of all its spellings: "Hos" finds Hussain as it finds Hossain. */
const spellingPrefixes = new Map<string, Set<string>>();
for (const [spelling, part] of canonical) {
  const prefixes = spellingPrefixes.get(part) ?? new Set<string>();
  prefixes.add(prefixOf(spelling));
  spellingPrefixes.set(part, prefixes);
}

/**
 * The terms a registration is found by in a search by name (an array column with a GIN index): for each part
 * of the name in either script, its canonical spelling when the table knows it (`=muhammad`, so that Md. and
 * Mohammed find each other), its phonetic key (`#rhmn`), the key with one letter left out (`~hmn`, `~rmn`…,
 * for a slip of the keyboard) and the first three letters as written and of every spelling of a known name
 * (`^moh`, `^muh`, `^md`, for a word being typed).
 */
export function nameSearchTerms(p: {
  givenName: string;
  familyName?: string | null;
  nameNative?: string | null;
}): string[] {
  const names = [readName(`${p.givenName} ${p.familyName ?? ""}`)];
  if (p.nameNative) names.push(readName(p.nameNative));
  const terms = new Set<string>();
  for (const part of names.flat()) {
    if (isKnownNamePart(part.part)) terms.add(`=${part.part}`);
    if (part.key) terms.add(`#${part.key}`);
    for (const d of keyDeletions(part.key)) terms.add(`~${d}`);
    terms.add(`^${prefixOf(part.written)}`);
    for (const prefix of spellingPrefixes.get(part.part) ?? []) terms.add(`^${prefix}`);
  }
  return [...terms].sort();
}

/**
 * A search by name as term sets, one per word, every one of which a registration must meet (any term of
 * each): a known name by its canonical spelling or its phonetic key; another word by its phonetic key, the key with a letter more
 * or less and, for a key of four letters or more, with one changed; the last word of a name typed in Latin
 * letters also by its first letters, as it may not be typed in full. Words too short to say anything (one letter, or the last word being typed
 * with fewer than three letters and known to no table) are left out; no set at all means the search has to
 * match the name as written instead.
 */
export function nameQueryTerms(query: string): string[][] {
  const parts = readName(query);
  // a name typed in its own script comes whole (from a document, or a keyboard that writes it): only a Latin
  // last word may be a word still being typed
  const typing = /[a-z]/i.test(query);
  return parts.flatMap((part, i) => {
    const last = typing && i === parts.length - 1;
    const terms = new Set<string>();
    if (isKnownNamePart(part.part)) {
      terms.add(`=${part.part}`);
      // a registration with this name misspelt in a way no table lists: found by its sound
      terms.add(`#${part.key}`);
    } else if (part.key.length >= 2 && !(last && part.written.length < prefixLength)) {
      terms.add(`#${part.key}`);
      terms.add(`~${part.key}`);
      for (const d of keyDeletions(part.key)) {
        terms.add(`#${d}`);
        terms.add(`~${d}`);
      }
    }
    // a word whose sound says too little (Hiwa, Aya: one consonant) is found by how it starts
    const shortKey = !isKnownNamePart(part.part) && part.key.length < 2;
    if ((last || shortKey) && part.written.length >= prefixLength) terms.add(`^${prefixOf(part.written)}`);
    return terms.size ? [[...terms].sort()] : [];
  });
}
