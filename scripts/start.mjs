// npm start: install what is missing, then migrate, seed the demo data on first start, and serve.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(join(root, "node_modules", ".package-lock.json"))) {
  console.log("Installing dependencies (first start)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}
// the web app is rebuilt on every start (about two seconds) so that it always matches the sources
run("npm", ["run", "build", "--silent", "-w", "apps/web"]);
run(process.execPath, [
  "--import",
  "tsx",
  join(root, "apps/server/src/cli.ts"),
  "serve",
  "--demo",
  ...process.argv.slice(2),
]);
