// Lighthouse's mobile audit of the returnee portal's pages, on the built app served the way a deployment
// serves it (an embedded database, the CLI's serve command), driving Debian's Chromium: the performance and
// accessibility scores, and the timings behind the first. Pages are audited in English and in Arabic (right to
// left, opened with ?lang=ar: its catalogue fetched before the first page). Throttling is Lighthouse's
// simulated phone: its mobile default, "4g" (150 ms, 1.6 Mbps, CPU 4x slower), or "3g" (300 ms, 700 Kbps).
// Lighthouse 12.8.2, the last release that runs on Node 20 and reads the traces of Debian's Chromium (12.2.3
// finds no navigation start in them).
//
//   npm run build && npm run bench:lighthouse [-- --network 3g] [--runs 3]
//
// The portal's targets: performance ≥ 90 and accessibility 100 on each page.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { throttling } from "lighthouse/core/config/constants.js";
import { chromiumFlags, chromiumPath } from "../e2e/chromium";
import { positiveInt } from "./db";
import { startServer, writeResults } from "./http";

const { values } = parseArgs({
  options: { network: { type: "string", default: "4g" }, runs: { type: "string" } },
});
if (values.network !== "4g" && values.network !== "3g") throw new Error("--network is 4g or 3g");
const network = values.network === "4g" ? throttling.mobileSlow4G : throttling.mobileRegular3G;
const runs = positiveInt(values.runs, "--runs", 3);

/**
 * The portal's pages: the home page, the first question of a complaint, the check of a reference, the
 * service finder's first question and the help it finds for a job in Dhaka.
 */
const pages = [
  { name: "home", path: "/portal/" },
  { name: "complaint", path: "/portal/feedback" },
  { name: "status", path: "/portal/status" },
  { name: "finder", path: "/portal/help" },
  { name: "found", path: "/portal/help/results?need=job&area=BD3026" },
];
const languages = ["en", "ar"] as const;

const dataDir = mkdtempSync(join(tmpdir(), "hc-lighthouse-"));
const server = await startServer(dataDir);
const origin = server.base.replace(/\/api\/v1$/, "");
const profile = mkdtempSync(join(tmpdir(), "hc-lighthouse-chromium-"));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  userDataDir: profile,
  chromeFlags: chromiumFlags,
});

type Row = {
  page: string;
  language: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKb: number;
  failedAudits: string[];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: Row[] = [];
try {
  for (const language of languages)
    for (const page of pages) {
      const samples: Row[] = [];
      for (let run = 0; run < runs; run++) {
        // in Arabic by the address, as a link given out in Arabic opens the portal
        const url = `${origin}${page.path}${language === "en" ? "" : `${page.path.includes("?") ? "&" : "?"}lang=${language}`}`;
        const audited = () =>
          lighthouse(
            url,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility"],
            },
            {
              extends: "lighthouse:default",
              settings: {
                formFactor: "mobile",
                throttlingMethod: "simulate",
                throttling: network,
              },
            },
          );
        let result = await audited();
        // Chromium's trace now and then misses the navigation's start; Lighthouse asks to run again, so it is
        let tries = 1;
        while (result?.lhr.runtimeError?.code === "NO_NAVSTART" && tries < 3) {
          result = await audited();
          tries++;
        }
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        samples.push({
          page: page.name,
          language,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          fcpMs: audit("first-contentful-paint"),
          lcpMs: audit("largest-contentful-paint"),
          tbtMs: audit("total-blocking-time"),
          cls: audit("cumulative-layout-shift"),
          transferKb: audit("total-byte-weight") / 1024,
          failedAudits: (lhr.categories.accessibility?.auditRefs ?? [])
            .map((ref) => lhr.audits[ref.id])
            .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
            .map((a) => a!.id),
        });
      }
      const pick = (key: keyof Row) => median(samples.map((s) => s[key] as number));
      rows.push({
        page: page.name,
        language,
        performance: pick("performance"),
        accessibility: pick("accessibility"),
        fcpMs: pick("fcpMs"),
        lcpMs: pick("lcpMs"),
        tbtMs: pick("tbtMs"),
        cls: pick("cls"),
        transferKb: pick("transferKb"),
        failedAudits: [...new Set(samples.flatMap((s) => s.failedAudits))],
      });
    }
} finally {
  await chrome.kill();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}

console.log(
  `Lighthouse 12.8.2 mobile, ${values.network === "4g" ? "its default (slow 4G)" : "slow 3G"} (${network.rttMs} ms, ${network.throughputKbps} Kbps, CPU ${network.cpuSlowdownMultiplier}x), median of ${runs} runs:\n`,
);
console.log("  page        lang  perf  a11y    FCP     LCP    TBT    CLS  transfer");
for (const r of rows)
  console.log(
    `  ${r.page.padEnd(10)}  ${r.language.padEnd(4)}  ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${(r.fcpMs / 1000).toFixed(2).padStart(5)} s ${(r.lcpMs / 1000).toFixed(2).padStart(5)} s ${String(Math.round(r.tbtMs)).padStart(4)} ms ${r.cls.toFixed(3)}  ${r.transferKb.toFixed(1)} KB${r.failedAudits.length ? `  failing: ${r.failedAudits.join(", ")}` : ""}`,
  );
const failing = rows.filter((r) => r.performance < 90 || r.accessibility < 100);
console.log(
  failing.length
    ? `\n${failing.length} page(s) under the targets (performance ≥ 90, accessibility 100).`
    : "\nEvery page meets the targets (performance ≥ 90, accessibility 100).",
);
console.log(
  `Results: ${writeResults(new Date().toISOString().slice(0, 10), "lighthouse", { network, runs, rows })}`,
);
