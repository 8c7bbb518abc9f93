import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { circles, mermaid, moduleGraph } from "./module-graph";

const modulesDir = join(dirname(fileURLToPath(import.meta.url)), "../src/modules");

describe("the server's module graph", () => {
  it("runs one way: no module imports, through others, a module that imports it", () => {
    const graph = moduleGraph(modulesDir);
    expect(graph.size).toBeGreaterThan(8);
    expect(circles(graph)).toEqual([]);
  });

  it("finds a circle when there is one", () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-"));
    const file = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    file("a/service.ts", 'import { b } from "../b/service";\n');
    file("b/service.ts", 'import { c } from "../c";\n');
    file("c/index.ts", 'import { a } from "../a/service";\n');
    file("c/c.test.ts", 'import { b } from "../b/service";\n');
    file("d/service.ts", 'import { a } from "../a/service";\n');
    expect(circles(moduleGraph(dir))).toEqual([["a", "b", "c", "a"]]);
  });

  it("matches the picture in docs/architecture.md", () => {
    const doc = readFileSync(join(modulesDir, "../../../../docs/architecture.md"), "utf8");
    expect(doc, "docs/architecture.md shows an outdated module graph").toContain(
      mermaid(moduleGraph(modulesDir)),
    );
  });
});
