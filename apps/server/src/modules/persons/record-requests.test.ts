import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { personPayload } from "../../../test/world";

/**
 * An organisation asks the holder of a possible earlier registration of its returnee to share it, without
 * learning who or where the match is; the holder sees its own returnee and who asks, and shares it (the
 * returnee's data-sharing consent naming the asker) or declines with a reason.
 */

const { env, as } = await openWorld();
afterAll(() => env.close());

const names = ["Anwar", "Bilkis", "Delwar", "Fahmida", "Golam", "Hasina", "Jamal", "Kulsum"];
const families = ["Talukder", "Mridha", "Sikdar", "Bhuiyan", "Howlader", "Mollah", "Sarder", "Khandaker"];
let n = 0;
/** The same returnee registered by MRC Dhaka and, later, by MRC Erbil (which cannot see Dhaka's record). */
async function registeredTwice() {
  n += 1;
  const identity = personPayload({
    givenName: names[n]!,
    familyName: families[n]!,
    nameNative: undefined,
    birthDate: `19${70 + n * 3}-0${n}-1${n}`,
    nationalId: `1985${String(n).padStart(9, "0")}`,
    phone: `+8801712${String(n).padStart(6, "0")}`,
  });
  const held = await as.caseDhaka.post("/persons", identity);
  expect(held.statusCode, held.body).toBe(201);
  const asker = await as.caseErbil.post("/persons", identity);
  expect(asker.statusCode, asker.body).toBe(201);
  expect(asker.json().heldElsewhere.count).toBe(1);
  return {
    heldId: held.json().id as string,
    heldName: names[n]!,
    askerId: asker.json().id as string,
  };
}

describe("record requests", () => {
  it("go to the holder without telling the asker who or where the match is, and share it on consent", async () => {
    const { heldId, heldName, askerId } = await registeredTwice();
    const before = await as.caseErbil.get(`/persons/${askerId}/record-requests`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ heldElsewhere: { count: 1 }, askable: 1, items: [] });

    const asked = await as.caseErbil.post(`/persons/${askerId}/record-requests`, {
      note: "Returnee says they registered in Dhaka",
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ askable: 0, items: [{ status: "open", sharedPersonId: null }] });
    expect(asked.body).not.toContain(heldId);
    expect(asked.body).not.toContain("MRC Dhaka");
    const again = await as.caseErbil.post(`/persons/${askerId}/record-requests`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/asked already/);

    // the holder sees its own returnee and who asks; the asker's inbox does not hold it
    const inbox = await as.caseDhaka.get("/record-requests");
    const item = inbox.json().items.find((i: { heldPerson: { id: string } }) => i.heldPerson.id === heldId);
    expect(item).toMatchObject({
      status: "open",
      heldPerson: { id: heldId, displayName: expect.stringContaining(heldName) },
      fromOrganisation: { name: "MRC Erbil" },
      note: "Returnee says they registered in Dhaka",
    });
    expect((await as.caseErbil.get("/record-requests")).body).not.toContain(heldId);
    expect((await as.caseErbil.get(`/persons/${heldId}`)).statusCode).toBe(404);

    const unconfirmed = await as.caseDhaka.post(`/record-requests/${item.id}/share`, {});
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json().error).toMatchObject({ field: "consentConfirmed" });
    const shared = await as.caseDhaka.post(`/record-requests/${item.id}/share`, { consentConfirmed: true });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ status: "shared", consentId: expect.any(String) });
    expect(
      (await as.caseDhaka.post(`/record-requests/${item.id}/share`, { consentConfirmed: true })).statusCode,
    ).toBe(409);

    // the asker now sees the record, through the returnee's consent
    const after = (await as.caseErbil.get(`/persons/${askerId}/record-requests`)).json();
    expect(after.items).toEqual([expect.objectContaining({ status: "shared", sharedPersonId: heldId })]);
    expect((await as.caseErbil.get(`/persons/${heldId}`)).statusCode).toBe(200);
    const consents = (await as.caseDhaka.get(`/persons/${heldId}/consents`)).json().items;
    expect(consents).toContainEqual(
      expect.objectContaining({
        id: shared.json().consentId,
        purpose: "data_sharing",
        note: "Shared at the request of MRC Erbil",
      }),
    );

    // withdrawn consent: the asker no longer sees it, nor is told which it was
    await as.caseDhaka.post(`/persons/${heldId}/consents/${shared.json().consentId}/withdraw`, {});
    expect(
      (await as.caseErbil.get(`/persons/${askerId}/record-requests`)).json().items[0].sharedPersonId,
    ).toBeNull();
    expect((await as.caseErbil.get(`/persons/${heldId}`)).statusCode).toBe(404);

    // the held returnee's trail, which its holder reads, shows the request and who was shown the record
    const trail = await as.caseDhaka.get(`/audit?personId=${heldId}&limit=50`);
    expect(trail.statusCode, trail.body).toBe(200);
    expect(
      trail.json().items.map((e: { recordType: string; action: string }) => `${e.action} ${e.recordType}`),
    ).toEqual(expect.arrayContaining(["create record_request", "transition record_request"]));
  });

  it("may be declined with a reason the asker reads, and is not sent again", async () => {
    const { heldId, askerId } = await registeredTwice();
    await as.caseErbil.post(`/persons/${askerId}/record-requests`, {});
    const item = (await as.caseDhaka.get("/record-requests"))
      .json()
      .items.find((i: { heldPerson: { id: string } }) => i.heldPerson.id === heldId);
    const empty = await as.caseDhaka.post(`/record-requests/${item.id}/decline`, { reason: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({
      field: "reason",
      message: expect.stringMatching(/reason is required$/),
    });
    const declined = await as.caseDhaka.post(`/record-requests/${item.id}/decline`, {
      reason: "The returnee did not agree to share",
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toEqual({ id: item.id, status: "declined", consentId: null });
    const seen = (await as.caseErbil.get(`/persons/${askerId}/record-requests`)).json();
    expect(seen.items).toEqual([
      expect.objectContaining({
        status: "declined",
        note: "The returnee did not agree to share",
        sharedPersonId: null,
      }),
    ]);
    expect(seen.askable).toBe(0);
    expect((await as.caseErbil.post(`/persons/${askerId}/record-requests`, {})).statusCode).toBe(409);
    expect((await as.caseErbil.get(`/persons/${heldId}`)).statusCode).toBe(404);
    // declined requests are listed on asking for them
    const declinedList = (await as.caseDhaka.get("/record-requests?status=declined")).json().items;
    expect(declinedList.map((i: { id: string }) => i.id)).toContain(item.id);
  });

  it("refuses another organisation's request as not found, and a returnee with nothing held elsewhere", async () => {
    const { heldId, askerId } = await registeredTwice();
    await as.caseErbil.post(`/persons/${askerId}/record-requests`, {});
    const item = (await as.caseDhaka.get("/record-requests"))
      .json()
      .items.find((i: { heldPerson: { id: string } }) => i.heldPerson.id === heldId);
    const foreign = await as.caseErbil.post(`/record-requests/${item.id}/decline`, { reason: "not ours" });
    expect(foreign.statusCode).toBe(404);
    const alone = await as.caseDhaka.post(
      "/persons",
      personPayload({
        givenName: "Solitary",
        familyName: "Returnee",
        nameNative: undefined,
        nationalId: "1999000000001",
        phone: "+8801719999999",
      }),
    );
    const none = await as.caseDhaka.post(`/persons/${alone.json().id}/record-requests`, {});
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toMatch(/No possible match/);
  });
});
