import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import mydata from "../../i18n/locales/en/mydata.json";
import en from "../../i18n/locales/en/portal.json";
import { textRuns } from "../../pdf/text";
import type { MyData } from "../api";
import { dataModel } from "./dataModel";
import { dataDocument } from "./dataPdf";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: "en",
    resources: { en: { translation: { portal: en, mydata } }, ar: { translation: { portal: en, mydata } } },
    interpolation: { escapeValue: false },
  });
});

const dhaka = "11111111-1111-4111-8111-111111111111";
const erbil = "22222222-2222-4222-8222-222222222222";

/** What the API gives a returnee whose record MRC Dhaka holds and shared with MRC Erbil, then stopped. */
function held(): MyData {
  return {
    generatedAt: "2026-12-06T09:30:00.000Z",
    language: "en",
    account: {
      phone: "+8801716600123",
      language: "bn",
      createdAt: "2026-11-01T08:00:00.000Z",
      verifiedAt: "2026-11-01T08:05:00.000Z",
      lastSignInAt: "2026-12-06T09:00:00.000Z",
      sessions: [
        {
          createdAt: "2026-12-06T09:00:00.000Z",
          lastSeenAt: "2026-12-06T09:29:00.000Z",
          expiresAt: "2026-12-20T09:00:00.000Z",
          ip: "10.0.0.1",
          userAgent: "Mozilla/5.0 (Linux; Android 12)",
        },
      ],
    },
    record: {
      id: "33333333-3333-4333-8333-333333333333",
      givenName: "Nasima",
      familyName: "Begum",
      nameNative: "নাসিমা বেগম",
      birthDate: null,
      birthYear: 1990,
      sex: "female",
      nationalId: null,
      passportNumber: null,
      phone: "+8801716600123",
      adminAreaCode: "BD3026",
      debts: [{ amount: 150000, currency: "BDT", lender: "informal_lender" }],
      migrationEpisodes: [{ destinationCountry: "SA", returnType: "forced", endDate: "2025-03-01" }],
      registeredByOrganisationId: dhaka,
      selfRegisteredAt: "2026-11-01T08:10:00.000Z",
      confirmedAt: null,
      statedNeeds: ["job", "debt"],
      mergedIntoId: null,
      createdAt: "2026-11-01T08:10:00.000Z",
      updatedAt: "2026-11-01T08:10:00.000Z",
    },
    consents: [
      {
        id: "44444444-4444-4444-8444-444444444444",
        purpose: "data_sharing",
        organisationIds: [erbil],
        note: null,
        givenAt: "2026-11-02T10:00:00.000Z",
        expiresAt: null,
        withdrawnAt: "2026-12-01T10:00:00.000Z",
        withdrawalNote: "I do not know this centre",
        givenOnPortal: false,
        withdrawnOnPortal: true,
        recordedByOrganisationId: dhaka,
        active: false,
      },
    ],
    recordRequests: [],
    cases: [
      {
        id: "55555555-5555-4555-8555-555555555555",
        leadOrganisationId: dhaka,
        caseWorkerName: "Farida Akter",
        stage: "assessed",
        riskLevel: "medium",
        openedAt: "2026-11-03T10:00:00.000Z",
        planActivatedAt: null,
        handedOverTo: null,
        handedOverAt: null,
        closedAt: null,
        closureReason: null,
        closureNote: null,
        events: [],
        assessments: [
          {
            id: "66666666-6666-4666-8666-666666666666",
            kind: "needs",
            answers: {},
            scores: {
              economic: { score: 7, priority: "high", needs: [] },
              social: { score: 1, priority: "low", needs: [] },
            },
            organisationId: dhaka,
            surveyVersion: null,
            occasion: null,
            createdAt: "2026-11-03T11:00:00.000Z",
          },
        ],
        goals: [],
        actions: [],
        followUps: [
          {
            id: "77777777-7777-4777-8777-777777777777",
            kind: "month_3",
            dueDate: "2027-02-03",
            status: "scheduled",
            doneAt: null,
            contactMethod: null,
            reached: null,
            note: null,
          },
        ],
      },
    ],
    referrals: [],
    enrolments: [],
    businessPlans: [],
    callBacks: [],
    merges: [],
    importRows: [],
    textMessages: [
      {
        id: "88888888-8888-4888-8888-888888888888",
        purpose: "verify_phone",
        language: "bn",
        text: null,
        status: "held",
        createdAt: "2026-11-01T08:00:00.000Z",
        sentAt: null,
      },
    ],
    organisations: [
      { id: dhaka, name: "MRC Dhaka" },
      { id: erbil, name: "MRC Erbil" },
    ],
    community: { eventRegistrations: [], questions: [], answers: [], trustedBy: null },
    names: { areas: { BD3026: "Dhaka" }, occupations: {}, sectors: {} },
  } as MyData;
}

