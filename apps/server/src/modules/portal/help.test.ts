import { addDaysIso, toIsoDate } from "@homecoming/domain";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { ok } from "../../../test/world";

const { env, world, as } = await openWorld();
const { admin, providerTvet } = as;
afterAll(() => env.close());

/** A visitor without a session. */
const visit = (url: string) => env.app.inject({ method: "GET", url: `/api/v1${url}` });
const send = (url: string, body: unknown) =>
  env.app.inject({ method: "POST", url: `/api/v1${url}`, payload: body as object });

type Card = { id: string; name: string; description: string; translated: boolean; checkable: boolean };

const today = toIsoDate(new Date());

const translated = await ok<{ id: string }>(
  providerTvet.post("/services", {
    organisationId: world.orgs.tvet.id,
    name: "Mobile phone repair course",
    description: "Three months of repairing phones, with a toolkit at the end",
    category: "econ.vocational_training",
    serviceAreas: ["BD3026"],
    languages: ["bn"],
    eligibility: "Returnees aged 18 to 45",
    cost: "free",
    locations: [
      {
        name: "Mirpur centre",
        address: "Road 10, Mirpur",
        adminAreaCode: "BD3026",
        openingHours: "Sun–Thu 9:00–17:00",
      },
    ],
    contact: { phone: "+8801711222333" },
    eligibilityRule: { "<=": [18, { var: "age" }, 45] },
    translations: {
      bn: {
        name: "মোবাইল ফোন মেরামতের কোর্স",
        description: "তিন মাস ফোন মেরামত শেখা, শেষে যন্ত্রপাতির বাক্স",
        eligibility: "১৮ থেকে ৪৫ বছর বয়সী প্রত্যাবর্তনকারী",
        cost: "বিনামূল্যে",
        openingHours: "রবি–বৃহস্পতি সকাল ৯টা–বিকেল ৫টা",
      },
    },
  }),
  201,
);

const programme = (over: Record<string, unknown> = {}) =>
  ok<{ id: string }>(
    admin.post("/programmes", {
      name: `Start-up grant ${Math.random().toString(36).slice(2, 7)}`,
      description: "A grant of seed capital with three months of mentoring",
      kind: "grant",
      category: "econ.finance",
      ownerOrganisationId: world.orgs.bank.id,
      areaCodes: ["BD"],
      capacity: 20,
      eligibilityRule: {
        and: [
          { ">=": [{ var: "age" }, 18] },
          { in: [{ var: "returnType" }, ["forced", "crisis"]] },
          { "==": [{ var: "disability" }, true] },
        ],
      },
      translations: { ar: { name: "منحة بدء مشروع" } },
      ...over,
    }),
    201,
  );

describe("finding help by need and district", () => {
  it("answers a need with the services of its categories that reach the district", async () => {
    const job = await ok<{ items: Card[] }>(visit("/portal/help/services?need=job&area=BD3026"));
    const names = job.items.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Electrical installation course", "Mobile phone repair course"]),
    );
    expect(names).not.toContain("Reintegration loan");
    const debt = await ok<{ items: Card[] }>(visit("/portal/help/services?need=debt&area=BD3026"));
    expect(debt.items.map((s) => s.name)).toEqual(["Reintegration loan"]);
    // nothing of these reaches Erbil
    const erbil = await ok<{ items: Card[]; total: number }>(
      visit("/portal/help/services?need=job&area=IQG11Q02"),
    );
    expect(erbil).toEqual({ items: [], total: 0 });
  });

  it("says what a service offers, who it is for, its cost, hours, place and phone in the reader's language", async () => {
    const bn = await ok<{ items: (Card & Record<string, unknown>)[] }>(
      visit("/portal/help/services?need=job&area=BD3026&language=bn"),
    );
    const card = bn.items.find((s) => s.id === translated.id)!;
    expect(card).toMatchObject({
      name: "মোবাইল ফোন মেরামতের কোর্স",
      eligibility: "১৮ থেকে ৪৫ বছর বয়সী প্রত্যাবর্তনকারী",
      cost: "বিনামূল্যে",
      translated: true,
      checkable: true,
      organisationName: world.orgs.tvet.name,
      locations: [
        {
          name: "Mirpur centre",
          address: "Road 10, Mirpur",
          adminAreaCode: "BD3026",
          districtName: "Dhaka",
          openingHours: "রবি–বৃহস্পতি সকাল ৯টা–বিকেল ৫টা",
        },
      ],
      contact: { phone: "+8801711222333", email: null, website: null },
    });
    // no Arabic words: as written, and said so
    const ar = await ok<Card>(visit(`/portal/help/services/${translated.id}?language=ar`));
    expect(ar).toMatchObject({ name: "Mobile phone repair course", translated: false });
    const en = await ok<Card>(visit(`/portal/help/services/${translated.id}`));
    expect(en.translated).toBe(true);
  });

  it("lists the programmes open today, with the places left, and not those closed", async () => {
    const open = await programme();
    const closed = await programme({ closesOn: addDaysIso(today, -1), opensOn: addDaysIso(today, -30) });
    const found = await ok<{ items: (Card & { placesLeft: number })[] }>(
      visit("/portal/help/programmes?need=business&area=BD3026&language=ar"),
    );
    const ids = found.items.map((p) => p.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(closed.id);
    expect(found.items.find((p) => p.id === open.id)).toMatchObject({
      name: "منحة بدء مشروع",
      translated: false,
      placesLeft: 20,
      checkable: true,
    });
    expect((await visit(`/portal/help/programmes/${closed.id}`)).statusCode).toBe(404);
    expect((await visit("/portal/help/programmes?need=schooling")).json().items).toEqual([]);
  });
});

