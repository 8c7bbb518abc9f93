import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callers, moduleOf, modules, routeName, routesOf, sides } from "./access-matrix";
import { createTestEnv, type TestEnv } from "./harness";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
  const sizes = modules.map((m) => [m, routesOf(env.app, m).size] as const);
  const routes = sizes.reduce((sum, [, n]) => sum + n, 0);
  const perRoute = callers.length * sides.length;
  console.log(
    [
      ...sizes.map(([m, n]) => `  ${m}: ${n} routes = ${n * perRoute} requests`),
      `access matrix in total: ${routes} routes x ${callers.length} callers x ${sides.length} ownership cases = ${routes * perRoute} requests`,
    ].join("\n"),
  );
});

describe("the access matrix", () => {
  it("covers every API route: each belongs to a module whose access test walks it", () => {
    const unclaimed = [...env.app.routeAccess.keys()].map(routeName).filter((r) => moduleOf(r) === undefined);
    expect(unclaimed).toEqual([]);
    const modulesDir = join(import.meta.dirname, "../src/modules");
    const withoutTest = modules.filter((m) => !existsSync(join(modulesDir, m, "access.test.ts")));
    expect(withoutTest).toEqual([]);
    for (const m of modules) expect(routesOf(env.app, m).size, m).toBeGreaterThan(0);
  });
});
