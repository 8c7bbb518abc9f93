import { judgeLink, linkageParameters, linkageProbeKeys, nationalIdVariants } from "@homecoming/domain";
import { and, asc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { linkageScans, personLinkCandidates, persons } from "../../db/schema";
import { linkageRecordOf } from "../persons/service";
import { duplicateCandidates, notSameAs } from "../persons/store";
import { orderedPair } from "./store";

const scanId = "registry";
/**
 * Persons judged per batch, and how long one run of the job goes on taking batches: short, because the run is
 * one transaction and the embedded database serves one at a time, so requests wait while it runs.
 */
export const scanBatch = 500;
const runSeconds = 3;

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
 * One run of the registry scan, batch after batch for up to three seconds: the next persons in id order, each judged against the records blocking brings
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
  let found = 0;
  for (const row of batch) {
    const person = linkageRecordOf(row);
    const candidates = (
      await duplicateCandidates(tx, {
        keys: linkageProbeKeys(person, now),
        phone: row.phone,
        nationalIds: row.nationalId ? nationalIdVariants(row.nationalId) : [],
        passportNumber: row.passportNumber,
      })
    ).filter((c) => c.id !== row.id);
    const apart = await notSameAs(
      tx,
      row.id,
      candidates.map((c) => c.id),
    );
    for (const c of candidates) {
      if (apart.has(c.id)) continue;
      const verdict = judgeLink(person, linkageRecordOf(c));
      if (!verdict.level) continue;
      const [personId, otherPersonId] = orderedPair(row.id, c.id);
      const values = {
        level: verdict.level,
        probability: verdict.probability,
        reasons: { for: verdict.reasonsFor, against: verdict.reasonsAgainst },
        parametersVersion: linkageParameters.version,
        foundAt: now,
      };
      // a pair comes up from both of its records: counted once, when first kept
      const [kept] = await tx
        .insert(personLinkCandidates)
        .values({ personId, otherPersonId, ...values })
        .onConflictDoUpdate({
          target: [personLinkCandidates.personId, personLinkCandidates.otherPersonId],
          set: values,
        })
        .returning({ inserted: sql<boolean>`xmax = 0` });
      if (kept?.inserted) found++;
    }
  }
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
