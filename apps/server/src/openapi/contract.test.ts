import { beforeAll, describe, expect, it } from "vitest";
import { contractFiles, type GeneratedFile, renderContract, staleFiles, staleMessage } from "./contract";
import { buildOpenApiDocument } from "./document";

type Doc = { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };

let document: Doc;
let current: GeneratedFile[];

beforeAll(async () => {
  document = (await buildOpenApiDocument()) as Doc;
  current = await renderContract(document);
});

const committed = (files: readonly GeneratedFile[]) => (path: string) =>
  files.find((f) => f.path === path)?.content;

describe("the generated API contract", () => {
  it("is the document and the types generated from it", () => {
    expect(current.map((f) => f.path)).toEqual([contractFiles.document, contractFiles.types]);
    expect(JSON.parse(current[0]!.content)).toEqual(document);
    expect(current[1]!.content).toContain("export interface paths");
  });

  it("is the same text on every run", async () => {
    expect(await renderContract(await buildOpenApiDocument())).toEqual(current);
  });

  it("finds nothing stale when the committed files are what the server produces", () => {
    expect(staleFiles(current, committed(current))).toEqual([]);
  });

  it("names both files when a response schema changed since they were generated", async () => {
    const referral = document.components.schemas.Referral!;
    const changed = structuredClone(document);
    changed.components.schemas.Referral!.properties = {
      ...referral.properties,
      priority: { type: "integer" },
    };
    const stale = staleFiles(await renderContract(changed), committed(current));
    expect(stale).toEqual([contractFiles.document, contractFiles.types]);
  });

  it("names a generated file that is missing", () => {
    expect(staleFiles(current, (path) => (path === contractFiles.types ? undefined : "{}\n"))).toEqual([
      contractFiles.document,
      contractFiles.types,
    ]);
  });

  it("tells how to regenerate the stale files", () => {
    const message = staleMessage([contractFiles.types]);
    expect(message).toContain(contractFiles.types);
    expect(message).toContain("npm run api:types");
  });
});
