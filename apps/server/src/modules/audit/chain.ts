import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";

// (Orders name the table's column: an output column cast to text of the same name would sort as text.)
//
// The audit as a hash chain. Events are written by requests as they come, many at once; the sealer then gives
// each committed event, in the order of its seq, the next position in the chain, the hash of the event before
// it and the hash of its own content with that one. A checkpoint of the head (position and hash) is written
// after each sealing, to a table the application may only add to and, where configured, to a file. The
// verifier walks the chain and reports the first link that is missing, altered, forged or out of place.

/** The hash the first event of the chain follows. */
export const genesisHash = "0".repeat(64);

/**
 * How far before the sealing ahead of it an event may be dated: an event is sealed by the first sealing after
 * it committed, so it was written after the one before that began, give or take a transaction that commits
 * late. (The first sealing has none before it: it takes in a history migrated or seeded before.)
 */
export const backDatingToleranceMs = 60 * 60_000;

interface ChainRow {
  seq: string;
  chain_pos: string | null;
  prev_hash: string | null;
  hash: string | null;
  content: string;
  at_ms: number;
}

/**
 * An event's content as the chain hashes it: every column but the chain's own, each as PostgreSQL writes it
 * as text (the time in UTC to the microsecond, the details as canonical JSON).
 */
export const contentColumns = sql`json_build_array(seq::text,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_user_id::text,
  actor_organisation_id::text, action, record_type, record_id::text, person_id::text, person_ids::text, reason,
  details::text, ip)::text as content, (extract(epoch from at) * 1000)::float8 as at_ms`;

export const linkHash = (prevHash: string, content: string) =>
  createHash("sha256").update(`${prevHash}\n${content}`).digest("hex");

async function head(db: Db): Promise<{ pos: number; hash: string }> {
  const [row] = await queryRows<{ chain_pos: string; hash: string }>(
    db,
    sql`select chain_pos::text, hash from audit_events where chain_pos is not null
        order by audit_events.chain_pos desc limit 1`,
  );
  return row ? { pos: Number(row.chain_pos), hash: row.hash } : { pos: 0, hash: genesisHash };
}

/**
 * Seals the events not yet in the chain, in seq order, in batches of `batch`, in one transaction with a
 * checkpoint of the new head in the table; once that committed, the checkpoint goes to the file too (a line
 * for a head that never committed would look like a chain cut short). Another sealer at work (a second server
 * process) makes this one skip its turn. Answers how many events it sealed. The background worker runs it
 * after each poll; `homecoming audit seal` runs it by hand.
 */
export async function sealAudit(
  db: Db,
  options: { checkpointFile?: string | undefined; batch?: number; maxBatches?: number } = {},
): Promise<number> {
  const done = await db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx as unknown as Db,
      sql`select pg_try_advisory_xact_lock(hashtext('homecoming.audit_chain')) as ok`,
    );
    if (!lock?.ok) return { sealed: 0, pos: 0, hash: genesisHash };
    return sealInto(tx as unknown as Db, options.batch ?? 5_000, options.maxBatches ?? 20);
  });
  if (done.sealed > 0 && options.checkpointFile)
    appendFileSync(options.checkpointFile, `${done.pos} ${done.hash} ${new Date().toISOString()}\n`);
  return done.sealed;
}

async function sealInto(db: Db, batch: number, maxBatches: number) {
  let { pos, hash } = await head(db);
  let sealed = 0;
  for (let round = 0; round < maxBatches; round++) {
    const rows = await queryRows<ChainRow>(
      db,
      sql`select seq::text, ${contentColumns} from audit_events where hash is null
          order by audit_events.seq limit ${batch}`,
    );
    if (rows.length === 0) break;
    const links = rows.map((r) => {
      const prev = hash;
      hash = linkHash(prev, r.content);
      pos += 1;
      return sql`(${r.seq}::bigint, ${pos}::bigint, ${prev}, ${hash})`;
    });
    await db.execute(sql`update audit_events set chain_pos = v.pos, prev_hash = v.prev, hash = v.hash
      from (values ${sql.join(links, sql`, `)}) as v(seq, pos, prev, hash) where audit_events.seq = v.seq`);
    sealed += rows.length;
    if (rows.length < batch) break;
  }
  if (sealed > 0)
    await db.execute(sql`insert into audit_checkpoints (chain_pos, hash) values (${pos}, ${hash})`);
  return { sealed, pos, hash };
}

export interface Verification {
  ok: boolean;
  /** Events whose links were checked. */
  verified: number;
  /** Events written but not yet sealed (the sealer runs every half minute). */
  unsealed: number;
  /** Checkpoints compared, from the table and the file. */
  checkpoints: number;
  /** The first problem found, in words, with where it is. */
  broken?: { position: number | null; seq: string | null; problem: string };
}

