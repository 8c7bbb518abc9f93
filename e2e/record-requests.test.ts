import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, personPayload } from "../apps/server/test/world";
import { expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe("a record held by another organisation", () => {
  it("is asked for without being named, and shared by its holder with the returnee's consent", async () => {
    // MRC Dhaka registered the returnee; MRC Erbil registers them again and cannot see Dhaka's record
    const identity = personPayload({ givenName: "Nurjahan", familyName: "Begum", nameNative: undefined });
    const held = await (await loginAs(stack.app, "case.dhaka@test.homecoming")).post("/persons", identity);
    expect(held.statusCode, held.body).toBe(201);
    const again = await (await loginAs(stack.app, "case.erbil@test.homecoming")).post("/persons", identity);
    expect(again.json().heldElsewhere.count).toBe(1);

    const erbil = await loggedInPage(stack, "case.erbil@test.homecoming");
    await erbil.goto(`${stack.base}/persons/${again.json().id}?tab=consents`);
    const card = erbil.getByTestId("record-requests");
    await card.getByText("A possible match is held by another organisation").waitFor();
    await card.getByRole("button", { name: "Ask the holder to share it" }).click();
    const dialog = erbil.getByRole("dialog");
    await dialog
      .getByRole("textbox", { name: /Note for the holder/ })
      .fill("She says she registered in Dhaka in 2024");
    await dialog.getByRole("button", { name: "Send the request" }).click();
    await expect.poll(() => card.getByTestId("record-request").textContent()).toContain("Waiting");
    expect(await card.textContent()).not.toContain("MRC Dhaka");
    await expectNoAxeViolations(erbil);

    const dhaka = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await dhaka.getByRole("link", { name: "Record requests" }).click();
    await dhaka.getByRole("heading", { name: "Record requests" }).waitFor();
    const row = dhaka.getByRole("row").filter({ hasText: "Nurjahan Begum" });
    await row.getByText("MRC Erbil").waitFor();
    await row.getByText("She says she registered in Dhaka in 2024").waitFor();
    await expectNoAxeViolations(dhaka);
    await row.getByRole("button", { name: /^Share the record of Nurjahan Begum/ }).click();
    const share = dhaka.getByRole("dialog");
    const submit = share.getByRole("button", { name: "Share" });
    expect(await submit.isDisabled()).toBe(true);
    await share
      .getByRole("checkbox", { name: "The returnee agrees to share their record with MRC Erbil" })
      .check();
    await screenshot(dhaka, "record-request-share");
    await submit.click();
    await dhaka.getByText("The record is shared and the consent recorded.").waitFor();
    await expect.poll(() => dhaka.getByText("No request is waiting.").count()).toBe(1);

    await erbil.reload();
    await card.getByRole("link", { name: "Open the shared record" }).click();
    await erbil.waitForURL(new RegExp(`/persons/${held.json().id}`));
    await erbil
      .getByRole("heading", { name: /Nurjahan Begum/ })
      .first()
      .waitFor();
    await erbil.context().close();
    await dhaka.context().close();
  });
});
