import { join, resolve } from "node:path";
import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().url().optional(),
  HOMECOMING_DATA_DIR: z.string().default("./data"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  JOBS_POLL_SECONDS: z.coerce.number().positive().default(30),
  HOMECOMING_SQL_TRACE: z.string().min(1).optional(),
  DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "a plain role name: lower case letters, digits and _")
    .optional(),
  TRUST_PROXY: z
    .string()
    .default("off")
    .transform((value, ctx) => {
      const v = value.trim();
      if (v === "off" || v === "") return false as const;
      const addresses = v.split(",").map((a) => a.trim());
      if (addresses.every((a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a))) return addresses;
      ctx.addIssue({
        code: "custom",
        message:
          "off, or the addresses or CIDR ranges of the proxies in front, comma-separated (10.0.0.5,192.168.0.0/16)",
      });
      return z.NEVER;
    }),
  SMS_GATEWAY: z.enum(["outbox", "http"]).default("outbox"),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().min(1).optional(),
  PUBLIC_ORIGIN: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      try {
        const url = new URL(value);
        if (
          (url.protocol === "https:" || url.protocol === "http:") &&
          url.origin === value.replace(/\/$/, "")
        )
          return url.origin;
      } catch {}
      ctx.addIssue({
        code: "custom",
        message: "the address users open, such as https://homecoming.example.org",
      });
      return z.NEVER;
    }),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  env: "development" | "production" | "test";
  logLevel: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  jobsPollMs: number;
  /** A file that receives every statement sent to the database (benchmarks only, see bench/overhead.ts). */
  sqlTrace: string | undefined;
  /** Whether pooled PostgreSQL connections prepare repeated statements (off behind a transaction pooler). */
  preparedStatements: boolean;
  /**
   * Which proxies' X-Forwarded-For and X-Forwarded-Proto are believed (the client address that rate limits
   * and the audit use, and whether the request came over https): none by default.
   */
  trustProxy: false | string[];
  /** The origin users open (https://…): session cookies are Secure when it is https; state changes must come from it. */
  publicOrigin: string | undefined;
  /**
   * A file that receives a line per checkpoint of the audit chain (position and hash), besides the table:
   * by default audit-checkpoints.log in the embedded database's folder, none with a PostgreSQL server.
   */
  auditCheckpointFile: string | undefined;
  /**
   * With a PostgreSQL server: the tables' owner, that migrations run as (DATABASE_URL is then the application
   * role, which owns no table); and that role, given its rights after each migration (docs/operations.md).
   */
  databaseMigrationUrl: string | undefined;
  databaseAppRole: string | undefined;
  /**
   * How text messages (the portal's one-time codes) leave: kept in the outbox for administrators to read
   * and pass on (no provider), or posted to a provider's HTTP endpoint (docs/portal-accounts.md).
   */
  sms: SmsSettings;
}

export type SmsSettings = { gateway: "outbox" } | { gateway: "http"; url: string; token: string | undefined };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration error: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.SMS_GATEWAY === "http" && !e.SMS_HTTP_URL)
    throw new Error(
      "Configuration error: SMS_HTTP_URL: the provider's address is needed with SMS_GATEWAY=http",
    );
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.HOMECOMING_DATA_DIR),
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    jobsPollMs: e.JOBS_POLL_SECONDS * 1000,
    sqlTrace: e.HOMECOMING_SQL_TRACE ? resolve(e.HOMECOMING_SQL_TRACE) : undefined,
    preparedStatements: e.DATABASE_PREPARED_STATEMENTS === "on",
    trustProxy: e.TRUST_PROXY,
    publicOrigin: e.PUBLIC_ORIGIN,
    auditCheckpointFile: e.AUDIT_CHECKPOINT_FILE
      ? resolve(e.AUDIT_CHECKPOINT_FILE)
      : e.DATABASE_URL
        ? undefined
        : join(resolve(e.HOMECOMING_DATA_DIR), "audit-checkpoints.log"),
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    databaseAppRole: e.DATABASE_APP_ROLE,
    sms:
      e.SMS_GATEWAY === "http"
        ? { gateway: "http", url: e.SMS_HTTP_URL!, token: e.SMS_HTTP_TOKEN }
        : { gateway: "outbox" },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }), ...overrides };
}
