import { afterAll, beforeAll, it } from "vitest";
import { loggedInPage, type Stack, startStack } from "./support";
let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(() => stack?.close());
it("debug", async () => {
  for (const e of ["case.dhaka@test.homecoming", "admin@test.homecoming", "admin@test.homecoming"]) {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    page.on("console", (m) => console.log("console", m.text()));
    const res = await page.goto(`${stack.base}/login`);
    console.log(e, res?.status());
    await page.waitForTimeout(1500);
    console.log((await page.content()).slice(0, 600));
    await context.close();
    await loggedInPage(stack, e);
  }
});
