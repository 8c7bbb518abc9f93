// What `npm start` and `npm test` need before they run: the npm dependencies (installed when missing) and,
// for the tests, a Chromium for the browser tests (a system package; named when missing).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Runs a command in the project root; its failure ends this process with its exit code. */
export function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function installDependencies() {
  if (existsSync(join(root, "node_modules", ".package-lock.json"))) return;
  console.log("Installing dependencies (first run)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

export function requireChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return;
  console.error(
    `The browser tests need Chromium at ${path} (or set CHROMIUM_PATH). On Debian or Ubuntu, as root:\n` +
      "  apt-get install -y chromium fonts-noto-core",
  );
  process.exit(1);
}

// `node scripts/install.mjs --tests`: what `npm test` needs
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  installDependencies();
  if (process.argv.includes("--tests")) requireChromium();
}
