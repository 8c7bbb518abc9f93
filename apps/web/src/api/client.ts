/**
 * The one way the app talks to the server: JSON over /api/v1 with the session cookie, typed by the server's
 * OpenAPI document (schema.generated.ts, written by `npm run api:types`).
 */
import i18n from "i18next";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.generated";

/** A schema the server's OpenAPI document names: Schema<"Referral">, Schema<"ReferralStatus">. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON body an operation takes. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    requestBody?: infer R;
  }
    ? JsonOf<NonNullable<R>>
    : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/** The path parameters of an operation. */
export type PathOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    parameters: { path?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/** The JSON body of an operation's success answer. */
export type AnswerOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    responses: infer R;
  }
    ? JsonOf<R[Extract<keyof R, 200 | 201>]>
    : never;

/**
 * A request body as a form holds it: the named choices may still be empty (""). Such a body is sent as it is,
 * and the server's 400 names the field, which the form shows.
 */
export type Unchosen<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | "" };

/** The codes the server's error answers carry, and those the client gives when no answer came. */
export type ErrorCode = Schema<"ErrorCode"> | "network" | "http";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** The message's key in the domain's errorMessages, when the server named one. */
    readonly key?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** A network failure or a server error: worth retrying, unlike a refused request. */
  get retryable() {
    return this.status === 0 || this.status >= 500;
  }
}

type Listener = () => void;
const sessionExpiredListeners = new Set<Listener>();

/** Called when the server answers 401 to a logged-in request: the app sends the user to the login page. */
export function onSessionExpired(listener: Listener): () => void {
  sessionExpiredListeners.add(listener);
  return () => {
    sessionExpiredListeners.delete(listener);
  };
}

/** Query string from an object, leaving out empty values; lists are sent comma-separated. */
export function queryString(params: Record<string, unknown>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}

const signInPaths = new Set(["/api/v1/auth/login", "/api/v1/me"]);

export const client = createClient<paths>({ credentials: "same-origin", querySerializer: queryString });
client.use({
  onResponse({ request, response }) {
    if (response.status === 401 && !signInPaths.has(new URL(request.url).pathname))
      for (const l of sessionExpiredListeners) l();
  },
});

/** The body of a call's success answer; an ApiError when the server refused it or could not be reached. */
export async function answer<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, "network", "The server could not be reached. Check the connection and try again.");
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const e = (error as Partial<Schema<"Error">> | undefined)?.error;
    if (e?.code && e.message)
      throw new ApiError(response.status, e.code, inReadersLanguage(e), e.field, e.key);
    throw new ApiError(response.status, "http", `The server answered ${response.status}`);
  }
  return data as T;
}

/**
 * The server's message in the reader's language: its key in the "errors" catalogue with the values the server
 * sent (numbers in the language's digits), or the server's English when the catalogue has no such key.
 */
export function inReadersLanguage(
  error: Pick<Schema<"Error">["error"], "message" | "key" | "values">,
): string {
  const key = `errors.${error.key}`;
  return error.key && i18n.exists(key) ? i18n.t(key, { ...error.values }) : error.message;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * A fresh Idempotency-Key for one thing the user means to do once (a registration): sent again with the same
 * request, say after a double click or a timed-out retry, the server answers as it did the first time.
 * getRandomValues also works on a deployment served over plain http, where randomUUID does not exist.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
