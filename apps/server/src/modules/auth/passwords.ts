import { type ErrorKey, validation } from "@homecoming/domain";
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// argon2id with the OWASP-recommended floor (19 MiB, 2 passes)
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** The strength a new password must reach on zxcvbn's scale of 0 to 4: 3, "safely unguessable". */
export const minimumPasswordScore = 3;

let estimator: ZxcvbnFactory | undefined;

/** zxcvbn's warnings by the keys of their messages: the estimator answers a warning's own name. */
const warnings = {
  straightRow: "password.too_easy.straight_row",
  keyPattern: "password.too_easy.key_pattern",
  simpleRepeat: "password.too_easy.simple_repeat",
  extendedRepeat: "password.too_easy.extended_repeat",
  sequences: "password.too_easy.sequences",
  recentYears: "password.too_easy.recent_years",
  dates: "password.too_easy.dates",
  topTen: "password.too_easy.top_ten",
  topHundred: "password.too_easy.top_hundred",
  common: "password.too_easy.common",
  similarToCommon: "password.too_easy.similar_to_common",
  wordByItself: "password.too_easy.word_by_itself",
  namesByThemselves: "password.too_easy.names_by_themselves",
  commonNames: "password.too_easy.common_names",
  userInputs: "password.too_easy.user_inputs",
} as const satisfies Partial<Record<keyof typeof english.translations.warnings, ErrorKey>>;

/** zxcvbn's translations with each warning and suggestion named by its own key. */
const byName = <T extends Record<string, string>>(texts: T) =>
  Object.fromEntries(Object.keys(texts).map((k) => [k, k])) as T;

/**
 * Refuses a new password that is common, breached or otherwise easy to guess (zxcvbn with its common and
 * English dictionaries of passwords, names and words, and the user's own name and the part of their email
 * before the @), saying why and what to do instead.
 */
export function requireStrongPassword(password: string, userInputs: string[], field = "password"): void {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      ...english.translations,
      warnings: byName(english.translations.warnings),
      suggestions: byName(english.translations.suggestions),
    },
  });
  const result = estimator.check(
    password,
    userInputs.flatMap((input) => input.split(/[.\s_-]+/)).filter(Boolean),
  );
  if (result.score >= minimumPasswordScore) return;
  const warning = result.feedback.warning as keyof typeof warnings | null;
  throw validation(warning && warnings[warning] ? warnings[warning] : "password.too_easy.other", {}, field);
}
