import { adminArea, countryName } from "@homecoming/reference";
import jsonLogic from "json-logic-js";
import { z } from "zod";
import { vulnerabilityRules } from "./assessment-vulnerability";
import {
  type FactDefinition,
  factDefinition,
  isRestrictedValue,
  type ReturneeFacts,
} from "./eligibility-facts";
import { DomainError } from "./errors";
import type { ErrorKey, ErrorValues } from "./messages";
import { conditionOutcomes, type conditionPhraseOps, verdicts } from "./values";

/**
 * Eligibility rules are JSON Logic (jsonlogic.com) over the returnee facts. This module checks a rule
 * before it is stored, evaluates it with three-valued logic (a condition on a fact the record does not
 * hold yet is "unknown", never silently false) and explains the verdict in plain words produced from the
 * rule itself.
 */
export type Rule = unknown;
export const Verdict = z.enum(verdicts).meta({ id: "Verdict" });
export type Verdict = z.infer<typeof Verdict>;
export const Outcome = z.enum(conditionOutcomes).meta({ id: "ConditionOutcome" });
export type Outcome = z.infer<typeof Outcome>;

export type PhraseOp = (typeof conditionPhraseOps)[number];

/**
 * A condition that compares one fact with values, structured so that a screen says it in its reader's
 * language: {fact: "age", op: "at_least", values: [18]}.
 */
export interface ConditionPhrase {
  fact: string;
  op: PhraseOp;
  values: (string | number | boolean | null)[];
}

export interface Condition {
  /** The facts the condition reads. */
  facts: string[];
  /** The condition in plain words, e.g. "age is at least 18". */
  text: string;
  /** The same, structured, when it compares one fact with values (most conditions do). */
  phrase?: ConditionPhrase;
  outcome: Outcome;
  /** The values of the facts it read (null when unknown). */
  actual: Record<string, unknown>;
  /** Why it failed or is unknown, in plain words, e.g. "age is 17". */
  because?: string;
  /** It reads health or psychosocial facts: outside the lead organisation, values are hidden. */
  restricted: boolean;
}

/** Conditions of which any one is enough (a JSON Logic "or"), as positions in `conditions`, and how it came out. */
export interface AnyOfGroup {
  conditions: number[];
  outcome: Outcome;
}

export interface Explanation {
  verdict: Verdict;
  conditions: Condition[];
  /** The "any of" groups of the rule; conditions outside them must all hold. */
  anyOf: AnyOfGroup[];
}

const comparisonOps = ["==", "===", "!=", "!==", "<", "<=", ">", ">="] as const;
type ComparisonOp = (typeof comparisonOps)[number];
const isComparison = (op: string): op is ComparisonOp => (comparisonOps as readonly string[]).includes(op);
const listOps = new Set(["some", "all", "none", "filter", "map", "reduce"]);
/** Standard JSON Logic operations a rule may use ("log" writes to the console and is refused). */
// "missing" and "missing_some" are left out: an unknown fact is already reported as unknown by evaluation.
const supportedOps = new Set([
  "var",
  "if",
  "?:",
  "and",
  "or",
  "!",
  "!!",
  ...comparisonOps,
  "in",
  "+",
  "-",
  "*",
  "/",
  "%",
  "min",
  "max",
  "merge",
  "cat",
  "substr",
  ...listOps,
]);

export interface RuleProblem {
  /** Where in the rule, e.g. "and[1].>=[0]". */
  path: string;
  message: string;
  /** The key of the error that names the problem, with its values (the path among them). */
  key: RuleProblemKey;
  values: ErrorValues;
}

type RuleProblemKey = Extract<ErrorKey, `rule.${string}`>;

const problem = (
  path: string,
  message: string,
  key: RuleProblemKey,
  values: ErrorValues = {},
): RuleProblem => ({ path, message, key, values: { path, ...values } });

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const argsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** The fact a {"var": …} names, or undefined when the node is not a var. */
function varName(node: unknown): string | undefined {
  if (!isPlainObject(node) || Object.keys(node).length !== 1 || !("var" in node)) return undefined;
  const arg = Array.isArray(node.var) ? node.var[0] : node.var;
  return typeof arg === "string" || typeof arg === "number" ? String(arg) : undefined;
}

const typeName = (v: unknown) => (Array.isArray(v) ? "a list" : v === null ? "null" : `a ${typeof v}`);