describe("am I eligible?", () => {
  it("asks what the rule reads, and explains the verdict on the answers, structured to be said in any language", async () => {
    const grant = await programme();
    const detail = await ok<{ check: { questions: string[]; centreChecks: string[] } }>(
      visit(`/portal/help/programmes/${grant.id}`),
    );
    expect(detail.check).toEqual({ questions: ["birthYear", "returnType", "disability"], centreChecks: [] });

    type Result = {
      verdict: string;
      conditions: {
        outcome: string;
        phrase?: { fact: string; op: string; values: unknown[] };
        restricted: boolean;
      }[];
    };
    const yes = await ok<Result>(
      send(`/portal/help/programmes/${grant.id}/check`, {
        answers: { birthYear: 1990, returnType: "forced", disability: true },
      }),
    );
    expect(yes.verdict).toBe("eligible");
    expect(yes.conditions[0]).toMatchObject({
      outcome: "met",
      phrase: { fact: "age", op: "at_least", values: [18] },
    });
    expect(yes.conditions[1]!.phrase).toEqual({
      fact: "returnType",
      op: "one_of",
      values: ["forced", "crisis"],
    });
    // a condition on health is said without its fact or values
    expect(yes.conditions[2]).toMatchObject({ outcome: "met", restricted: true });
    expect(yes.conditions[2]!.phrase).toBeUndefined();

    const no = await ok<Result>(
      send(`/portal/help/programmes/${grant.id}/check`, {
        answers: { birthYear: 1990, returnType: "voluntary" },
      }),
    );
    expect(no.verdict).toBe("not_eligible");
    expect(no.conditions.map((c) => c.outcome)).toEqual(["met", "failed", "unknown"]);
    const unknown = await ok<Result>(send(`/portal/help/programmes/${grant.id}/check`, { answers: {} }));
    expect(unknown.verdict).toBe("unknown");

    const service = await ok<Result>(
      send(`/portal/help/services/${translated.id}/check`, { answers: { birthYear: 1960 } }),
    );
    expect(service.verdict).toBe("not_eligible");
    expect(service.conditions[0]!.phrase).toEqual({ fact: "age", op: "between", values: [18, 45] });
    // a service open to every returnee asks nothing and lets everyone in
    const open = await ok<{ check: unknown; checkable: boolean }>(
      visit(`/portal/help/services/${world.services.training.id}`),
    );
    expect(open).toMatchObject({ check: null, checkable: false });
  });

  it("refuses a service's words in a language the portal does not speak, or too long, naming the field", async () => {
    const service = (translations: unknown) =>
      providerTvet.post("/services", {
        organisationId: world.orgs.tvet.id,
        name: "Driving course",
        category: "econ.vocational_training",
        serviceAreas: ["BD3026"],
        translations,
      });
    const french = await service({ fr: { name: "Cours de conduite" } });
    expect(french.statusCode).toBe(400);
    expect(french.json().error).toMatchObject({ field: "translations", key: "validation.unrecognized_keys" });
    const long = await service({ bn: { name: "ক".repeat(201) } });
    expect(long.json().error.field).toBe("translations.bn.name");
    const unknownField = await service({ bn: { title: "ড্রাইভিং" } });
    expect(unknownField.json().error.field).toBe("translations.bn");
  });

  it("refuses bad input naming the field, and a record that is not there", async () => {
    const badNeed = await visit("/portal/help/services?need=money");
    expect(badNeed.statusCode).toBe(400);
    expect(badNeed.json().error.field).toBe("need");
    const badArea = await visit("/portal/help/services?area=XX99");
    expect(badArea.json().error).toMatchObject({ field: "area", key: "validation.admin_area" });
    const grant = await programme();
    const badAnswer = await send(`/portal/help/programmes/${grant.id}/check`, {
      answers: { birthYear: "old" },
    });
    expect(badAnswer.statusCode).toBe(400);
    expect(badAnswer.json().error.field).toBe("answers.birthYear");
    const unknownId = "00000000-0000-4000-8000-000000000000";
    expect((await visit(`/portal/help/services/${unknownId}`)).statusCode).toBe(404);
    expect((await send(`/portal/help/programmes/${unknownId}/check`, { answers: {} })).statusCode).toBe(404);
  });
});
