import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restartScan, scanBatch, scanRegistry } from "../apps/server/src/modules/linkage/scan";
import { type Client, loginAs, personPayload } from "../apps/server/test/world";
import {
  choose,
  expectNoAxeViolations,
  loggedInPage,
  pick,
  type Stack,
  screenshot,
  startStack,
} from "./support";

// A returnee registered twice under two spellings: the desk sees the likely match, the case worker merges the
// two records and finds every case and referral of both on the one that stays; an administrator undoes it.

let stack: Stack;
let dhaka: Client;
let earlierId: string;
let earlierCaseId: string;
let earlierReferralId: string;

const ok = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json() as { id: string; version: number };
};

/** A case with a referral sent to the training institute, under the returnee's referral consent. */
async function caseWithReferral(personId: string) {
  const kase = await ok(dhaka.post("/cases", { personId }));
  await ok(
    dhaka.post(`/persons/${personId}/consents`, {
      purpose: "referral",
      organisationIds: [stack.world.orgs.tvet.id],
    }),
  );
  const referral = await ok(
    dhaka.post("/referrals", {
      caseId: kase.id,
      serviceId: stack.world.services.training.id,
      reason: "Electrical installation course",
    }),
  );
  await ok(dhaka.post(`/referrals/${referral.id}/send`, {}));
  return { caseId: kase.id, caseVersion: kase.version, referralId: referral.id };
}

beforeAll(async () => {
  stack = await startStack();
  dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  // the first registration, at an MRC: a case whose referral was sent, then closed when contact was lost
  const earlier = await ok(
    dhaka.post(
      "/persons",
      personPayload({
        givenName: "Mohammad",
        familyName: "Hossain",
        nameNative: undefined,
        birthDate: "1987-05-03",
        phone: "+8801911777888",
        nationalId: undefined,
      }),
    ),
  );
  earlierId = earlier.id;
  const first = await caseWithReferral(earlierId);
  earlierCaseId = first.caseId;
  earlierReferralId = first.referralId;
  const current = (await dhaka.get(`/cases/${earlierCaseId}`)).json() as { version: number };
  await ok(
    dhaka.post(`/cases/${earlierCaseId}/close`, {
      version: current.version,
      reason: "lost_contact",
      acknowledgeOpenItems: true,
      openItemsReason: "The returnee could not be reached",
    }),
  );
});
afterAll(() => stack?.close());

