import type { FastifyBaseLogger } from "fastify";
import type { Db, OwnerTransaction } from "./db/client";
import { sweepIdempotencyKeys } from "./http/idempotency";
import { sweepAccounts } from "./modules/accounts/service";
import { sealAudit } from "./modules/audit/chain";
import { sweepLoginAttempts } from "./modules/auth/service";
import { refreshFollowUpStatuses } from "./modules/cases/follow-ups";
import { refreshIndicatorFacts } from "./modules/indicators/refresh";
import * as store from "./modules/jobs/store";
import { scanRegistry } from "./modules/linkage/scan";
import { flagOverdueReferrals } from "./modules/referrals/service";
import { countReachOfVersion } from "./modules/rules/service";

// The worker lives beside the app rather than in the jobs module: it names every module's background work,
// while the modules only queue theirs through the jobs table.

/**
 * How long one run of a job done in slices may go on: short on the embedded database, which serves one
 * transaction at a time, so requests wait while a slice runs; longer on a server, where a slice holds one
 * connection of many and each run's start (a transaction, the first read before work overlaps) costs less.
 */
export interface Slice {
  seconds: number;
}
export const defaultSlice: Slice = { seconds: 1 };
export const sliceFor = (kind: "pglite" | "postgres"): Slice =>
  kind === "pglite" ? defaultSlice : { seconds: 5 };

type Handler = (tx: Db, now: Date, slice: Slice) => Promise<number>;
type OneOffHandler = (tx: Db, now: Date, payload: Record<string, unknown>) => Promise<number>;

/**
 * The background work of the system, each with how often it runs. A job `untilDone` runs again at the
 * worker's next turn, not after its interval, as long as its last run did something: work done in slices.
 */
export const recurringJobs: Record<
  string,
  { everySeconds: number; run: Handler; untilDone?: boolean; asOwner?: boolean }
> = {
  "referrals.flag_overdue": { everySeconds: 300, run: flagOverdueReferrals },
  "follow_ups.refresh_status": { everySeconds: 900, run: (tx, now) => refreshFollowUpStatuses(tx, now) },
  "idempotency_keys.sweep": { everySeconds: 3600, run: sweepIdempotencyKeys },
  "login_attempts.sweep": { everySeconds: 3600, run: sweepLoginAttempts },
  "portal_accounts.sweep": { everySeconds: 3600, run: sweepAccounts },
  // a slice of the registry per run, until it is done; a new version of the linkage parameters starts it over
  "linkage.scan": { everySeconds: 10, run: scanRegistry, untilDone: true },
  // the indicators' facts, worked out again whole from the records; the dashboard says how fresh they are.
  // As the tables' owner: the rebuild makes new tables and swaps them in
  "indicators.refresh": {
    everySeconds: 900,
    run: (tx, now) => refreshIndicatorFacts(tx, now),
    asOwner: true,
  },
};

/** Work queued by a request (enqueueJob), run once. */
export const oneOffJobs: Record<string, OneOffHandler> = {
  "eligibility.count_reach": countReachOfVersion,
};

export async function registerRecurringJobs(db: Db) {
  for (const [kind, job] of Object.entries(recurringJobs))
    await store.ensureRecurring(db, kind, job.everySeconds);
}

/**
 * Runs every job that is due now, each once; answers how many ran and whether one done in slices has more to
 * do (it is due again at once, for the worker's next turn). A job `asOwner` runs in `ownerTransaction`
 * (Database.ownerTransaction), the others in a transaction of `db`.
 */
export async function runDueJobs(
  db: Db,
  log?: FastifyBaseLogger,
  slice: Slice = defaultSlice,
  ownerTransaction: OwnerTransaction = (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
): Promise<{ ran: number; busy: boolean }> {
  let ran = 0;
  let busy = false;
  const claimed: string[] = [];
  for (;;) {
    const job = await store.claimNext(db, 300, claimed);
    if (!job) return { ran, busy };
    claimed.push(job.id);
    const recurring = recurringJobs[job.kind];
    const oneOff = oneOffJobs[job.kind];
    try {
      const transaction: OwnerTransaction = recurring?.asOwner
        ? ownerTransaction
        : (fn) => db.transaction((tx) => fn(tx as unknown as Db));
      const changed = await transaction((tx) => {
        const now = new Date();
        if (recurring) return recurring.run(tx, now, slice);
        if (oneOff) return oneOff(tx, now, job.payload);
        throw new Error(`no handler for job kind ${job.kind}`);
      });
      const again = Boolean(recurring?.untilDone && changed > 0);
      busy ||= again;
      await store.finish(db, job, null, again);
      log?.info({ job: job.kind, changed }, "job done");
    } catch (err) {
      await store.finish(db, job, err instanceof Error ? err.message : String(err));
      log?.error({ err, job: job.kind }, "job failed");
    }
    ran++;
  }
}

/**
 * Polls the jobs table until stopped, and after each poll seals the audit events written since (the hash
 * chain); works the same on the embedded database and on a server. While a job done in slices has more to do,
 * the next poll comes after `busyPollMs`: at once on a server, after a pause on the embedded database, which
 * serves one transaction at a time and so holds requests while a slice runs.
 */
export function startWorker(
  db: Db,
  pollMs: number,
  log?: FastifyBaseLogger,
  options: {
    auditCheckpointFile?: string | undefined;
    busyPollMs?: number;
    slice?: Slice;
    ownerTransaction?: OwnerTransaction;
  } = {},
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    let busy = false;
    running = runDueJobs(db, log, options.slice, options.ownerTransaction)
      .then((result) => {
        busy = result.busy;
        return sealAudit(db, { checkpointFile: options.auditCheckpointFile });
      })
      .then((sealed) => {
        if (sealed) log?.info({ sealed }, "audit events sealed");
      })
      .catch((err) => log?.error({ err }, "job poll failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, busy ? (options.busyPollMs ?? pollMs) : pollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
