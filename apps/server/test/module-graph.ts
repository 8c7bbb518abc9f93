import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Which module folders each module's source files import (tests left out), read from the import lines. */
export function moduleGraph(modulesDir: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const module of readdirSync(modulesDir, { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    const edges = new Set<string>();
    for (const file of sourceFiles(join(modulesDir, module.name))) {
      const text = readFileSync(file, "utf8");
      for (const [, target] of text.matchAll(/from\s+"(\.\.?\/[^"]+)"/g)) {
        const resolved = relative(modulesDir, join(file, "..", target!)).split("/")[0]!;
        if (resolved !== module.name && !resolved.startsWith("..")) edges.add(resolved);
      }
    }
    graph.set(module.name, edges);
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every import circle of the graph, each as the modules along it, the first repeated at the end. */
export function circles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const walk = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      found.push([...path.slice(at), node]);
      return;
    }
    if (seen.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...path, node]);
    seen.add(node);
  };
  for (const node of [...graph.keys()].sort()) walk(node, []);
  return found;
}

/** The graph as a Mermaid flowchart, for docs/architecture.md. */
export function mermaid(graph: Map<string, Set<string>>): string {
  const lines = ["flowchart TD"];
  for (const [from, to] of [...graph.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const target of [...to].sort()) lines.push(`  ${from} --> ${target}`);
  }
  return lines.join("\n");
}
