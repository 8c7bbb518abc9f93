import {
  judgeLink,
  type LinkageRecord,
  linkageParameters,
  linkageProbeKeys,
  nationalIdVariants,
} from "@homecoming/domain";
import { and, asc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { linkageScans, personLinkCandidates, persons } from "../../db/schema";
import { linkageRecordOf } from "../persons/service";
import { duplicateCandidateIds, notSameAmong } from "../persons/store";
import { orderedPair } from "./store";

const scanId = "registry";
/**
 * Persons judged per batch, and how long one run of the job goes on taking batches: short, because the run is
 * one transaction and the embedded database serves one at a time, so requests wait while it runs. The job
 * runs again at once while it finds persons to read (background.ts).
 */
export const scanBatch = 500;
const runSeconds = 1;

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
 * One run of the registry scan, batch after batch for up to a second: the next persons in id order, each judged against the records blocking brings
 * to it as at registration, and the pairs found likely or possible kept for review (a pair already judged,
 * merged or marked two people, is not). Answers how many persons it read. When the linkage parameters change,
 * the scan starts over, so that pairs that entered under the old rules are judged by the new ones.
 */
export async function scanRegistry(tx: Db, now: Date): Promise<number> {
  const deadline = Date.now() + runSeconds * 1000;
  let read = 0;
  for (;;) {
    const n = await scanNextBatch(tx, now);
    read += n;
    if (n < scanBatch || Date.now() > deadline) return read;
  }
}

async function scanNextBatch(tx: Db, now: Date): Promise<number> {
  let state = await scanState(tx);
  if (!state || state.parametersVersion !== linkageParameters.version) {
    // pairs judged by other rules are judged again by these, or dropped
    await tx
      .delete(personLinkCandidates)
      .where(ne(personLinkCandidates.parametersVersion, linkageParameters.version));
    state = await restartScan(tx, now, null);
  }
  if (state.finishedAt) return 0;
  const batch = await tx
    .select()
    .from(persons)
    .where(and(isNull(persons.mergedIntoId), state.cursor ? gt(persons.id, state.cursor) : sql`true`))
    .orderBy(asc(persons.id))
    .limit(scanBatch);
  // the whole batch blocked in one statement, its candidates read once and each record read once
  const records = new Map<string, LinkageRecord>(batch.map((row) => [row.id, linkageRecordOf(row)]));
  const links = await duplicateCandidateIds(
    tx,
    batch.map((row) => ({
      id: row.id,
      ...linkageProbeKeys(records.get(row.id)!, now),
      phone: row.phone,
      nationalIds: row.nationalId ? nationalIdVariants(row.nationalId) : [],
      passportNumber: row.passportNumber,
    })),
  );
  const unread = [...new Set(links.map((l) => l.id))].filter((id) => !records.has(id));
  if (unread.length)
    for (const row of await tx
      .select()
      .from(persons)
      .where(sql`${persons.id} = any(${sql.param(unread)}::uuid[])`))
      records.set(row.id, linkageRecordOf(row));
  const apart = await notSameAmong(
    tx,
    batch.map((row) => row.id),
  );
  // a pair met from both of its records in one batch is judged once
  const pairs = new Map<string, [string, string]>();
  for (const link of links) {
    const pair = orderedPair(batch[link.probe]!.id, link.id);
    const key = pair.join(" ");
    if (!apart.has(key)) pairs.set(key, pair);
  }
  const kept = [];
  for (const [personId, otherPersonId] of pairs.values()) {
    const verdict = judgeLink(records.get(personId)!, records.get(otherPersonId)!);
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
  // a pair comes up from both of its records: counted once, when first kept
  const found = kept.length
    ? (
        await tx
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
          .returning({ inserted: sql<boolean>`xmax = 0` })
      ).filter((r) => r.inserted).length
    : 0;
  await tx
    .update(linkageScans)
    .set({
      cursor: batch.at(-1)?.id ?? state.cursor,
      personsRead: sql`${linkageScans.personsRead} + ${batch.length}`,
      pairsFound: sql`${linkageScans.pairsFound} + ${found}`,
      ...(batch.length < scanBatch ? { finishedAt: now } : {}),
    })
    .where(eq(linkageScans.id, scanId));
  return batch.length;
}
