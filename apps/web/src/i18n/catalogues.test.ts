import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { errorMessages, interfaceLanguages } from "@homecoming/domain";
import { describe, expect, it } from "vitest";
import { languages } from "./languages";

// Every language of the product has every message English has, with the plural forms its grammar needs
// (CLDR's, as Intl.PluralRules gives them), the same {{placeholders}}, and nothing English no longer has.
// The English of the server's error messages (errors.json) is the domain's catalogue, errorMessages.

const root = join(import.meta.dirname, "locales");
const read = (language: string, file: string): Record<string, unknown> =>
  language === "en" && file === "errors.json"
    ? errorMessages
    : (JSON.parse(readFileSync(join(root, language, file), "utf8")) as Record<string, unknown>);

/** Every string of a catalogue by its path (a.b.c). */
function leaves(value: unknown, path = "", into = new Map<string, unknown>()) {
  if (value !== null && typeof value === "object" && !Array.isArray(value))
    for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, into);
  else into.set(path, value);
  return into;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? "").sort();
/** The count a plural form may say in words instead ("two cases", "none"). */
const countWords = new Set(["count", "n", "value"]);

/** The messages English has: plain ones, and plural ones by their stem (English's key_one and key_other). */
function englishOf(file: string) {
  const english = leaves(read("en", file));
  const plurals = new Map<string, string>();
  for (const path of english.keys()) {
    const stem = path.replace(pluralSuffix, "");
    if (stem !== path && english.has(`${stem}_one`) && english.has(`${stem}_other`))
      plurals.set(stem, String(english.get(`${stem}_other`)));
  }
  const plain = new Map([...english].filter(([path]) => !plurals.has(path.replace(pluralSuffix, ""))));
  return { plain, plurals };
}

const files = [...readdirSync(join(root, "en")).filter((f) => f.endsWith(".json")), "errors.json"];

describe("the message catalogues", () => {
  it("are those of the product's languages", () => {
    expect(languages.map((l) => l.code)).toEqual([...interfaceLanguages]);
    expect(readdirSync(root).sort()).toEqual([...interfaceLanguages].sort());
    expect(files.length).toBeGreaterThan(10);
  });

  it("take the English of the server's error messages from the domain, with no copy of it here", () => {
    expect(existsSync(join(root, "en", "errors.json"))).toBe(false);
    for (const language of interfaceLanguages.filter((l) => l !== "en"))
      expect(existsSync(join(root, language, "errors.json")), language).toBe(true);
  });

  for (const language of interfaceLanguages.filter((l) => l !== "en")) {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    it(`${language}: every English message, its plural forms and placeholders, nothing more`, () => {
      const problems: string[] = [];
      let counted = 0;
      for (const file of files) {
        const { plain, plurals } = englishOf(file);
        let theirs: Map<string, unknown>;
        try {
          theirs = leaves(read(language, file));
        } catch (e) {
          problems.push(`${file}: ${(e as Error).message}`);
          continue;
        }
        const expected = new Set(plain.keys());
        for (const [path, english] of plain) {
          const text = theirs.get(path);
          if (typeof text !== "string" || (text.trim() === "" && english !== ""))
            problems.push(`${file} ${path}: missing`);
          else if (typeof english === "string" && placeholders(text).join() !== placeholders(english).join())
            problems.push(
              `${file} ${path}: placeholders ${placeholders(text)} instead of ${placeholders(english)}`,
            );
          else counted++;
        }
        for (const [stem, english] of plurals)
          for (const category of categories) {
            const path = `${stem}_${category}`;
            expected.add(path);
            const text = theirs.get(path);
            const needed = placeholders(english).filter((p) => category === "other" || !countWords.has(p));
            if (typeof text !== "string" || text.trim() === "") problems.push(`${file} ${path}: missing`);
            else if (needed.some((p) => !placeholders(text).includes(p)))
              problems.push(`${file} ${path}: lacks one of ${needed}`);
            else counted++;
          }
        for (const path of theirs.keys())
          if (!expected.has(path))
            problems.push(`${file} ${path}: not in English (or not a plural form of ${language})`);
      }
      expect(problems).toEqual([]);
      expect(counted).toBeGreaterThan(2000);
    });
  }
});