function checkLiteralAgainst(fact: FactDefinition, literal: unknown, path: string, problems: RuleProblem[]) {
  const items = Array.isArray(literal) ? literal : [literal];
  for (const item of items) {
    if (isPlainObject(item)) continue;
    if (fact.type === "number" && typeof item !== "number")
      problems.push(
        problem(
          path,
          `${fact.name} is a number; it cannot be compared with ${JSON.stringify(item)}`,
          "rule.not_a_number",
          {
            fact: fact.name,
            literal: JSON.stringify(item),
          },
        ),
      );
    else if (fact.type === "boolean" && typeof item !== "boolean")
      problems.push(
        problem(
          path,
          `${fact.name} is true or false; it cannot be compared with ${JSON.stringify(item)}`,
          "rule.not_a_boolean",
          { fact: fact.name, literal: JSON.stringify(item) },
        ),
      );
    else if (
      (fact.type === "enum" || fact.type === "list") &&
      fact.values &&
      !fact.values.includes(String(item))
    )
      problems.push(
        problem(
          path,
          `${fact.name} has no value ${JSON.stringify(item)}; its values are ${fact.values.join(", ")}`,
          "rule.unknown_value",
          { fact: fact.name, literal: JSON.stringify(item), options: fact.values.join(", ") },
        ),
      );
  }
}

function checkNode(node: unknown, path: string, problems: RuleProblem[], insideList: boolean) {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) checkNode(n, `${path}[${i}]`, problems, insideList);
    return;
  }
  if (!isPlainObject(node)) return;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    const found = keys.length === 0 ? "none" : keys.join(", ");
    problems.push(
      problem(path || "rule", `an operation must have exactly one key, found ${found}`, "rule.one_key", {
        keys: found,
      }),
    );
    return;
  }
  const op = keys[0]!;
  const here = path ? `${path}.${op}` : op;
  if (!supportedOps.has(op)) {
    problems.push(
      problem(here, `"${op}" is not a JSON Logic operation this system evaluates`, "rule.unknown_operation", {
        operation: op,
      }),
    );
    return;
  }
  const args = argsOf(node[op]);
  if (op === "var") {
    const name = varName(node);
    if (name === undefined) problems.push(problem(here, "var must name a fact", "rule.var_without_fact"));
    else if (!insideList && !factDefinition(name))
      problems.push(problem(here, `there is no fact "${name}"`, "rule.unknown_fact", { fact: name }));
    return;
  }
  if (listOps.has(op)) {
    // the first argument is the list; the others are evaluated per item, where {"var": ""} is the item
    checkNode(args[0], `${here}[0]`, problems, insideList);
    for (const [i, a] of args.entries()) if (i > 0) checkNode(a, `${here}[${i}]`, problems, true);
    return;
  }
  if ((isComparison(op) || op === "in") && !insideList) {
    args.forEach((a, i) => {
      if (isPlainObject(a)) return;
      const other = args.find((b) => varName(b) !== undefined);
      const fact = other ? factDefinition(varName(other)!) : undefined;
      if (fact) checkLiteralAgainst(fact, a, `${here}[${i}]`, problems);
    });
  }
  for (const [i, a] of args.entries()) checkNode(a, `${here}[${i}]`, problems, insideList);
}

/** The problems of a rule, empty when it is a valid JSON Logic rule over known facts. */
export function ruleProblems(rule: Rule): RuleProblem[] {
  if (rule === undefined) return [problem("rule", "rule is required", "rule.required")];
  if (!isPlainObject(rule) && typeof rule !== "boolean")
    return [
      problem(
        "rule",
        `a rule is a JSON Logic object or true/false, not ${typeName(rule)}`,
        "rule.not_a_rule",
        {
          kind: typeName(rule),
        },
      ),
    ];
  const problems: RuleProblem[] = [];
  checkNode(rule, "", problems, false);
  return problems;
}

/** Throws a validation error naming the first problem and where it is when the rule is not valid. */
export function assertValidRule(rule: Rule, field = "rule"): void {
  const [first] = ruleProblems(rule);
  if (first) throw new DomainError("validation", first.key, first.values, field);
}

// ---- plain words -------------------------------------------------------------------------------------

const flagLabels = new Map<string, string>(vulnerabilityRules.map((r) => [r.code, r.label.toLowerCase()]));

