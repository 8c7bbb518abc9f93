import type { Fact, FactType } from "../api/rules";

/**
 * The form view of an eligibility rule: a flat list of conditions joined by "all of" (and) or "any of" (or),
 * each one fact compared in a way that suits its type. Rules outside this shape (nested groups, other
 * operations) are edited as JSON; `parseRule` says which is which, `buildRule` writes the JSON Logic back.
 */
export type Join = "and" | "or";

export type Operator =
  | "atLeast"
  | "atMost"
  | "between"
  | "is"
  | "isNot"
  | "isOneOf"
  | "includes"
  | "includesAnyOf";

export const operatorsFor: Record<FactType, readonly Operator[]> = {
  number: ["atLeast", "atMost", "between", "is"],
  enum: ["is", "isOneOf", "isNot"],
  boolean: ["is"],
  list: ["includes", "includesAnyOf"],
};

export interface ConditionDraft {
  /** Stable identity for the list on screen; not part of the rule. */
  key: number;
  fact: string;
  operator: Operator;
  /** The number compared with (the lower bound for "between"). */
  number: number | null;
  /** The upper bound for "between". */
  upper: number | null;
  /** One value of an enum or list fact. */
  value: string;
  /** Several values ("is one of", "includes any of"). */
  values: string[];
  /** The answer a yes/no fact must have. */
  flag: boolean | null;
}

export interface RuleForm {
  join: Join;
  conditions: ConditionDraft[];
}

export type FactIndex = ReadonlyMap<string, Fact>;

export const indexFacts = (facts: readonly Fact[]): FactIndex => new Map(facts.map((f) => [f.name, f]));

let nextKey = 1;
export const newKey = () => nextKey++;

export function emptyCondition(): ConditionDraft {
  return {
    key: newKey(),
    fact: "",
    operator: "atLeast",
    number: null,
    upper: null,
    value: "",
    values: [],
    flag: null,
  };
}

