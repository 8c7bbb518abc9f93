// First-load weight of the staff workspace: index.html plus the scripts and styles it loads before any
// screen is opened (lazily loaded screens are listed apart), gzipped as a server would send them.
//
//   npm run build && npm run bench:web
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "../apps/web/dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
// the entry script, its static imports (modulepreload) and the stylesheets named by index.html
const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [
  ["index.html", gzipSync(html, { level: 9 }).length] as const,
  ...firstLoad.map((f) => [f, gz(f)] as const),
];
const total = rows.reduce((s, [, n]) => s + n, 0);
const lazy = readdirSync(join(dist, "assets"))
  .map((f) => `assets/${f}`)
  .filter((f) => !firstLoad.includes(f) && statSync(join(dist, f)).isFile());

console.log("First load (gzipped):");
for (const [file, n] of rows) console.log(`  ${file.padEnd(48)} ${kb(n).padStart(10)}`);
console.log(`  ${"total".padEnd(48)} ${kb(total).padStart(10)}   (target ≤ 350 KB)`);
console.log(
  `\nLoaded on demand: ${lazy.length} chunks, ${kb(lazy.reduce((s, f) => s + gz(f), 0))} gzipped in all`,
);