// what Number#toLocaleString("en") answers, without setting up a formatter on every call
const englishNumber = new Intl.NumberFormat("en");

/** A fact's value in words: area and country names, flag labels, readable codes. */
export function valueWords(fact: string | undefined, value: unknown): string {
  if (value === null || value === undefined) return "not known";
  if (Array.isArray(value))
    return value.length === 0 ? "none" : value.map((v) => valueWords(fact, v)).join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return englishNumber.format(value);
  if (typeof value !== "string") return JSON.stringify(value);
  if (fact === "province" || fact === "district") return adminArea(value)?.name ?? value;
  if (fact === "destinationCountry" || fact === "country") return countryName(value) ?? value;
  if (fact === "vulnerabilityFlags") return flagLabels.get(value) ?? value;
  if (fact === "destinationRegion" && value === "gcc") return "the Gulf (GCC)";
  return value.replaceAll("_", " ");
}

const opWords: Record<ComparisonOp, string> = {
  "==": "is",
  "===": "is",
  "!=": "is not",
  "!==": "is not",
  "<": "is below",
  "<=": "is at most",
  ">": "is above",
  ">=": "is at least",
};
const flipped: Record<ComparisonOp, ComparisonOp> = {
  "==": "==",
  "===": "===",
  "!=": "!=",
  "!==": "!==",
  "<": ">",
  "<=": ">=",
  ">": "<",
  ">=": "<=",
};

function labelOf(name: string) {
  return factDefinition(name)?.label ?? (name === "" ? "the item" : name);
}

/** Any rule or part of one in words. */
export function describe(node: unknown, fact?: string): string {
  if (!isPlainObject(node)) return valueWords(fact, node);
  const op = Object.keys(node)[0]!;
  const args = argsOf(node[op]);
  const v = varName(node);
  if (v !== undefined) return labelOf(v);
  const factOf = (a: unknown[]) => a.map(varName).find((n) => n !== undefined);
  if (isComparison(op)) {
    const f = factOf(args);
    if (args.length === 3 && (op === "<" || op === "<=") && varName(args[1]) !== undefined)
      return `${describe(args[1])} is between ${describe(args[0], f)} and ${describe(args[2], f)}${op === "<" ? " (exclusive)" : ""}`;
    const [a, b] = args;
    if (varName(a) === undefined && varName(b) !== undefined)
      return `${describe(b)} ${opWords[flipped[op]]} ${describe(a, f)}`;
    return `${describe(a, f)} ${opWords[op]} ${describe(b, f)}`;
  }
  if (op === "in") {
    const [needle, hay] = args;
    const f = factOf(args);
    if (Array.isArray(hay))
      return `${describe(needle, f)} is one of ${hay.map((h) => describe(h, f)).join(", ")}`;
    if (varName(hay) !== undefined && factDefinition(varName(hay)!)?.type === "list")
      return `${describe(hay)} include ${describe(needle, f)}`;
    return `${describe(needle, f)} is in ${describe(hay, f)}`;
  }
  if (op === "and" || op === "or") return args.map((a) => describe(a)).join(` ${op} `);
  if (op === "!") return `not (${describe(args[0])})`;
  if (op === "!!") return `${describe(args[0])} is known and not empty`;
  if (op === "some" || op === "all" || op === "none") {
    const quantifier = { some: "at least one of", all: "every one of", none: "none of" }[op];
    return `${quantifier} ${describe(args[0])} satisfies: ${describe(args[1], varName(args[0]))}`;
  }
  return `${op}(${args.map((a) => describe(a)).join(", ")})`;
}

const phraseOfComparison: Record<ComparisonOp, PhraseOp> = {
  "==": "is",
  "===": "is",
  "!=": "is_not",
  "!==": "is_not",
  "<": "below",
  "<=": "at_most",
  ">": "above",
  ">=": "at_least",
};

type Literal = string | number | boolean | null;
const literal = (v: unknown): v is Literal => isLiteral(v);

/**
 * A condition on one fact as a structured phrase, when it is one of the common shapes (a fact compared with a
 * value, between two values, among values, a list fact holding a value, a yes/no fact alone or negated);
 * undefined for anything else, which keeps its English text alone.
 */
