import { validation } from "@homecoming/domain";
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

/**
 * Refuses a new password that is common, breached or otherwise easy to guess (zxcvbn with its common and
 * English dictionaries of passwords, names and words, and the user's own name and the part of their email
 * before the @), with what to do instead.
 */
export function requireStrongPassword(password: string, userInputs: string[], field = "password"): void {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  const result = estimator.check(
    password,
    userInputs.flatMap((input) => input.split(/[.\s_-]+/)).filter(Boolean),
  );
  if (result.score >= minimumPasswordScore) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  throw validation(
    `${field} is too easy to guess${advice ? `: ${advice}` : ""} A few unusual words together make a strong one.`,
    field,
  );
}
