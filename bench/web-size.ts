// First-load weight of the web app's two entries, each its HTML page plus the scripts and styles it loads
// before any screen is opened (lazily loaded screens are listed apart), gzipped as a server would send them:
// the staff workspace (index.html) and the returnee portal (portal.html), which never loads the workspace.
//
//   npm run build && npm run bench:web
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "../apps/web/dist");
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const entries = [
  { page: "index.html", name: "staff workspace", target: 350 },
  { page: "portal.html", name: "returnee portal", target: 150 },
];
const loaded = new Set<string>();
for (const { page, name, target } of entries) {
  const html = readFileSync(join(dist, page), "utf8");
  // the entry script, its static imports (modulepreload) and the stylesheets the page names
  const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  for (const f of firstLoad) loaded.add(f);
  const rows = [
    [page, gzipSync(html, { level: 9 }).length] as const,
    ...firstLoad.map((f) => [f, gz(f)] as const),
  ];
  const total = rows.reduce((s, [, n]) => s + n, 0);
  console.log(`First load of the ${name} (gzipped):`);
  for (const [file, n] of rows) console.log(`  ${file.padEnd(48)} ${kb(n).padStart(10)}`);
  console.log(`  ${"total".padEnd(48)} ${kb(total).padStart(10)}   (target ≤ ${target} KB)\n`);
}
const lazy = readdirSync(join(dist, "assets"))
  .map((f) => `assets/${f}`)
  // the build's Brotli and gzip copies are the same files again
  .filter((f) => !loaded.has(f) && !/\.(?:br|gz)$/.test(f) && statSync(join(dist, f)).isFile());
console.log(
  `Loaded on demand: ${lazy.length} chunks, ${kb(lazy.reduce((s, f) => s + gz(f), 0))} gzipped in all`,
);
