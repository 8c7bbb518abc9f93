// Writes the server's OpenAPI document and the web's API types generated from it (npm run api:types), or,
// with --check, fails when the committed files differ from what the server produces (npm run api:check).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderContract, staleFiles, staleMessage } from "../apps/server/src/openapi/contract";
import { buildOpenApiDocument } from "../apps/server/src/openapi/document";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const files = await renderContract(await buildOpenApiDocument());

if (check) {
  const read = (path: string) => {
    try {
      return readFileSync(join(root, path), "utf8");
    } catch {
      return undefined;
    }
  };
  const stale = staleFiles(files, read);
  if (stale.length > 0) {
    console.error(staleMessage(stale));
    process.exit(1);
  }
  console.log(`API types are current: ${files.map((f) => f.path).join(", ")}`);
} else {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
}