describe("one returnee, one record", () => {
  it("warns of the likely match, merges the two records with every case and referral, and an administrator undoes it", async () => {
    // the airport desk registers him again, spelt another way, with the phone typed the local way
    const desk = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await desk.goto(`${stack.base}/register`);
    await desk.getByRole("switch", { name: "Quick registration" }).check();
    await desk.getByRole("textbox", { name: "Given name" }).fill("Md.");
    await desk.getByRole("textbox", { name: "Family name" }).fill("Hussain");
    await desk.getByRole("textbox", { name: "Year of birth" }).fill("1987");
    await desk.getByRole("textbox", { name: "Phone" }).fill("01911-777888");
    await desk.getByRole("radio", { name: "Male", exact: true }).check();
    await pick(desk, "District", "Dhaka", /^Dhaka \(Dhaka\)$/);
    const warning = desk.locator(".mantine-Alert-root").filter({ hasText: "Mohammad Hossain" });
    await warning.getByText("Likely the same person").waitFor();
    await expect.poll(() => warning.textContent()).toMatch(/same phone number/);
    await expect.poll(() => warning.textContent()).toMatch(/Md = Mohammad, Hussain = Hossain/);
    await expectNoAxeViolations(desk);
    // the desk registers him anyway (the earlier record was not at hand), and his new case gets a referral
    await pick(desk, "Country returned from", "Saudi", /^Saudi Arabia$/);
    await choose(desk, "How the return happened", "Forced or deported");
    await desk.getByRole("button", { name: "Next", exact: true }).click();
    await desk.getByRole("button", { name: "Register", exact: true }).click();
    await desk.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    const laterId = new URL(desk.url()).pathname.split("/").at(-1)!;
    const later = await caseWithReferral(laterId);

    // on the new record, the case worker sees the earlier one as a likely duplicate and merges into it
    await desk.reload();
    const linked = desk
      .locator(".mantine-Alert-root")
      .filter({ hasText: "possible duplicate of this record" });
    await linked.getByText("Likely the same person").waitFor();
    await linked.getByRole("button", { name: "Same person — merge" }).click();
    const dialog = desk.getByRole("dialog", { name: "Merge two records of one returnee" });
    await dialog.getByText("Keep the other record").click();
    // what will move, before it happens
    await expect.poll(() => dialog.textContent()).toMatch(/What moves from Md\. Hussain to Mohammad Hossain/);
    await expect.poll(() => dialog.textContent()).toMatch(/1 case/);
    await expect.poll(() => dialog.textContent()).toMatch(/1 referral/);
    await expect.poll(() => dialog.textContent()).toMatch(/1 consent/);
    await expectNoAxeViolations(desk);
    await screenshot(desk, "merge-preview");
    await dialog.getByRole("button", { name: "Merge", exact: true }).click();
    await desk.waitForURL(`${stack.base}/persons/${earlierId}`);
    await desk.getByRole("heading", { name: "Mohammad Hossain" }).waitFor();

    // the record that stayed holds both cases, and both referrals name it
    await desk.getByRole("tab", { name: "Cases" }).click();
    for (const id of [earlierCaseId, later.caseId])
      await desk.getByRole("link", { name: new RegExp(id.slice(0, 8)) }).waitFor();
    for (const referralId of [earlierReferralId, later.referralId])
      expect(((await dhaka.get(`/referrals/${referralId}`)).json() as { personId: string }).personId).toBe(
        earlierId,
      );
    // the address of the merged record leads to the one that stayed
    await desk.goto(`${stack.base}/persons/${laterId}`);
    await desk.waitForURL(`${stack.base}/persons/${earlierId}`);
    await desk.getByText("The record you opened was merged into this one.").waitFor();
    await screenshot(desk, "merged-record");

    // an administrator takes the merge back: each record stands as it stood
    const admin = await loggedInPage(stack, "admin@test.homecoming");
    await admin.goto(`${stack.base}/persons/${earlierId}`);
    await admin.getByRole("heading", { name: "Records merged into this one" }).waitFor();
    await admin.getByRole("button", { name: "Undo the merge" }).click();
    const undo = admin.getByRole("dialog", { name: /Take Md\. Hussain back out of this record/ });
    await undo.getByRole("textbox", { name: "Why the merge is undone" }).fill("Two brothers with one phone");
    await expectNoAxeViolations(admin);
    await undo.getByRole("button", { name: "Undo the merge" }).click();
    await undo.waitFor({ state: "hidden" });
    await admin.getByText(/merged and later taken back out/).waitFor();
    await admin.goto(`${stack.base}/persons/${laterId}`);
    await admin.getByRole("heading", { name: "Md. Hussain" }).waitFor();
    expect(
      ((await dhaka.get(`/referrals/${later.referralId}`)).json() as { personId: string }).personId,
    ).toBe(laterId);
    expect(((await dhaka.get(`/cases/${later.caseId}`)).json() as { personId: string }).personId).toBe(
      laterId,
    );
  });

  it("lists the pairs the registry scan found side by side, and a verdict takes a pair off the list", async () => {
    // the two records of the first test stand apart again: the scan of the whole registry finds them
    await stack.database.db.transaction(async (tx) => {
      await restartScan(tx as never, new Date(), null);
      while ((await scanRegistry(tx as never, new Date())) >= scanBatch);
    });
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/duplicates`);
    await page.getByRole("heading", { name: "Possible duplicates" }).waitFor();
    const pair = page.getByRole("region", {
      name: /Mohammad Hossain and Md\. Hussain|Md\. Hussain and Mohammad Hossain/,
    });
    await pair.getByText("Likely the same person").waitFor();
    // the two records field by field, with the differences marked
    await pair.getByRole("rowheader", { name: /Name/ }).first().waitFor();
    await expect
      .poll(() =>
        pair
          .getByRole("row", { name: /^Name / })
          .first()
          .textContent(),
      )
      .toMatch(/differs/);
    // a full date beside the year alone is no difference when the years agree
    const born = await pair.getByRole("row", { name: /^Born/ }).textContent();
    expect(born).toContain("May 3, 1987");
    expect(born).not.toContain("differs");
    await expect
      .poll(() => pair.getByRole("row", { name: /^Phone/ }).textContent())
      .toMatch(/\+8801911777888.*\+8801911777888/);
    await page.getByText(/The registry was scanned with the rules of/).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "duplicates-review");
    await pair.getByRole("button", { name: "Not the same person" }).click();
    const dialog = page.getByRole("dialog", { name: /Not the same person as/ });
    await dialog.getByRole("textbox", { name: "Why (optional)" }).fill("Two brothers with one phone");
    await dialog.getByRole("button", { name: "They are two people" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("No pair is waiting for review.").waitFor();
  });
});