const section = (model: ReturnType<typeof dataModel>, id: string) => model.sections.find((s) => s.id === id)!;
const value = (model: ReturnType<typeof dataModel>, id: string, label: string) =>
  section(model, id)
    .blocks.flatMap((b) => b.rows)
    .find((r) => r.label === label)?.value;

describe("a returnee's data in words", () => {
  it("says each thing held with what it is, names organisations and districts, leaves out what is not held", () => {
    const model = dataModel(held(), i18n.t, "en");
    expect(model.title).toBe("Your data");
    expect(model.lines).toEqual(["Nasima Begum", expect.stringMatching(/^Made on Dec 6, 2026/)]);
    expect(value(model, "record", "Name in your own writing")).toBe("নাসিমা বেগম");
    expect(value(model, "record", "District")).toBe("Dhaka");
    expect(value(model, "record", "Born")).toBe("In 1990");
    expect(value(model, "record", "Money you owe")).toMatch(/150,000.* to a moneylender$/);
    expect(value(model, "record", "Registered by")).toBe("MRC Dhaka");
    expect(value(model, "record", "Confirmed by the centre")).toBe("Waiting for the centre to confirm");
    // nothing held, no row
    expect(value(model, "record", "Passport number")).toBeUndefined();
    expect(section(model, "abroad").blocks[0]!.heading).toBe("Saudi Arabia");
    const consent = section(model, "consents").blocks[0]!;
    expect(consent.heading).toBe("To share your record");
    expect(consent.rows).toEqual(
      expect.arrayContaining([
        { label: "With", value: "MRC Erbil" },
        { label: "Now", value: expect.stringMatching(/^You took it back Dec 1, 2026/) },
        { label: "Why it was taken back", value: "I do not know this centre" },
      ]),
    );
    const kase = section(model, "cases").blocks;
    expect(kase[0]!.heading).toBe("Your case with MRC Dhaka");
    expect(kase[1]!.rows[0]).toEqual({
      label: "Your needs, Nov 3, 2026",
      value: "MRC Dhaka: work and money: great need",
    });
    expect(kase[2]!.rows[0]).toEqual({
      label: "A check-in about three months after your plan started",
      value: "by Feb 3, 2027",
    });
    expect(section(model, "messages").blocks[0]!.rows[0]!.value).toBe(
      "A code to prove your number (not shown here)",
    );
    // an empty section says so
    expect(section(model, "referrals")).toMatchObject({
      blocks: [],
      empty: "You have not been sent to any service yet.",
    });
  });

  it("makes a PDF document of every section, right to left in Arabic with each value in its own direction", () => {
    const english = dataDocument(dataModel(held(), i18n.t, "en"));
    const text = JSON.stringify(english.content);
    for (const words of ["Your data", "About you", "MRC Erbil", "Your case with MRC Dhaka"])
      expect(text).toContain(words);
    expect(english.defaultStyle).toMatchObject({ alignment: "left" });

    const arabic = dataDocument(dataModel(held(), i18n.getFixedT("ar"), "ar"));
    expect(arabic.defaultStyle).toMatchObject({ alignment: "right" });
    // the value's column comes first, drawn at the left, in a right-to-left table
    const table = JSON.stringify(arabic.content).match(/"widths":\["\*","38%"\]/);
    expect(table).not.toBeNull();
    // an English value inside it keeps its order
    expect(textRuns("MRC Erbil", "ltr")).toEqual([{ text: "MRC Erbil", font: "Latin" }]);
  });
});