export function phraseOf(node: unknown): ConditionPhrase | undefined {
  if (!isPlainObject(node)) return undefined;
  const alone = varName(node);
  if (alone !== undefined) return { fact: alone, op: "is", values: [true] };
  const op = Object.keys(node)[0]!;
  const args = argsOf(node[op]);
  if (op === "!" && varName(args[0]) !== undefined)
    return { fact: varName(args[0])!, op: "is", values: [false] };
  if (isComparison(op) && args.length === 2) {
    const [a, b] = args;
    if (varName(a) !== undefined && literal(b))
      return { fact: varName(a)!, op: phraseOfComparison[op], values: [b] };
    if (literal(a) && varName(b) !== undefined)
      return { fact: varName(b)!, op: phraseOfComparison[flipped[op]], values: [a] };
  }
  if ((op === "<" || op === "<=") && args.length === 3 && literal(args[0]) && literal(args[2])) {
    const fact = varName(args[1]);
    if (fact !== undefined)
      return { fact, op: op === "<" ? "between_exclusive" : "between", values: [args[0], args[2]] };
  }
  if (op === "in" && args.length === 2) {
    const [needle, hay] = args;
    if (varName(needle) !== undefined && Array.isArray(hay) && hay.every(literal))
      return { fact: varName(needle)!, op: "one_of", values: hay };
    if (literal(needle) && varName(hay) !== undefined)
      return { fact: varName(hay)!, op: "includes", values: [needle] };
  }
  return undefined;
}

// ---- evaluation --------------------------------------------------------------------------------------

type Value = true | false | "unknown";

interface Evaluated {
  value: Value;
  conditions: Condition[];
  anyOf?: AnyOfGroup[];
}

const outcomeOf = (v: Value): Outcome => (v === "unknown" ? "unknown" : v ? "met" : "failed");

function factsRead(node: unknown, acc = new Set<string>(), insideList = false): Set<string> {
  if (Array.isArray(node)) for (const n of node) factsRead(n, acc, insideList);
  else if (isPlainObject(node)) {
    const v = varName(node);
    if (v !== undefined) {
      if (!insideList && factDefinition(v)) acc.add(v);
      return acc;
    }
    const op = Object.keys(node)[0]!;
    const args = argsOf(node[op]);
    if (listOps.has(op)) {
      factsRead(args[0], acc, insideList);
      for (const a of args.slice(1)) factsRead(a, acc, true);
    } else factsRead(args, acc, insideList);
  }
  return acc;
}

/** The facts a rule reads, each once, in the order the rule first names them. */
export const factsOfRule = (rule: Rule): string[] => [...factsRead(rule)];

/** The literal values a rule mentions (not the names of facts). */
function literalsOf(node: unknown, acc: unknown[] = []): unknown[] {
  if (Array.isArray(node)) for (const n of node) literalsOf(n, acc);
  else if (isPlainObject(node)) {
    if (varName(node) === undefined) for (const v of Object.values(node)) literalsOf(v, acc);
  } else acc.push(node);
  return acc;
}

/** Whether a value has the fact's declared type; a value of the wrong type counts as unknown. */
function fits(def: FactDefinition, v: unknown): boolean {
  switch (def.type) {
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return typeof v === "boolean";
    case "enum":
      return typeof v === "string";
    case "list":
      return Array.isArray(v) && v.every((x) => typeof x === "string");
  }
}

/** A fact as a condition reads it: its value when known and of the declared type, else null. */
interface FactReader {
  name: string;
  label: string;
  read(facts: Record<string, unknown>): unknown;
}

/** A fact and its value in words: "age is 30", "vulnerability flags are none". */
function factWords(name: string, value: unknown): string {
  return `${labelOf(name)} ${Array.isArray(value) ? "are" : "is"} ${valueWords(name, value)}`;
}

function factReader(name: string): FactReader {
  const parts = name.split(".");
  const def = factDefinition(name);
  return {
    name,
    label: labelOf(name),
    read(facts) {
      // the fact by its dotted path; undefined when absent
      let v: unknown = facts;
      for (const part of parts) {
        if (!isPlainObject(v)) return null;
        v = v[part];
      }
      return def && fits(def, v) ? v : null;
    },
  };
}

/** A fact as read from one returnee's facts: its value (null when unknown) and a key standing for it. */
interface Reading {
  value: unknown;
  key: string;
}