/** The condition with another fact: the operator is kept when the new fact's type offers it. */
export function withFact(c: ConditionDraft, fact: Fact | undefined): ConditionDraft {
  if (!fact) return { ...emptyCondition(), key: c.key };
  const operators = operatorsFor[fact.type];
  const sameType = c.fact !== "" && operators.includes(c.operator);
  return {
    ...emptyCondition(),
    key: c.key,
    fact: fact.name,
    operator: sameType ? c.operator : operators[0]!,
    ...(sameType && fact.type === "number" ? { number: c.number, upper: c.upper } : {}),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The fact a {"var": "name"} node names (the plain form only). */
function varOf(node: unknown): string | undefined {
  if (!isObject(node)) return undefined;
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === "var" && typeof node.var === "string" ? node.var : undefined;
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string");

const knownValue = (fact: Fact, v: string) => !fact.values || fact.values.includes(v);

type Leaf = Omit<ConditionDraft, "key">;

function leaf(fact: Fact, operator: Operator, patch: Partial<Leaf>): Leaf {
  const { key: _key, ...blank } = emptyCondition();
  return { ...blank, fact: fact.name, operator, ...patch };
}

/** One condition of the form from a JSON Logic node, or null when the form cannot show it. */
function parseLeaf(node: unknown, facts: FactIndex): Leaf | null {
  if (!isObject(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const op = keys[0]!;
  const args = node[op];
  if (!Array.isArray(args)) return null;
  const factAt = (i: number) => {
    const name = varOf(args[i]);
    return name === undefined ? undefined : facts.get(name);
  };

  if (op === "some" && args.length === 2) {
    const fact = factAt(0);
    const test = args[1];
    if (fact?.type !== "list" || !isObject(test) || Object.keys(test).length !== 1) return null;
    const inner = test.in;
    if (!Array.isArray(inner) || inner.length !== 2 || varOf(inner[0]) !== "") return null;
    const values = inner[1];
    if (!isStringList(values) || !values.every((v) => knownValue(fact, v))) return null;
    return leaf(fact, "includesAnyOf", { values });
  }

  if (op === "in" && args.length === 2) {
    const asNeedle = factAt(0);
    if (asNeedle?.type === "enum" && isStringList(args[1]) && args[1].every((v) => knownValue(asNeedle, v)))
      return leaf(asNeedle, "isOneOf", { values: args[1] });
    const asList = factAt(1);
    if (asList?.type === "list" && typeof args[0] === "string" && knownValue(asList, args[0]))
      return leaf(asList, "includes", { value: args[0] });
    return null;
  }

  if (op === "<=" && args.length === 3) {
    const fact = factAt(1);
    const [lower, , upper] = args;
    if (fact?.type !== "number" || typeof lower !== "number" || typeof upper !== "number") return null;
    return leaf(fact, "between", { number: lower, upper });
  }

  if (args.length !== 2) return null;
  const factFirst = factAt(0);
  const fact = factFirst ?? factAt(1);
  const literal = factFirst ? args[1] : args[0];
  if (!fact || varOf(literal) !== undefined) return null;

  if (op === "==" || op === "===") {
    if (fact.type === "number" && typeof literal === "number") return leaf(fact, "is", { number: literal });
    if (fact.type === "boolean" && typeof literal === "boolean") return leaf(fact, "is", { flag: literal });
    if (fact.type === "enum" && typeof literal === "string" && knownValue(fact, literal))
      return leaf(fact, "is", { value: literal });
    return null;
  }
  if (op === "!=" || op === "!==") {
    if (fact.type === "enum" && typeof literal === "string" && knownValue(fact, literal))
      return leaf(fact, "isNot", { value: literal });
    return null;
  }
  if ((op === ">=" || op === "<=") && fact.type === "number" && typeof literal === "number") {
    // {">=": [age, 18]} and {"<=": [18, age]} both say "at least 18"
    const atLeast = (op === ">=") === Boolean(factFirst);
    return leaf(fact, atLeast ? "atLeast" : "atMost", { number: literal });
  }
  return null;
}

/** The form view of a rule, or null when the rule has parts the form cannot show. */
export function parseRule(rule: unknown, facts: FactIndex): RuleForm | null {
  if (rule === true) return { join: "and", conditions: [] };
  if (!isObject(rule) || Object.keys(rule).length !== 1) return null;
  const op = Object.keys(rule)[0]!;
  if (op === "and" || op === "or") {
    const parts = rule[op];
    if (!Array.isArray(parts) || parts.length === 0) return null;
    const conditions: ConditionDraft[] = [];
    for (const part of parts) {
      const parsed = parseLeaf(part, facts);
      if (!parsed) return null;
      conditions.push({ ...parsed, key: newKey() });
    }
    return { join: op, conditions };
  }
  const single = parseLeaf(rule, facts);
  return single ? { join: "and", conditions: [{ ...single, key: newKey() }] } : null;
}

/** What keeps a condition of the form from being part of a rule yet. */
export type ConditionProblem = "fact" | "value" | "range";

export type BuiltRule =
  | { ok: true; rule: unknown }
  | { ok: false; problem: ConditionProblem; condition: number };

function buildLeaf(c: ConditionDraft, fact: Fact): unknown | ConditionProblem {
  const v = { var: fact.name };
  switch (c.operator) {
    case "atLeast":
      return c.number === null ? "value" : { ">=": [v, c.number] };
    case "atMost":
      return c.number === null ? "value" : { "<=": [v, c.number] };
    case "between":
      if (c.number === null || c.upper === null) return "value";
      return c.number > c.upper ? "range" : { "<=": [c.number, v, c.upper] };
    case "is":
      if (fact.type === "number") return c.number === null ? "value" : { "==": [v, c.number] };
      if (fact.type === "boolean") return c.flag === null ? "value" : { "==": [v, c.flag] };
      return c.value === "" ? "value" : { "==": [v, c.value] };
    case "isNot":
      return c.value === "" ? "value" : { "!=": [v, c.value] };
    case "isOneOf":
      return c.values.length === 0 ? "value" : { in: [v, c.values] };
    case "includes":
      return c.value === "" ? "value" : { in: [c.value, v] };
    case "includesAnyOf":
      return c.values.length === 0 ? "value" : { some: [v, { in: [{ var: "" }, c.values] }] };
  }
}

/** The JSON Logic of the form: `true` (every returnee) without conditions, else the conditions joined. */
export function buildRule(form: RuleForm, facts: FactIndex): BuiltRule {
  if (form.conditions.length === 0) return { ok: true, rule: true };
  const parts: unknown[] = [];
  for (const [i, c] of form.conditions.entries()) {
    const fact = facts.get(c.fact);
    if (!fact) return { ok: false, problem: "fact", condition: i };
    const built = buildLeaf(c, fact);
    if (built === "value" || built === "range") return { ok: false, problem: built, condition: i };
    parts.push(built);
  }
  return { ok: true, rule: { [form.join]: parts } };
}
