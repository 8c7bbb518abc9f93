import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { personPayload } from "../../../test/world";
import { type Db, queryRows } from "../../db/client";
import { contentColumns, genesisHash, linkHash, sealAudit, verifyAudit } from "./chain";

/**
 * The audit is a hash chain: tampered with by the database's owner (who can switch the append-only triggers
 * off), it no longer verifies, and the verifier names the first broken link. Each case gets a fresh database.
 */

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A world with some audit events (registrations and reads), sealed, with checkpoints in a file too. */
async function sealedWorld() {
  const { env, as } = await openWorld();
  close = () => env.close();
  const db = env.database.db;
  const checkpointFile = join(mkdtempSync(join(tmpdir(), "hc-audit-")), "checkpoints.log");
  for (let i = 0; i < 3; i++) {
    const res = await as.caseDhaka.post(
      "/persons",
      personPayload({
        givenName: `Chain${i}`,
        familyName: `Link${i}`,
        nameNative: undefined,
        phone: `+88017123456${i}0`,
        nationalId: `CHAIN-${i}`,
      }),
    );
    expect(res.statusCode).toBe(201);
    await as.counsellorDhaka.get(`/persons/${res.json().id}`);
  }
  const sealed = await sealAudit(db, { checkpointFile });
  expect(sealed).toBeGreaterThanOrEqual(6);
  return { env, as, db, checkpointFile, sealed };
}

/** What the owner of the tables can do: switch the triggers off around a change. */
async function asOwner(db: Db, change: ReturnType<typeof sql>) {
  await db.execute(sql`alter table audit_events disable trigger user`);
  await db.execute(sql`alter table audit_checkpoints disable trigger user`);
  await db.execute(change);
  await db.execute(sql`alter table audit_events enable trigger user`);
  await db.execute(sql`alter table audit_checkpoints enable trigger user`);
}

const positionOfSeq = async (db: Db, n: number) =>
  (await queryRows<{ seq: string }>(db, sql`select seq::text from audit_events where chain_pos = ${n}`))[0]!
    .seq;