function keyOf(v: unknown): string {
  if (v === null) return "u";
  switch (typeof v) {
    case "string":
      return `s${v}`;
    case "number":
      return `n${v}`;
    case "boolean":
      return v ? "t" : "f";
    default:
      return `j${JSON.stringify(v)}`;
  }
}

/**
 * One returnee's facts made ready to be read by many rules: each fact is read (and checked against its type)
 * once, however many rules read it. The facts must not change while it is in use.
 */
export class FactsReading {
  private readonly read = new Map<string, Reading>();
  constructor(readonly facts: ReturneeFacts | Record<string, unknown>) {}

  get(reader: FactReader): Reading {
    let reading = this.read.get(reader.name);
    if (!reading) {
      const value = reader.read(this.facts as Record<string, unknown>);
      reading = { value, key: keyOf(value) };
      this.read.set(reader.name, reading);
    }
    return reading;
  }
}

const readingOf = (facts: FactsReading | ReturneeFacts | Record<string, unknown>) =>
  facts instanceof FactsReading ? facts : new FactsReading(facts);

/**
 * A rule or part of one made ready to evaluate many times: what depends only on the rule (the facts it
 * reads, its words) is worked out once.
 */
interface Compiled {
  /** The three-valued outcome alone. */
  value(facts: FactsReading): Value;
  /** The outcome with its conditions. */
  evaluate(facts: FactsReading): Evaluated;
}

const isLiteral = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

/**
 * The most common conditions (a fact compared with a value, between two values, among a list of values, a list
 * fact that includes a value) decided in plain JavaScript with JSON Logic's own operators (json-logic-js
 * defines them so), without building a data object for every evaluation; undefined for any other condition.
 */
function nativeDecision(node: unknown, fact: string): ((value: unknown) => boolean) | undefined {
  if (!isPlainObject(node) || fact.includes(".")) return undefined;
  const op = Object.keys(node)[0]!;
  const args = argsOf(node[op]);
  const isVar = (a: unknown) => varName(a) === fact;
  if (isComparison(op) && args.length === 2) {
    const [a, b] = args;
    const compare = comparators[op];
    if (isVar(a) && isLiteral(b)) return (v) => compare(v, b);
    if (isLiteral(a) && isVar(b)) return (v) => compare(a, v);
  }
  if (
    (op === "<" || op === "<=") &&
    args.length === 3 &&
    isLiteral(args[0]) &&
    isVar(args[1]) &&
    isLiteral(args[2])
  ) {
    const [low, , high] = args;
    const compare = comparators[op];
    return (v) => compare(low, v) && compare(v, high);
  }
  if (op === "in" && args.length === 2) {
    const [needle, hay] = args;
    if (isVar(needle) && Array.isArray(hay) && hay.every(isLiteral)) return (v) => inJsonLogic(v, hay);
    if (isLiteral(needle) && isVar(hay)) return (v) => inJsonLogic(needle, v);
  }
  return undefined;
}

/** JSON Logic's "in": a list, or a text, that holds the value. */
function inJsonLogic(needle: unknown, hay: unknown): boolean {
  if (!hay || typeof (hay as { indexOf?: unknown }).indexOf !== "function") return false;
  return (hay as { indexOf(x: unknown): number }).indexOf(needle) !== -1;
}

// biome-ignore-start lint/suspicious/noDoubleEquals: JSON Logic's "==" and "!=" are JavaScript's loose ones
const comparators: Record<ComparisonOp, (a: unknown, b: unknown) => boolean> = {
  "==": (a, b) => a == b,
  "===": (a, b) => a === b,
  "!=": (a, b) => a != b,
  "!==": (a, b) => a !== b,
  "<": (a, b) => (a as number) < (b as number),
  "<=": (a, b) => (a as number) <= (b as number),
  ">": (a, b) => (a as number) > (b as number),
  ">=": (a, b) => (a as number) >= (b as number),
};
// biome-ignore-end lint/suspicious/noDoubleEquals: JSON Logic's "==" and "!=" are JavaScript's loose ones

