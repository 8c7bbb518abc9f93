import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The embedded database lives in one process: the server's. While it runs, `homecoming backup` asks it to
// write the backup through a socket in the data folder that only the folder's owner may open (on Windows a
// named pipe); nothing else is offered there. The socket also tells a second server, or a command that would
// open the same folder, that the folder is in use.

export interface ControlHandlers {
  backup(file: string): Promise<unknown>;
}

/** Where the server of the embedded database in `dataDir` listens for `homecoming backup`. */
export function controlSocketPath(dataDir: string): string {
  const dir = resolve(dataDir);
  const id = createHash("sha256").update(dir).digest("hex").slice(0, 16);
  if (process.platform === "win32") return `\\\\.\\pipe\\homecoming-${id}`;
  const inDir = join(dir, "homecoming.sock");
  // a Unix socket's path has room for about 100 bytes; a deeper folder gets one in a private folder of tmp
  if (Buffer.byteLength(inDir) < 100) return inDir;
  const own = join(tmpdir(), `homecoming-${process.getuid?.() ?? "user"}`);
  mkdirSync(own, { recursive: true, mode: 0o700 });
  return join(own, `${id}.sock`);
}

function call<T>(socketPath: string, path: string, body?: unknown, timeoutMs?: number): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        socketPath,
        path,
        method: body === undefined ? "GET" : "POST",
        headers: { "content-type": "application/json" },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => {
          try {
            const answer = JSON.parse(text) as { result?: T; error?: string };
            if (res.statusCode === 200) resolvePromise(answer.result as T);
            else reject(new Error(answer.error ?? `the server answered ${res.statusCode}`));
          } catch {
            reject(new Error(`the server answered ${res.statusCode} without JSON`));
          }
        });
      },
    );
    req.on("error", reject);
    if (timeoutMs) req.setTimeout(timeoutMs, () => req.destroy(new Error("no answer")));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** Whether a Homecoming server is running on the embedded database in `dataDir`. */
export async function serverRunningOn(dataDir: string): Promise<boolean> {
  const socketPath = controlSocketPath(dataDir);
  if (process.platform !== "win32" && !existsSync(socketPath)) return false;
  try {
    await call(socketPath, "/ping", undefined, 2_000);
    return true;
  } catch (err) {
    // a socket another account's server holds counts as running: the folder is not this command's to open
    const code = (err as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM";
  }
}

/** Asks the server running on `dataDir` to write a backup to `file`; answers what it wrote. */
export function backupThroughServer<T>(dataDir: string, file: string): Promise<T> {
  return call<T>(controlSocketPath(dataDir), "/backup", { file: resolve(file) });
}

/**
 * Listens on the data folder's control socket; refuses when another server already does. Answers a function
 * that stops listening and removes the socket.
 */
export async function serveControl(dataDir: string, handlers: ControlHandlers): Promise<() => Promise<void>> {
  const socketPath = controlSocketPath(dataDir);
  if (await serverRunningOn(dataDir))
    throw new Error(`Another Homecoming server is using the embedded database in ${resolve(dataDir)}.`);
  if (process.platform !== "win32") rmSync(socketPath, { force: true }); // left by a server that was killed
  const server = createServer((req, res) => {
    const answer = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if (req.method === "GET" && req.url === "/ping") return answer(200, { result: "ok" });
    if (req.method !== "POST" || req.url !== "/backup") return answer(404, { error: "no such command" });
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
    });
    req.on("end", () => {
      let file: unknown;
      try {
        file = (JSON.parse(text) as { file?: unknown }).file;
      } catch {
        file = undefined;
      }
      if (typeof file !== "string" || !file) return answer(400, { error: "say which file to write" });
      handlers.backup(file).then(
        (result) => answer(200, { result }),
        (err: unknown) => answer(500, { error: err instanceof Error ? err.message : String(err) }),
      );
    });
  });
  // a backup of a large database takes minutes
  server.requestTimeout = 0;
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolvePromise());
  });
  if (process.platform !== "win32") chmodSync(socketPath, 0o600);
  return () =>
    new Promise<void>((resolvePromise) => {
      server.close(() => resolvePromise());
      server.closeAllConnections();
    });
}
