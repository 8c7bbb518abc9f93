import { buildFacts, compileRule, type NeedsScores, type VulnerabilityScores } from "@homecoming/domain";
import type { Db } from "../../db/client";
import { together } from "../../db/together";
import type { Ctx } from "../../http/context";
import { latestScoresOfPersonsBetween } from "../cases/service";
import { enqueueJob } from "../jobs/store";
import { personOfRows } from "../persons/rows";
import { episodesOfPersonsBetween, personsAfter } from "../persons/service";
import * as store from "./store";

/** Keeps a new version of a programme's or service's rule and queues the count of how many it reaches. */
export async function recordRuleVersion(
  ctx: Ctx,
  subjectType: "programme" | "service",
  subjectId: string,
  version: number,
  rule: unknown,
) {
  const saved = await store.insertRuleVersion(ctx.tx, {
    subjectType,
    subjectId,
    version,
    rule,
    changedByUserId: ctx.actor.userId,
    changedAt: ctx.now,
  });
  await enqueueJob(ctx.tx, "eligibility.count_reach", { ruleVersionId: saved.id });
  return saved;
}

export async function ruleVersionsOf(ctx: Ctx, subjectType: "programme" | "service", subjectId: string) {
  return store.ruleVersionsOf(ctx.tx, subjectType, subjectId);
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

// ---- reach of a rule over everyone on record ----------------------------------------------------------

/** A page of persons in id order with their episodes and latest scores. */
async function personsWithRecords(tx: Db, afterId: string | null, limit: number) {
  const people = await personsAfter(tx, afterId, limit);
  if (people.length === 0) return { people, episodes: [], scores: [] };
  // the page's id range rather than its ids: one index range scan instead of thousands of probes
  const [first, last] = [people[0]!.id, people.at(-1)!.id];
  // both asked at once, pipelined on one connection: the second goes out before the first has answered
  const [episodes, scores] = await together([
    episodesOfPersonsBetween(tx, first, last),
    latestScoresOfPersonsBetween(tx, first, last),
  ]);
  return { people, episodes, scores };
}

type PersonsWithRecords = Awaited<ReturnType<typeof personsWithRecords>>;

/**
 * Evaluates a rule for every person on record, in batches read in id order, and counts the verdicts. It reads
 * each person's latest needs and vulnerability scores over all their cases. The next batch is read while one
 * is evaluated.
 */
export async function countReach(tx: Db, rule: unknown, now: Date, batch = 5000) {
  const compiled = compileRule(rule);
  const counts = { eligible: 0, notEligible: 0, unknown: 0 };
  let next: Promise<PersonsWithRecords> | undefined = personsWithRecords(tx, null, batch);
  while (next) {
    const { people, episodes, scores }: PersonsWithRecords = await next;
    if (people.length === 0) break;
    next = people.length < batch ? undefined : personsWithRecords(tx, people.at(-1)!.id, batch);
    // a failed read is reported when its batch is awaited
    next?.catch(() => {});
    const episodesBy = groupBy(episodes, (e) => e.personId);
    const scoresBy = groupBy(scores, (s) => s.personId);
    for (const p of people) {
      const mine = scoresBy.get(p.id) ?? [];
      const facts = buildFacts({
        person: personOfRows(p, episodesBy.get(p.id) ?? []),
        needs: mine.find((s) => s.kind === "needs")?.scores as NeedsScores | undefined,
        vulnerability: mine.find((s) => s.kind === "vulnerability")?.scores as
          | VulnerabilityScores
          | undefined,
        asOf: now,
      });
      const verdict = compiled.verdict(facts);
      if (verdict === "eligible") counts.eligible++;
      else if (verdict === "not_eligible") counts.notEligible++;
      else counts.unknown++;
    }
  }
  return counts;
}

/** The job that counts a saved rule version's reach and keeps the figures with the version. */
export async function countReachOfVersion(tx: Db, now: Date, payload: Record<string, unknown>) {
  const version = await store.getRuleVersion(tx, String(payload.ruleVersionId));
  if (!version) return 0;
  const counts = await countReach(tx, version.rule, now);
  await store.setImpact(tx, version.id, { ...counts, countedAt: now.toISOString() });
  return counts.eligible + counts.notEligible + counts.unknown;
}