describe("the audit's hash chain", () => {
  it("holds as written: every event sealed in order, checkpoints in the table and the file", async () => {
    const { db, checkpointFile, sealed, as } = await sealedWorld();
    const v = await verifyAudit(db, { checkpointFile });
    expect(v).toEqual({ ok: true, verified: sealed, unsealed: 0, checkpoints: 2 });
    // each event holds its position, the hash before it and its own
    const [first] = await queryRows<{ chain_pos: string; prev_hash: string; hash: string }>(
      db,
      sql`select chain_pos::text, prev_hash, hash from audit_events order by audit_events.chain_pos limit 1`,
    );
    expect(first).toMatchObject({ chain_pos: "1", prev_hash: genesisHash });
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(checkpointFile, "utf8")).toMatch(new RegExp(`^${sealed} [0-9a-f]{64} `));
    // more events, sealed later in small batches, continue the chain past positions 9, 10, 99, 100 (in the
    // order of numbers, not of their digits)
    for (let i = 0; i < 100; i++) await as.caseDhaka.get("/cases");
    expect((await verifyAudit(db, { checkpointFile })).unsealed).toBe(100);
    expect(await sealAudit(db, { checkpointFile, batch: 7 })).toBe(100);
    expect(await verifyAudit(db, { checkpointFile })).toMatchObject({
      ok: true,
      verified: sealed + 100,
      checkpoints: 4,
    });
    const order = await queryRows<{ seq: string }>(
      db,
      sql`select seq::text from audit_events order by audit_events.chain_pos`,
    );
    const seqs = order.map((o) => Number(o.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // the application cannot change a sealed event, nor seal one again
    await expect(
      db.execute(sql`update audit_events set action = 'read' where chain_pos = 1`),
    ).rejects.toThrow();
    await expect(db.execute(sql`update audit_events set hash = 'x' where chain_pos = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where chain_pos = 2`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_checkpoints`)).rejects.toThrow();
  });

  it("finds an event deleted by the owner", async () => {
    const { db, checkpointFile } = await sealedWorld();
    const seq = await positionOfSeq(db, 3);
    await asOwner(db, sql`delete from audit_events where chain_pos = 3`);
    const v = await verifyAudit(db, { checkpointFile });
    expect(v.ok).toBe(false);
    expect(v.broken).toMatchObject({ position: 4, problem: expect.stringContaining("position 3 missing") });
    expect(v.broken!.seq).not.toBe(seq);
  });

  it("finds an event deleted under the replication role, which fires no trigger", async () => {
    const { db, checkpointFile } = await sealedWorld();
    await db.execute(sql`set session_replication_role = replica`);
    await db.execute(sql`delete from audit_events where chain_pos = 2`);
    await db.execute(sql`set session_replication_role = origin`);
    expect((await verifyAudit(db, { checkpointFile })).broken?.problem).toContain("position 2 missing");
  });

  it("finds an event whose content was changed", async () => {
    const { db, checkpointFile } = await sealedWorld();
    const seq = await positionOfSeq(db, 2);
    await asOwner(db, sql`update audit_events set action = 'list' where chain_pos = 2`);
    expect((await verifyAudit(db, { checkpointFile })).broken).toEqual({
      position: 2,
      seq,
      problem: "its content no longer gives its hash: altered after it was written",
    });
  });

  it("finds a truncated audit by the table's checkpoints, and by the file when both were truncated", async () => {
    const { db, checkpointFile, sealed } = await sealedWorld();
    await asOwner(db, sql`truncate audit_events`);
    expect((await verifyAudit(db, { checkpointFile })).broken?.problem).toBe(
      `the chain ends at position 0 but checkpoint 1 reached ${sealed}: events were removed`,
    );
    await asOwner(db, sql`truncate audit_checkpoints`);
    expect((await verifyAudit(db)).ok).toBe(true);
    expect((await verifyAudit(db, { checkpointFile })).broken?.problem).toBe(
      `the chain ends at position 0 but line 1 of ${checkpointFile} reached ${sealed}: events were removed`,
    );
  });

  it("finds a back-dated event inserted by the owner, once sealed", async () => {
    const { db, checkpointFile } = await sealedWorld();
    await db.execute(
      sql`insert into audit_events (at, action, record_type, details) values (now() - interval '2 days', 'read', 'person', '{}')`,
    );
    await sealAudit(db, { checkpointFile });
    expect((await verifyAudit(db, { checkpointFile })).broken?.problem).toBe(
      "dated more than an hour before the sealing ahead of it began: back-dated",
    );
  });

  it("finds a history rewritten after a deletion, hashes and all, by the checkpoints", async () => {
    const { db, checkpointFile, sealed } = await sealedWorld();
    // the forger removes event 2 and recomputes every later link so that the chain itself holds again
    await asOwner(db, sql`delete from audit_events where chain_pos = 2`);
    const rows = await queryRows<{ seq: string; content: string }>(
      db,
      sql`select seq::text, ${contentColumns} from audit_events where chain_pos > 2
          order by audit_events.chain_pos`,
    );
    const [first] = await queryRows<{ hash: string }>(
      db,
      sql`select hash from audit_events where chain_pos = 1`,
    );
    let hash = first!.hash;
    let pos = 1;
    for (const r of rows) {
      const next = linkHash(hash, r.content);
      pos += 1;
      await asOwner(
        db,
        sql`update audit_events set chain_pos = ${pos}, prev_hash = ${hash}, hash = ${next} where seq = ${r.seq}::bigint`,
      );
      hash = next;
    }
    const v = await verifyAudit(db, { checkpointFile });
    expect(v.ok).toBe(false);
    // the rewritten chain is one event short of the checkpoints taken before
    expect(v.broken?.problem).toBe(
      `the chain ends at position ${sealed - 1} but checkpoint 1 reached ${sealed}: events were removed`,
    );
  });
});
