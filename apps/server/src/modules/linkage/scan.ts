import { setImmediate as nextTurn } from "node:timers/promises";
import {
  judgeLink,
  type LinkageRecord,
  linkageParameters,
  linkageProbe,
  scoreLink,
} from "@homecoming/domain";
import { eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { linkageScans, personLinkCandidates } from "../../db/schema";
import {
  duplicateCandidatesOfMany,
  type LinkageRow,
  linkageRecordsAfter,
  notSameAmong,
  pairKey,
} from "../persons/store";
import { orderedPair } from "./store";

const scanId = "registry";
/**
 * Persons judged per batch. A run of the job goes on taking batches for as long as its slice allows
 * (background.ts: a second on the embedded database, five on a server), and runs again at once while it finds
 * persons to read.
 */
export const scanBatch = 500;

export type ScanState = typeof linkageScans.$inferSelect;

export async function scanState(tx: Db): Promise<ScanState | undefined> {
  const [row] = await tx.select().from(linkageScans).where(eq(linkageScans.id, scanId));
  return row;
}

/** Starts the scan over (a new parameters version, or an administrator asking). */
export async function restartScan(tx: Db, now: Date, userId: string | null) {
  const fresh = {
    parametersVersion: linkageParameters.version,
    cursor: null,
    personsRead: 0,
    pairsFound: 0,
    startedAt: now,
    finishedAt: null,
    requestedByUserId: userId,
  };
  const [row] = await tx
    .insert(linkageScans)
    .values({ id: scanId, ...fresh })
    .onConflictDoUpdate({ target: linkageScans.id, set: fresh })
    .returning();
  return row!;
}

/**
 * One run of the registry scan, batch after batch for up to a second: the next persons in id order, each
 * judged against the records the precise blocking passes bring to it, and the pairs found likely or possible
 * kept for review (a pair already judged, merged or marked two people, is not). While one batch is judged,
 * the database reads the next. Answers how many persons it read. When the linkage parameters change, the
 * scan starts over, so that pairs that entered under the old rules are judged by the new ones.
 */
export async function scanRegistry(tx: Db, now: Date, slice = { seconds: 1 }): Promise<number> {
  const deadline = Date.now() + slice.seconds * 1000;
  let state = await scanState(tx);
  if (!state || state.parametersVersion !== linkageParameters.version) {
    // pairs judged by other rules are judged again by these, or dropped
    await tx
      .delete(personLinkCandidates)
      .where(ne(personLinkCandidates.parametersVersion, linkageParameters.version));
    state = await restartScan(tx, now, null);
  }
  if (state.finishedAt) return 0;
  let cursor = state.cursor;
  let read = 0;
  let found = 0;
  let finished = false;
  let next = readBatch(tx, cursor, now);
  for (;;) {
    const batch = await next;
    finished = batch.rows.length < scanBatch;
    const more = !finished && Date.now() < deadline;
    cursor = batch.rows.at(-1)?.id ?? cursor;
    if (more) next = readBatch(tx, cursor, now);
    found += await keepPairs(tx, batch, now);
    read += batch.rows.length;
    if (!more) break;
  }
  await tx
    .update(linkageScans)
    .set({
      cursor,
      personsRead: sql`${linkageScans.personsRead} + ${read}`,
      pairsFound: sql`${linkageScans.pairsFound} + ${found}`,
      ...(finished ? { finishedAt: now } : {}),
    })
    .where(eq(linkageScans.id, scanId));
  return read;
}

type Batch = {
  rows: LinkageRow[];
  links: { probe: number; id: string }[];
  records: Map<string, LinkageRecord>;
  apart: Set<string>;
};

/** The next batch after `cursor`, blocked in one statement: its candidates, each read once, and the verdicts. */
async function readBatch(tx: Db, cursor: string | null, now: Date): Promise<Batch> {
  const rows = await linkageRecordsAfter(tx, cursor, scanBatch);
  const records = new Map<string, LinkageRecord>(rows.map((row) => [row.id, row]));
  const [found, apart] = await Promise.all([
    duplicateCandidatesOfMany(
      tx,
      rows.map((row) => ({ id: row.id, ...linkageProbe(row, now) })),
    ),
    notSameAmong(
      tx,
      rows.map((row) => row.id),
    ),
  ]);
  // each record read once, however many probes met it
  for (const { probe: _probe, ...row } of found) if (!records.has(row.id)) records.set(row.id, row);
  return { rows, links: found.map((f) => ({ probe: f.probe, id: f.id })), records, apart };
}

/** Pairs judged between two turns of the event loop (a few milliseconds of work). */
const judgedBetweenTurns = 500;

/** Judges a batch's pairs and keeps those found likely or possible; answers how many were new. */
async function keepPairs(tx: Db, { rows, links, records, apart }: Batch, now: Date): Promise<number> {
  // a pair met from both of its records in one batch is judged once
  const pairs = new Map<string, [string, string]>();
  for (const link of links) {
    const pair = orderedPair(rows[link.probe]!.id, link.id);
    const key = pairKey(...pair);
    if (!apart.has(key)) pairs.set(key, pair);
  }
  const kept = [];
  let judged = 0;
  for (const [personId, otherPersonId] of pairs.values()) {
    // the next batch is read in two statements, the second built from the first's answer: judging lets the
    // answer in now and then, so that the second goes out while this batch is judged rather than after it
    if (++judged % judgedBetweenTurns === 0) await nextTurn();
    const [a, b] = [records.get(personId)!, records.get(otherPersonId)!];
    // most pairs of namesakes have no level: scored first, judged with reasons only when they do
    if (!scoreLink(a, b).level) continue;
    const verdict = judgeLink(a, b);
    if (!verdict.level) continue;
    kept.push({
      personId,
      otherPersonId,
      level: verdict.level,
      probability: verdict.probability,
      reasons: { for: verdict.reasonsFor, against: verdict.reasonsAgainst },
      parametersVersion: linkageParameters.version,
      foundAt: now,
    });
  }
  if (!kept.length) return 0;
  // a pair comes up from both of its records: counted once, when first kept
  const written = await tx
    .insert(personLinkCandidates)
    .values(kept)
    .onConflictDoUpdate({
      target: [personLinkCandidates.personId, personLinkCandidates.otherPersonId],
      set: {
        level: sql`excluded.level`,
        probability: sql`excluded.probability`,
        reasons: sql`excluded.reasons`,
        parametersVersion: sql`excluded.parameters_version`,
        foundAt: sql`excluded.found_at`,
      },
    })
    .returning({ inserted: sql<boolean>`xmax = 0` });
  return written.filter((r) => r.inserted).length;
}
