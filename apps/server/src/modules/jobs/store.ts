import { eq, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { type JobRow, jobs } from "../../db/schema";

/** One row per recurring job; re-registering keeps its schedule and history. */
export async function ensureRecurring(db: Db, kind: string, intervalSeconds: number) {
  await db
    .insert(jobs)
    .values({ kind, key: kind, intervalSeconds })
    .onConflictDoUpdate({ target: jobs.key, set: { intervalSeconds } });
}

/**
 * Claims the next job that is due, other than those in `skip` (the ones this poll has run). SKIP LOCKED lets
 * several server processes poll one table without running a job twice; the lease (locked_until) frees a job
 * whose process died mid-run.
 */
export async function claimNext(
  db: Db,
  leaseSeconds: number,
  skip: string[] = [],
): Promise<JobRow | undefined> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`update ${jobs} set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
      where id = (
        select id from ${jobs}
        where run_at <= now() and (locked_until is null or locked_until < now())
          and id <> all(${sql.param(skip)}::uuid[])
        order by run_at
        for update skip locked
        limit 1
      )
      returning id, kind, interval_seconds as "intervalSeconds", attempts`,
  );
  if (!row) return undefined;
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.id, row.id as string));
  return job;
}

/** A job's end: a one-off goes, a recurring one is due after its interval (or at once, `again`). */
export async function finish(db: Db, job: JobRow, error: string | null, again = false) {
  if (!job.intervalSeconds && !error) {
    await db.delete(jobs).where(eq(jobs.id, job.id));
    return;
  }
  // a failing job retries with a backoff, a recurring one runs again after its interval
  const delaySeconds = error
    ? Math.min(3600, 30 * 2 ** Math.min(job.attempts, 7))
    : again
      ? 0
      : job.intervalSeconds!;
  await db
    .update(jobs)
    .set({
      lockedUntil: null,
      lastRunAt: new Date(),
      lastError: error,
      attempts: error ? job.attempts : 0,
      runAt: sql`now() + make_interval(secs => ${delaySeconds})`,
    })
    .where(eq(jobs.id, job.id));
}

/** A one-off job, run by the next worker poll inside its own transaction; it goes when it succeeds. */
export async function enqueueJob(db: Db, kind: string, payload: Record<string, unknown>) {
  await db.insert(jobs).values({ kind, payload });
}
