import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  conflict,
  DomainError,
  isDomainError,
  issueKey,
  notFound,
  refusal,
  refusalError,
  staleVersion,
  validation,
} from "../src/errors";
import { type ErrorKey, errorMessage, errorMessages, isErrorKey, placeholdersOf } from "../src/messages";

describe("domain errors", () => {
  it("carry a code, a key, its values, the English message of its template and optionally the field", () => {
    const error = validation("person.unknown", { id: "p-1" }, "personId");
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect({
      code: error.code,
      key: error.key,
      values: error.values,
      message: error.message,
      field: error.field,
    }).toEqual({
      code: "validation",
      key: "person.unknown",
      values: { id: "p-1" },
      message: "No returnee you may see has the id p-1",
      field: "personId",
    });
  });

  it("leave field unset when there is none", () => {
    const error = notFound("referral.not_found");
    expect(error.message).toBe("Referral not found");
    expect(error.code).toBe("not_found");
    expect(error.values).toEqual({});
    expect("field" in error).toBe(false);
    expect(staleVersion().key).toBe("request.stale_version");
    expect(conflict("case.closed").name).toBe("DomainError");
    expect(isDomainError(new Error("plain"))).toBe(false);
    expect(new DomainError("locked", "auth.account_locked").code).toBe("locked");
  });

  it("turn a refused move into the error of its code, keeping its key, values and field", () => {
    const moved = refusalError(
      refusal("reason_required", "referral.reason_required", { action: "decline" }, "reasonCode"),
    );
    expect({ code: moved.code, key: moved.key, field: moved.field, message: moved.message }).toEqual({
      code: "validation",
      key: "referral.reason_required",
      field: "reasonCode",
      message: "Choose a reason to decline a referral",
    });
    expect(refusalError(refusal("consent_required", "referral.consent_missing")).code).toBe(
      "consent_required",
    );
  });

  it("give a schema's own check its key in the issue's params", () => {
    expect(issueKey("survey.option_twice", { option: "yes" })).toEqual({
      params: { key: "survey.option_twice", values: { option: "yes" } },
    });
  });
});

// i18next reads these names in t()'s options as instructions, not as values to put into the message
const i18nextOptions = new Set([
  "count",
  "context",
  "lng",
  "lngs",
  "ns",
  "defaultValue",
  "replace",
  "ordinal",
]);

describe("the catalogue of error messages", () => {
  const keys = Object.keys(errorMessages) as ErrorKey[];

  it("renders every template with its values, and keeps a placeholder that has none", () => {
    for (const key of keys) {
      const names = placeholdersOf(errorMessages[key]);
      const values = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      const message = errorMessage(key, values);
      expect(message, key).not.toMatch(/\{\{|\}\}/);
      for (const name of names) expect(message, key).toContain(`<${name}>`);
      expect(
        names.filter((name) => i18nextOptions.has(name)),
        key,
      ).toEqual([]);
    }
    expect(errorMessage("linkage.survivor_merged")).toContain("{{into}}");
  });

  it("groups keys by module, none inside another (i18next reads dots as nesting) nor a plural form", () => {
    for (const key of keys) {
      expect(key).toMatch(/^[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)*$/);
      expect(key).not.toMatch(/_(zero|one|two|few|many|other)$/);
      expect(
        keys.filter((other) => other.startsWith(`${key}.`)),
        key,
      ).toEqual([]);
    }
    expect(keys.length).toBeGreaterThan(200);
  });
});

// ---- every error the code creates has a key ------------------------------------------------------------

const repository = join(import.meta.dirname, "../../..");
const sourceRoots = ["packages/domain/src", "apps/server/src"];

function sources(): { file: string; text: string }[] {
  return sourceRoots.flatMap((root) =>
    readdirSync(join(repository, root), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => {
        const path = join(repository, root, f);
        return { file: relative(repository, path).replaceAll("\\", "/"), text: readFileSync(path, "utf8") };
      }),
  );
}

const helpers =
  "validation|conflict|forbidden|notFound|invalidTransition|consentRequired|locked|rateLimited|staleVersion|unauthenticated";
/** The first argument of a helper's call, or the second of `new DomainError(code, …)`, when it is a literal. */
const literalArguments = new RegExp(
  `(?:\\b(?:${helpers})\\(|new DomainError\\(\\s*"[a-z_]+",)\\s*(["'\`])((?:(?!\\1)[^\\\\]|\\\\.)*)\\1`,
  "g",
);
/** A string literal that reads like a key. */
const keyLike = /["'`]([a-z_]+\.[a-z0-9_.]*[a-z0-9_])["'`]/g;

describe("the errors the code creates", () => {
  const files = sources();

  it("are created with a key of the catalogue, not an English sentence", () => {
    const sentences: string[] = [];
    for (const { file, text } of files) {
      if (file === "packages/domain/src/errors.ts") continue;
      for (const [, quote, argument] of text.matchAll(literalArguments)) {
        const known = quote === "`" ? /^[a-z_]+\.[a-z0-9_${}.]+$/.test(argument!) : isErrorKey(argument!);
        if (!known) sentences.push(`${file}: ${argument}`);
      }
    }
    expect(sentences).toEqual([]);
    expect(files.some((f) => f.text.search(literalArguments) >= 0)).toBe(true);
  });

  it("leave no key of the catalogue unused", () => {
    const named = new Set(files.flatMap(({ text }) => [...text.matchAll(keyLike)].map((m) => m[1]!)));
    // validation.* follow the zod issue (apps/server/src/http/errors.ts) and phone.* the number's problem
    const unused = Object.keys(errorMessages).filter(
      (key) => !named.has(key) && !key.startsWith("validation.") && !key.startsWith("phone."),
    );
    expect(unused).toEqual([]);
  });
});