/** A condition read as one unit: unknown when any fact it reads is unknown, else JSON Logic decides. */
function compileLeaf(node: unknown): Compiled {
  const names = [...factsRead(node)];
  const readers = names.map(factReader);
  const restrictedFact = names.some((n) => factDefinition(n)?.restricted);
  const readsFlags = names.includes("vulnerabilityFlags");
  const restrictedLiteral =
    readsFlags && literalsOf(node).some((l) => isRestrictedValue("vulnerabilityFlags", l));
  let text: string | undefined;
  const outcomes = new Map<string, Evaluated>();
  const values = (facts: FactsReading) => readers.map((r) => facts.get(r).value);
  const [single] = readers;
  const native = names.length === 1 ? nativeDecision(node, names[0]!) : undefined;
  // rebuild nested facts (needs.economic) from the checked values only
  const dataOf = (known: unknown[]) => {
    const data: Record<string, unknown> = {};
    names.forEach((n, i) => {
      const parts = n.split(".");
      let target = data;
      for (const p of parts.slice(0, -1)) {
        target[p] ??= {};
        target = target[p] as Record<string, unknown>;
      }
      target[parts.at(-1)!] = known[i];
    });
    return data;
  };
  /** The outcome with every fact known: in plain JavaScript where it can, else by JSON Logic. */
  const decide = (known: unknown[]) =>
    native ? native(known[0]) : Boolean(jsonLogic.apply(node as jsonLogic.RulesLogic, dataOf(known)));
  return {
    value(facts) {
      const known = values(facts);
      if (known.includes(null)) return "unknown";
      try {
        return decide(known);
      } catch {
        return "unknown";
      }
    },
    evaluate(facts) {
      // the outcome depends on the values read alone: many returnees share them, so it is kept and shared
      const key =
        readers.length === 1 ? facts.get(single!).key : readers.map((r) => facts.get(r).key).join("\u0000");
      const kept = outcomes.get(key);
      if (kept) return kept;
      // once full, further values are evaluated each time: a fact with many values (a debt amount) would
      // otherwise keep replacing kept outcomes, and every replaced one is garbage that lived long
      if (outcomes.size >= keptOutcomes) return evaluateKnown(values(facts));
      const evaluated = deepFreeze(evaluateKnown(values(facts)));
      outcomes.set(key, evaluated);
      return evaluated;
    },
  };

  function evaluateKnown(known: unknown[]): Evaluated {
    // copies of the values: the outcome is kept and frozen, the facts stay the caller's
    const actual: Record<string, unknown> = {};
    names.forEach((n, i) => {
      actual[n] = Array.isArray(known[i]) ? [...(known[i] as unknown[])] : known[i];
    });
    const restricted =
      restrictedFact ||
      (readsFlags &&
        (restrictedLiteral ||
          (actual.vulnerabilityFlags as unknown[] | null)?.some((f) =>
            isRestrictedValue("vulnerabilityFlags", f),
          ) === true));
    text ??= describe(node);
    const words = text;
    const phrase = phraseOf(node);
    const said = phrase ? { phrase } : {};
    const unknownBecause = (because: string): Evaluated => ({
      value: "unknown",
      conditions: [
        { facts: [...names], text: words, ...said, outcome: "unknown", actual, because, restricted },
      ],
    });
    const unknown = readers.filter((_, i) => known[i] === null);
    if (unknown.length > 0) return unknownBecause(`${unknown.map((r) => r.label).join(", ")} not known yet`);
    let value: boolean;
    try {
      value = decide(known);
    } catch (e) {
      return unknownBecause(
        `the condition could not be evaluated (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    const because = names.map((n, i) => factWords(n, known[i])).join(", ");
    const condition: Condition = {
      facts: [...names],
      text,
      ...said,
      outcome: value ? "met" : "failed",
      actual,
      restricted,
    };
    // "sex is female (because sex is female)" says nothing more: the reason is given only when it adds to the
    // condition, and a condition that is a yes/no fact alone ("informal debt") is met exactly when it is yes
    const saysItAlready = because === text || (single !== undefined && text === single.label && value);
    if (!saysItAlready) condition.because = because;
    return { value, conditions: [condition] };
  }
}

/** How many outcomes of one condition are kept (per distinct combination of the values it reads). */
const keptOutcomes = 512;

/** Kept outcomes are shared between callers, so none of them may change one. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function compile(node: unknown): Compiled {
  if (!isPlainObject(node)) {
    // a literal rule: true means "everyone", false "no one"
    const value = Boolean(node);
    return { value: () => value, evaluate: () => ({ value, conditions: [] }) };
  }
  const op = Object.keys(node)[0]!;
  const args = argsOf(node[op]);
  if (op === "and" || op === "or") {
    const parts = args.map(compile);
    const decisive = op === "or";
    return {
      value(facts) {
        let unknown = false;
        for (const p of parts) {
          const v = p.value(facts);
          if (v === decisive) return decisive;
          if (v === "unknown") unknown = true;
        }
        return unknown ? "unknown" : !decisive;
      },
      evaluate(facts) {
        // every part is evaluated (not only up to the decisive one): the explanation lists every condition
        const conditions: Condition[] = [];
        const anyOf: AnyOfGroup[] = [];
        let decided = false;
        let unknown = false;
        for (const p of parts) {
          const evaluated = p.evaluate(facts);
          if (evaluated.value === decisive) decided = true;
          else if (evaluated.value === "unknown") unknown = true;
          // an "or" inside this "or" is part of the same choice; groups inside an "and" keep their own
          if (op === "and")
            for (const g of evaluated.anyOf ?? [])
              anyOf.push({ ...g, conditions: g.conditions.map((i) => i + conditions.length) });
          for (const c of evaluated.conditions) conditions.push(c);
        }
        const value: Value = decided ? decisive : unknown ? "unknown" : !decisive;
        if (op === "or" && conditions.length > 1)
          anyOf.push({ conditions: conditions.map((_, i) => i), outcome: outcomeOf(value) });
        return anyOf.length ? { value, conditions, anyOf } : { value, conditions };
      },
    };
  }
  if (op === "!") {
    const inner = compile(args[0]);
    let composite: Compiled | undefined;
    const not = (v: Value): Value => (v === "unknown" ? "unknown" : !v);
    return {
      value: (facts) => not(inner.value(facts)),
      evaluate(facts) {
        const evaluated = inner.evaluate(facts);
        const value = not(evaluated.value);
        const outcome = outcomeOf(value);
        if (evaluated.conditions.length === 1) {
          // "not (X)" as one condition, so that "met" always means the rule's requirement held
          const [c] = evaluated.conditions;
          // "not (X)": the value of X is the reason, also where X alone needed none
          const because =
            c!.because ??
            (c!.facts.length === 1 ? factWords(c!.facts[0]!, c!.actual[c!.facts[0]!]) : undefined);
          return {
            value,
            conditions: [{ ...c!, text: `not (${c!.text})`, outcome, ...(because ? { because } : {}) }],
          };
        }
        composite ??= compileLeaf(node);
        return {
          value,
          conditions: composite.evaluate(facts).conditions.map((c) => ({ ...c, outcome })),
        };
      },
    };
  }
  return compileLeaf(node);
}

const verdictOf = (v: Value): Verdict => (v === "unknown" ? "unknown" : v ? "eligible" : "not_eligible");

/** A rule made ready to be evaluated for many returnees; the same verdicts and explanations as `explain`. */
export interface CompiledRule {
  /** Pass a FactsReading when many rules are evaluated for the same returnee. */
  explain(facts: FactsReading | ReturneeFacts | Record<string, unknown>): Explanation;
  /** The verdict alone, without the conditions and their words. */
  verdict(facts: FactsReading | ReturneeFacts | Record<string, unknown>): Verdict;
}

export function compileRule(rule: Rule): CompiledRule {
  const compiled = compile(rule);
  return {
    explain(facts) {
      const result = compiled.evaluate(readingOf(facts));
      return { verdict: verdictOf(result.value), conditions: result.conditions, anyOf: result.anyOf ?? [] };
    },
    verdict: (facts) => verdictOf(compiled.value(readingOf(facts))),
  };
}

/** The verdict of a rule on a person's facts, with every condition it read and how it came out. */
export function explain(rule: Rule, facts: ReturneeFacts | Record<string, unknown>): Explanation {
  return compileRule(rule).explain(facts);
}

/** For readers outside the lead organisation: restricted conditions keep their outcome but lose their values. */
export function redactExplanation(explanation: Explanation): Explanation {
  return {
    ...explanation,
    conditions: explanation.conditions.map(({ phrase: _said, ...c }) =>
      c.restricted
        ? {
            ...c,
            facts: [],
            text: "a condition on restricted health or psychosocial information",
            actual: {},
            because: "restricted",
          }
        : { ...c, ...(_said ? { phrase: _said } : {}) },
    ),
  };
}