type Checkpoint = { pos: number; hash: string; from: string };

function checkpointsOfFile(file: string | undefined): Checkpoint[] {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      const [pos, hash] = line.split(" ");
      return { pos: Number(pos), hash: hash ?? "", from: `line ${i + 1} of ${file}` };
    });
}

/**
 * Walks the whole chain in position order and reports the first broken or missing link: a position skipped
 * (an event deleted), an event whose content no longer gives its hash (altered), an event that does not follow
 * the one before it (inserted or reordered), an event dated well before the sealing ahead of it began (back-dated),
 * or a checkpoint the chain no longer reaches or matches (cut short or rewritten).
 */
export async function verifyAudit(
  db: Db,
  options: { checkpointFile?: string | undefined } = {},
): Promise<Verification> {
  const table = await queryRows<{ chain_pos: string; hash: string; id: string; at_ms: number }>(
    db,
    sql`select chain_pos::text, hash, id::text, (extract(epoch from at) * 1000)::float8 as at_ms
        from audit_checkpoints order by audit_checkpoints.chain_pos, audit_checkpoints.id`,
  );
  // when each sealing began, by the last position it sealed
  const sealings = table.map((c) => ({ pos: Number(c.chain_pos), atMs: c.at_ms }));
  const checkpoints: Checkpoint[] = [
    ...table.map((c) => ({ pos: Number(c.chain_pos), hash: c.hash, from: `checkpoint ${c.id}` })),
    ...checkpointsOfFile(options.checkpointFile),
  ];
  const expected = new Map<number, Checkpoint[]>();
  for (const c of checkpoints) expected.set(c.pos, [...(expected.get(c.pos) ?? []), c]);
  const [{ n: unsealed } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_events where hash is null`,
  );
  const result = (broken?: Verification["broken"]): Verification => ({
    ok: broken === undefined,
    verified,
    unsealed,
    checkpoints: checkpoints.length,
    ...(broken ? { broken } : {}),
  });

  let verified = 0;
  let pos = 0;
  let hash = genesisHash;
  let sealing = -1; // the last sealing that ended before the current position
  for (;;) {
    const rows = await queryRows<ChainRow>(
      db,
      sql`select seq::text, chain_pos::text, prev_hash, hash, ${contentColumns} from audit_events
          where chain_pos > ${pos} order by audit_events.chain_pos limit 10000`,
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      const at = Number(r.chain_pos);
      const where = { position: at, seq: r.seq };
      if (at !== pos + 1)
        return result({
          ...where,
          problem: `position ${pos + 1}${at > pos + 2 ? ` to ${at - 1}` : ""} missing: events were removed`,
        });
      if (r.prev_hash !== hash)
        return result({ ...where, problem: "does not follow the event before it: inserted or reordered" });
      if (linkHash(hash, r.content) !== r.hash)
        return result({
          ...where,
          problem: "its content no longer gives its hash: altered after it was written",
        });
      while (sealing + 1 < sealings.length && sealings[sealing + 1]!.pos < at) sealing += 1;
      if (sealing >= 0 && r.at_ms < sealings[sealing]!.atMs - backDatingToleranceMs)
        return result({
          ...where,
          problem: "dated more than an hour before the sealing ahead of it began: back-dated",
        });
      for (const c of expected.get(at) ?? [])
        if (c.hash !== r.hash)
          return result({ ...where, problem: `differs from ${c.from}: the history was rewritten` });
      pos = at;
      hash = r.hash;
      verified += 1;
    }
  }
  const beyond = checkpoints.filter((c) => c.pos > pos).sort((a, b) => b.pos - a.pos)[0];
  if (beyond)
    return result({
      position: pos + 1,
      seq: null,
      problem: `the chain ends at position ${pos} but ${beyond.from} reached ${beyond.pos}: events were removed`,
    });
  return result();
}

/** The verification in words, as `homecoming audit verify` prints it. */
export function describeVerification(v: Verification): string {
  const counts = `${v.verified} events verified, ${v.unsealed} not sealed yet, ${v.checkpoints} checkpoints`;
  if (v.ok) return `The audit chain holds: ${counts}.`;
  const where = [
    v.broken!.position === null ? null : `position ${v.broken!.position}`,
    v.broken!.seq === null ? null : `event seq ${v.broken!.seq}`,
  ]
    .filter(Boolean)
    .join(", ");
  return `The audit chain is broken at ${where}: ${v.broken!.problem}. (${counts} before it.)`;
}
