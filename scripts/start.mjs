// npm start: install what is missing, then migrate, seed the demo data on first start, and serve.
import { join } from "node:path";
import { installDependencies, root, run } from "./install.mjs";

installDependencies();
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
