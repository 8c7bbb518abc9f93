import { beforeEach, describe, expect, it, vi } from "vitest";

const api = vi.hoisted(() => ({
  findHelpServices: vi.fn(),
  findHelpProgrammes: vi.fn(),
}));
vi.mock("../api", () => api);

const { askEarly, filterOf, firstServices, helpFound } = await import("./found");

const address = new URLSearchParams("need=job&area=BD3026");
let asked = 0;

beforeEach(() => {
  asked = 0;
  api.findHelpServices.mockReset().mockImplementation(async (query: { limit: number }) => {
    asked++;
    return { items: [], total: asked, limit: query.limit };
  });
  api.findHelpProgrammes.mockReset().mockResolvedValue({ items: [] });
  // nothing asked early is left over from another test
  void helpFound({ language: "en" }, 1);
  asked = 0;
});

describe("the service finder's answer", () => {
  it("reads the question from the address: the need, the district and the reader's language", () => {
    expect(filterOf(address, "ar")).toEqual({ need: "job", area: "BD3026", language: "ar" });
    expect(filterOf(new URLSearchParams(""), "en")).toEqual({ language: "en" });
  });

  it("gives the page the answer asked for as the portal opened, once, without asking again", async () => {
    askEarly(address, "bn");
    expect(api.findHelpServices).toHaveBeenCalledWith({
      need: "job",
      area: "BD3026",
      language: "bn",
      limit: firstServices,
    });
    const first = await helpFound(filterOf(address, "bn"), firstServices);
    expect(first.services.total).toBe(1);
    expect(asked).toBe(1);
    // the same question later (the reader came back to the page) is asked anew
    const again = await helpFound(filterOf(address, "bn"), firstServices);
    expect(again.services.total).toBe(2);
    expect(asked).toBe(2);
  });

  it("asks anew when the page's question is not the one asked early", async () => {
    askEarly(address, "bn");
    // the language fell back to English, or more services are wanted
    await helpFound(filterOf(address, "en"), firstServices);
    expect(asked).toBe(2);
    await helpFound(filterOf(address, "bn"), firstServices * 2);
    expect(asked).toBe(3);
  });

  it("passes a failure of the early question to the page, and leaves none unhandled", async () => {
    api.findHelpServices.mockRejectedValueOnce(new Error("the server did not answer"));
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    askEarly(address, "en");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).not.toHaveBeenCalled();
    await expect(helpFound(filterOf(address, "en"), firstServices)).rejects.toThrow(
      "the server did not answer",
    );
    process.off("unhandledRejection", unhandled);
  });
});
