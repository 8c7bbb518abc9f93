import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `npm run build -w apps/web` writes the web app. */
export const defaultWebRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

export function builtWebRoot(): string | undefined {
  return existsSync(join(defaultWebRoot, "index.html")) ? defaultWebRoot : undefined;
}

/**
 * Serves the single-page app's files by path (hashed assets cached for a year, compressed at build time); the not-found handler
 * answers other browser paths with index.html so that deep links such as /cases/<id> open that screen.
 */
export async function registerWebApp(app: FastifyInstance, root: string) {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ["index.html"],
    // the Brotli or gzip copy the build wrote beside each file, to a browser that accepts it
    preCompressed: true,
    setHeaders: (res, path) => {
      res.header(
        "cache-control",
        path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
}
