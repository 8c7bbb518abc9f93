import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, personPayload } from "../../../test/world";
import { persons } from "../../db/schema";
import { nameColumnsOf } from "./rows";
import { nameSearchCap } from "./store";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, counsellorDhaka, caseErbil, providerTvet, analyst } = as;
afterAll(() => env.close());

const fullProfile = {
  givenName: "Abdul",
  familyName: "Karim",
  nameNative: "আব্দুল করিম",
  birthDate: "1985-09-30",
  sex: "male",
  genderIdentity: "man",
  phone: "+8801811222333",
  nationalId: "1985777788889",
  passportNumber: "BX1234567",
  adminAreaCode: "BD3026",
  address: "House 12, Road 4, Mirpur",
  languages: ["bn", "en"],
  disability: { hasDisability: true, kinds: ["physical"] },
  household: { size: 6, dependants: 4, childrenOfSchoolAge: 2, headOfHousehold: true },
  education: { iscedLevel: 3, fieldOfStudy: "General secondary" },
  skills: [
    { name: "Masonry", iscoCode: "7112", yearsExperience: 9, certified: false, acquiredAbroad: true },
    { name: "Driving", yearsExperience: 3, certified: true, acquiredAbroad: false },
  ],
  debts: [
    {
      amount: 350000,
      currency: "BDT",
      lender: "recruitment_agency",
      purpose: "migration_cost",
      monthlyRepayment: 8000,
    },
  ],
  documents: [
    { type: "passport", status: "held" },
    { type: "skills_certificate", status: "missing" },
  ],
  housing: { status: "with_family", adequate: false },
  migrationEpisodes: [
    {
      destinationCountry: "AE",
      startDate: "2008-01-10",
      endDate: "2012-12-20",
      occupationIsco: "9313",
      sectorIsic: "F",
      legalStatus: "regular",
      returnType: "voluntary",
      employer: "Gulf Builders LLC",
      monthlyIncomeUsd: 320,
    },
    {
      destinationCountry: "SA",
      startDate: "2014-05-01",
      endDate: "2024-10-31",
      occupationIsco: "7112",
      legalStatus: "overstayed",
      returnType: "forced",
    },
  ],
};

/** A person nobody else in this file resembles: own name, phone, national ID and birth date. */
function distinctPerson(n: number, overrides: Record<string, unknown> = {}) {
  const names = ["Tahmina", "Jahangir", "Rokeya", "Shafiqul", "Momena", "Delwar", "Parvin", "Anwar"];
  const families = ["Khatun", "Alam", "Sarkar", "Mia", "Bibi", "Hossen", "Akhter", "Sheikh"];
  return personPayload({
    givenName: names[n % names.length],
    familyName: families[n % families.length],
    nameNative: undefined,
    birthDate: `19${70 + n}-0${1 + (n % 9)}-1${n % 10}`,
    phone: `+88017990000${String(n).padStart(2, "0")}`,
    nationalId: `NID-DIST-${String(n).padStart(4, "0")}`,
    ...overrides,
  });
}

async function register(client: Client, payload: Record<string, unknown>) {
  const res = await client.post("/persons", payload);
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; possibleDuplicates: unknown[] };
}

const ids = (body: { items: { id: string }[] }) => body.items.map((p) => p.id);
type Reason = { code: string; detail?: string };
type Match = { personId: string; level: string; reasonsFor: Reason[]; reasonsAgainst: Reason[] };
const matchOf = (registered: { possibleDuplicates: unknown[] }, id: string) =>
  (registered.possibleDuplicates as Match[]).find((d) => d.personId === id);
const codes = (m: Match | undefined) => (m ? [...m.reasonsFor, ...m.reasonsAgainst].map((r) => r.code) : []);

describe("registering a returnee", () => {
  it("answers 201 and echoes the whole profile", async () => {
    const res = await caseDhaka.post("/persons", fullProfile);
    expect(res.statusCode).toBe(201);
    const { migrationEpisodes, ...rest } = fullProfile;
    expect(res.json()).toMatchObject({
      ...rest,
      birthYear: 1985,
      registeredByOrganisationId: world.orgs.mrcDhaka.id,
      version: 1,
      possibleDuplicates: [],
    });
    expect(res.json().migrationEpisodes).toEqual(migrationEpisodes);
  });

  it("stores the profile: a later read gives it back", async () => {
    const { id } = await register(caseDhaka, {
      ...fullProfile,
      nationalId: "1985777700001",
      phone: "+8801811000444",
      givenName: "Abdur",
      familyName: "Rauf",
      nameNative: undefined,
      passportNumber: undefined,
    });
    const read = await caseDhaka.get(`/persons/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      givenName: "Abdur",
      genderIdentity: "man",
      disability: { hasDisability: true, kinds: ["physical"] },
      skills: fullProfile.skills,
      debts: fullProfile.debts,
      documents: fullProfile.documents,
      housing: fullProfile.housing,
      household: fullProfile.household,
      education: fullProfile.education,
    });
    expect(read.json().migrationEpisodes).toEqual(fullProfile.migrationEpisodes);
  });

  it("keeps gender identity, disability, sector of work and monthly income as the form sends them", async () => {
    const { id } = await register(
      caseDhaka,
      distinctPerson(27, {
        givenName: "Tanvir",
        familyName: "Hasnat",
        genderIdentity: "non-binary",
        disability: { hasDisability: true, kinds: ["visual", "hearing"] },
        migrationEpisodes: [
          {
            destinationCountry: "QA",
            returnType: "voluntary",
            occupationIsco: "7112",
            sectorIsic: "41",
            monthlyIncomeUsd: 412.5,
          },
          { destinationCountry: "OM", returnType: "assisted", sectorIsic: "f" },
        ],
      }),
    );
    const read = (await caseDhaka.get(`/persons/${id}`)).json();
    expect(read).toMatchObject({
      genderIdentity: "non-binary",
      disability: { hasDisability: true, kinds: ["visual", "hearing"] },
    });
    expect(read.migrationEpisodes).toEqual([
      {
        destinationCountry: "QA",
        returnType: "voluntary",
        occupationIsco: "7112",
        sectorIsic: "41",
        monthlyIncomeUsd: 412.5,
      },
      { destinationCountry: "OM", returnType: "assisted", sectorIsic: "F" },
    ]);
    const changed = await caseDhaka.patch(`/persons/${id}`, {
      version: read.version,
      disability: { hasDisability: false },
    });
    expect(changed.statusCode).toBe(200);
    expect((await caseDhaka.get(`/persons/${id}`)).json()).toMatchObject({
      genderIdentity: "non-binary",
      disability: { hasDisability: false },
    });
  });

  it("answers 400 naming the field for a sector that is not ISIC or a disability kind without a disability", async () => {
    const badSector = await caseDhaka.post(
      "/persons",
      distinctPerson(28, {
        givenName: "Lutfunnesa",
        familyName: "Jaigirdar",
        migrationEpisodes: [{ destinationCountry: "QA", returnType: "voluntary", sectorIsic: "4100" }],
      }),
    );
    expect(badSector.statusCode).toBe(400);
    expect(badSector.json().error.field).toBe("migrationEpisodes.0.sectorIsic");
    const badDisability = await caseDhaka.post(
      "/persons",
      distinctPerson(28, {
        givenName: "Lutfunnesa",
        familyName: "Jaigirdar",
        disability: { hasDisability: false, kinds: ["visual"] },
      }),
    );
    expect(badDisability.statusCode).toBe(400);
    expect(badDisability.json().error.field).toBe("disability.kinds");
    expect((await caseDhaka.get("/persons?nationalId=NID-DIST-0028")).json().total).toBe(0);
  });

  it("accepts a birth year when the birth date is unknown", async () => {
    const res = await caseDhaka.post(
      "/persons",
      distinctPerson(1, { birthDate: undefined, birthYear: 1979 }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ birthDate: null, birthYear: 1979 });
  });

  it("normalises the phone number to international format", async () => {
    const res = await caseDhaka.post("/persons", distinctPerson(2, { phone: "00880 1799-000002" }));
    expect(res.statusCode).toBe(201);
    expect(res.json().phone).toBe("+8801799000002");
  });

  describe("phones as people write them", () => {
    it.each([
      ["Bangladesh, with a dash", 10, "01712-345678", "BD3026", "+8801712345678"],
      ["Bangladesh, with the country code and no +", 11, "8801712345679", "BD3026", "+8801712345679"],
      ["Pakistan", 12, "03001234567", "PK617", "+923001234567"],
      ["Pakistan, with brackets", 13, "(0300) 123-4568", "PK617", "+923001234568"],
      ["Iraq, in groups", 14, "0750 123 4567", "IQG11Q02", "+9647501234567"],
      ["another country, in international format", 15, "+60 12-345 6789", "BD3026", "+60123456789"],
    ])("stores a number typed the way of %s in E.164", async (_way, n, phone, adminAreaCode, e164) => {
      const res = await caseDhaka.post(
        "/persons",
        distinctPerson(n, { phone, adminAreaCode, nationalId: `NID-PHONE-${e164.slice(-6)}` }),
      );
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().phone).toBe(e164);
    });

    it("refuses an impossible number naming the field and the reason, and stores nothing", async () => {
      const res = await caseDhaka.post(
        "/persons",
        distinctPerson(16, { givenName: "Impossibilis", phone: "0750 123 45678", adminAreaCode: "IQG11Q02" }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({
        code: "validation",
        field: "phone",
        message: "This is not a valid phone number: it has too many digits for a number in Iraq",
        key: "phone.too_long_in",
        values: { country: "Iraq" },
      });
      expect((await admin.get("/persons?q=Impossibilis")).json().total).toBe(0);
    });

    it("reads a local number in a change by the home area stored, or by the one sent with it", async () => {
      const person = await register(caseDhaka, distinctPerson(17, { phone: undefined }));
      const local = await caseDhaka.patch(`/persons/${person.id}`, {
        version: person.version,
        phone: "01811 000061",
      });
      expect(local.statusCode, local.body).toBe(200);
      expect(local.json().phone).toBe("+8801811000061");
      const moved = await caseDhaka.patch(`/persons/${person.id}`, {
        version: local.json().version,
        adminAreaCode: "PK617",
        phone: "0301 0000061",
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json().phone).toBe("+923010000061");
      const refused = await caseDhaka.patch(`/persons/${person.id}`, {
        version: moved.json().version,
        phone: "01811 000061",
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        message: "This is not a valid phone number: it is not a number in use in Pakistan",
        key: "phone.not_in_use_in",
        values: { country: "Pakistan" },
      });
      expect((await caseDhaka.get(`/persons/${person.id}`)).json().phone).toBe("+923010000061");
    });

    it("finds a returnee by the number typed locally", async () => {
      const person = await register(caseDhaka, distinctPerson(18, { phone: "+880 1811 000062" }));
      const res = await caseDhaka.get(`/persons?phone=${encodeURIComponent("01811-000062")}`);
      expect(ids(res.json())).toEqual([person.id]);
      const bad = await caseDhaka.get(`/persons?phone=${encodeURIComponent("01811")}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe("phone");
    });
  });

  describe("bad input: 400 naming the field, and nothing stored", () => {
    const episode = fullProfile.migrationEpisodes[1]!;
    it.each([
      [
        "a bad ISCO code",
        { migrationEpisodes: [{ ...episode, occupationIsco: "99999" }] },
        "migrationEpisodes.0.occupationIsco",
      ],
      ["an unknown admin area", { adminAreaCode: "BD9999" }, "adminAreaCode"],
      [
        "a bad destination country",
        { migrationEpisodes: [episode, { ...episode, destinationCountry: "XY" }] },
        "migrationEpisodes.1.destinationCountry",
      ],
      ["a birth date in the future", { birthDate: "2999-01-01" }, "birthDate"],
      [
        "an end date before the start date",
        { migrationEpisodes: [{ ...episode, startDate: "2020-01-01", endDate: "2019-01-01" }] },
        "migrationEpisodes.0.endDate",
      ],
      ["no birth date nor birth year", { birthDate: undefined }, "birthDate"],
      ["an unknown sex", { sex: "unknown" }, "sex"],
      ["a malformed phone number", { phone: "12" }, "phone"],
      [
        "a bad debt currency",
        { debts: [{ amount: 10, currency: "taka", lender: "bank" }] },
        "debts.0.currency",
      ],
    ])("refuses %s", async (_what, overrides, field) => {
      const nationalId = `BAD-${field.replaceAll(".", "-")}`.slice(0, 32);
      const res = await caseDhaka.post(
        "/persons",
        distinctPerson(7, { givenName: "Invalidus", familyName: "Probandus", nationalId, ...overrides }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field });
      expect(res.json().error.message).toContain(field.split(".").at(-1));
      expect((await admin.get(`/persons?nationalId=${nationalId}`)).json().total).toBe(0);
      expect((await admin.get("/persons?q=Invalidus")).json().total).toBe(0);
    });
  });
});

describe("possible duplicates", () => {
  let first: { id: string };
  beforeAll(async () => {
    first = await register(
      caseDhaka,
      personPayload({
        givenName: "Mohammad",
        familyName: "Rahman",
        nameNative: undefined,
        birthDate: "1988-04-12",
        phone: "+8801711000001",
        nationalId: "1988123456789",
      }),
    );
  });

  it("lists the first record when the same national ID comes again", async () => {
    const again = await register(
      caseDhaka,
      personPayload({
        givenName: "Md",
        familyName: "Rahaman",
        nameNative: undefined,
        birthDate: "1988-04-12",
        phone: "+8801911000009",
        nationalId: "1988123456789",
      }),
    );
    expect(again.possibleDuplicates).toContainEqual(
      expect.objectContaining({
        personId: first.id,
        level: "likely",
        probability: expect.any(Number),
        reasonsFor: expect.arrayContaining([expect.objectContaining({ code: "nationalId.same" })]),
        displayName: "Mohammad Rahman",
      }),
    );
  });

  it("lists the first record for the same phone and birth date under another name", async () => {
    const again = await register(
      caseDhaka,
      personPayload({
        givenName: "Shahidul",
        familyName: "Haque",
        nameNative: undefined,
        birthDate: "1988-04-12",
        phone: "+880 1711 000001",
        nationalId: undefined,
      }),
    );
    const match = matchOf(again, first.id);
    expect(codes(match)).toEqual(expect.arrayContaining(["phone.same", "birth.same_date", "name.different"]));
    expect(match?.reasonsAgainst.map((r) => r.code)).toContain("name.different");
    expect(match?.level).toBe("possible");
  });

  it("lists the first record for a misspelt name with the same birth date", async () => {
    const again = await register(
      caseDhaka,
      personPayload({
        givenName: "Mohammad",
        familyName: "Rahmen",
        nameNative: undefined,
        birthDate: "1988-04-12",
        phone: undefined,
        nationalId: undefined,
      }),
    );
    const match = matchOf(again, first.id);
    expect(codes(match)).toEqual(expect.arrayContaining(["name.phonetic", "birth.same_date"]));
    expect(match?.reasonsFor.find((r) => r.code === "name.phonetic")?.detail).toBe("Rahmen ≈ Rahman");
    expect(match?.level).toBe("likely");
  });

  it("lists none for a different person", async () => {
    const other = await register(caseDhaka, distinctPerson(3));
    expect(other.possibleDuplicates).toEqual([]);
  });

  it("tells another organisation only that a match is held elsewhere: no id, name, score or reason", async () => {
    const res = await caseErbil.post(
      "/persons",
      personPayload({
        givenName: "Muhammad",
        familyName: "Rahman",
        nameNative: undefined,
        adminAreaCode: "IQG11Q02",
        nationalId: "1988123456789",
        phone: undefined,
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(first.id);
    expect(res.json().possibleDuplicates).toEqual([]);
    expect(res.json().heldElsewhere.count).toBeGreaterThanOrEqual(1);
    expect(res.json().heldElsewhere.message).toMatch(/held by another organisation/);
    // nor does the audit of the new record, which its organisation reads
    const trail = await caseErbil.get(`/audit?personId=${res.json().id}`);
    expect(trail.statusCode).toBe(200);
    expect(trail.body).not.toContain(first.id);

    const check = await caseErbil.post("/persons/duplicate-check", {
      givenName: "Mohammad",
      familyName: "Rahman",
      nationalId: "1988123456789",
    });
    expect(check.statusCode).toBe(200);
    expect(check.body).not.toContain(first.id);
    expect(check.body).not.toContain("Mohammad Rahman");
    expect(check.json().heldElsewhere.count).toBeGreaterThanOrEqual(1);
  });
});

describe("searching returnees", () => {
  let nasima: { id: string };
  beforeAll(async () => {
    nasima = await register(
      caseDhaka,
      personPayload({
        givenName: "Nasima",
        familyName: "Chowdhury",
        nameNative: "নাসিমা চৌধুরী",
        birthDate: "1992-02-02",
        phone: "+8801555123456",
        nationalId: "1992000011112",
        sex: "female",
      }),
    );
  });

  it("finds by family name", async () => {
    const res = await caseDhaka.get("/persons?q=Chowdhury");
    expect(res.statusCode).toBe(200);
    expect(ids(res.json())).toContain(nasima.id);
    expect(res.json().items.find((p: { id: string }) => p.id === nasima.id)).toMatchObject({
      givenName: "Nasima",
      score: expect.any(Number),
    });
  });

  it("finds by a name with a typo", async () => {
    const res = await caseDhaka.get("/persons?q=Nasma%20Chowdury");
    expect(ids(res.json())).toContain(nasima.id);
  });

  it("finds by the name in native script", async () => {
    const res = await caseDhaka.get(`/persons?q=${encodeURIComponent("নাসিমা")}`);
    expect(ids(res.json())).toContain(nasima.id);
  });

  it("finds by phone, however it is typed", async () => {
    const res = await caseDhaka.get(`/persons?phone=${encodeURIComponent("+880 1555-123456")}`);
    expect(ids(res.json())).toEqual([nasima.id]);
    expect(res.json().total).toBe(1);
  });

  it("finds by national ID", async () => {
    const res = await caseDhaka.get("/persons?nationalId=1992000011112");
    expect(ids(res.json())).toEqual([nasima.id]);
  });

  it("does not find an unrelated name", async () => {
    const res = await caseDhaka.get("/persons?q=Zebulon%20Quartermaine");
    expect(res.json().total).toBe(0);
  });

  it("finds a name however it is spelt: Mohammad finds Md., Hossain finds Hussain, in any order", async () => {
    const md = await register(
      caseDhaka,
      personPayload({ givenName: "Md. Jashim", familyName: "Hussain", sex: "male" }),
    );
    for (const q of ["Mohammad Jashim Hossain", "Hossain Muhammad", "Mohammed Jasim Hussein", "Jashim Hos"]) {
      const res = await caseDhaka.get(`/persons?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(ids(res.json()), q).toContain(md.id);
      expect(res.json().capped, q).toBe(false);
    }
    // every word must be met: another Jashim is not Md. Jashim Hussain
    const other = await caseDhaka.get(`/persons?q=${encodeURIComponent("Jashim Chowdhury")}`);
    expect(ids(other.json())).not.toContain(md.id);
  });

  it("counts and ranks at most the first thousand matches of a name, and says so", async () => {
    const name = { givenName: "Zarqa", familyName: "Oddname" };
    await env.database.db.insert(persons).values(
      Array.from({ length: nameSearchCap + 5 }, () => ({
        ...name,
        ...nameColumnsOf(name),
        sex: "female" as const,
        adminAreaCode: "BD3026",
        registeredByOrganisationId: world.orgs.mrcDhaka.id,
      })),
    );
    const res = await admin.get("/persons?q=Zarqa%20Oddname&limit=5");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: nameSearchCap, capped: true });
    expect(res.json().items).toHaveLength(5);
    const exact = await admin.get("/persons?q=Zarqa%20Oddname&phone=%2B8801555123456");
    expect(exact.json()).toMatchObject({ total: 0, capped: false });
  });

  it("answers 400 naming q when it is a single character", async () => {
    const res = await caseDhaka.get("/persons?q=N");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("q");
  });
});

describe("who sees a returnee", () => {
  let person: { id: string };
  beforeAll(async () => {
    person = await register(
      caseDhaka,
      personPayload({
        givenName: "Fatema",
        familyName: "Yasmin",
        nameNative: undefined,
        sex: "female",
        birthDate: "1994-06-06",
        phone: "+8801666000111",
        nationalId: "1994666000111",
      }),
    );
  });

  it("lets the registering organisation's counsellor read the record", async () => {
    const res = await counsellorDhaka.get(`/persons/${person.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().givenName).toBe("Fatema");
  });

  it("hides the record from another organisation: not found by search, 404 on read", async () => {
    expect((await caseErbil.get("/persons?q=Fatema%20Yasmin")).json().total).toBe(0);
    expect((await caseErbil.get("/persons?nationalId=1994666000111")).json().total).toBe(0);
    expect((await caseErbil.get(`/persons/${person.id}`)).statusCode).toBe(404);
    expect((await providerTvet.get(`/persons/${person.id}`)).statusCode).toBe(404);
  });

  it("opens the record to an organisation covered by a data_sharing consent, and closes it on withdrawal", async () => {
    const consent = await caseDhaka.post(`/persons/${person.id}/consents`, {
      purpose: "data_sharing",
      organisationIds: [world.orgs.mrcErbil.id],
      note: "Signed the consent form",
    });
    expect(consent.statusCode).toBe(201);
    expect(consent.json()).toMatchObject({ purpose: "data_sharing", active: true, withdrawnAt: null });

    expect(ids((await caseErbil.get("/persons?q=Fatema%20Yasmin")).json())).toEqual([person.id]);
    expect((await caseErbil.get(`/persons/${person.id}`)).statusCode).toBe(200);
    expect((await providerTvet.get(`/persons/${person.id}`)).statusCode).toBe(404);

    const withdrawn = await caseDhaka.post(`/persons/${person.id}/consents/${consent.json().id}/withdraw`, {
      note: "Returnee withdrew",
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawalNote: "Returnee withdrew" });
    expect((await caseErbil.get("/persons?q=Fatema%20Yasmin")).json().total).toBe(0);
    expect((await caseErbil.get(`/persons/${person.id}`)).statusCode).toBe(404);
  });

  it("does not open the record for a contact consent", async () => {
    const consent = await caseDhaka.post(`/persons/${person.id}/consents`, {
      purpose: "contact",
      organisationIds: [world.orgs.mrcErbil.id],
    });
    expect(consent.statusCode).toBe(201);
    expect((await caseErbil.get(`/persons/${person.id}`)).statusCode).toBe(404);
  });

  it("lets an administrator read any record", async () => {
    expect((await admin.get(`/persons/${person.id}`)).statusCode).toBe(200);
  });

  it("refuses analysts every personal record (403)", async () => {
    expect((await analyst.get("/persons?q=Fatema")).statusCode).toBe(403);
    expect((await analyst.get(`/persons/${person.id}`)).statusCode).toBe(403);
    expect((await analyst.post("/persons", distinctPerson(4))).statusCode).toBe(403);
    expect((await analyst.patch(`/persons/${person.id}`, { version: 1, address: "x" })).statusCode).toBe(403);
    expect((await analyst.get(`/persons/${person.id}/consents`)).statusCode).toBe(403);
  });

  it("refuses providers registering a returnee (403), storing nothing", async () => {
    const res = await providerTvet.post("/persons", distinctPerson(5));
    expect(res.statusCode).toBe(403);
    expect((await admin.get(`/persons?nationalId=${distinctPerson(5).nationalId}`)).json().total).toBe(0);
  });

  it("answers 401 without a session", async () => {
    const res = await env.app.inject({ method: "GET", url: `/api/v1/persons/${person.id}` });
    expect(res.statusCode).toBe(401);
  });
});

describe("changing a profile", () => {
  let next = 10;
  const fresh = () => register(caseDhaka, distinctPerson(next++));

  it("lets an organisation that only holds consent read the profile but not change it or its consents (403)", async () => {
    const person = await fresh();
    const given = await caseDhaka.post(`/persons/${person.id}/consents`, {
      purpose: "data_sharing",
      organisationIds: [world.orgs.mrcErbil.id],
    });
    expect(given.statusCode).toBe(201);
    expect((await caseErbil.get(`/persons/${person.id}`)).statusCode).toBe(200);
    const patch = await caseErbil.patch(`/persons/${person.id}`, {
      version: person.version,
      address: "Erbil",
    });
    expect(patch.statusCode).toBe(403);
    const consent = await caseErbil.post(`/persons/${person.id}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.bank.id],
    });
    expect(consent.statusCode).toBe(403);
    const withdraw = await caseErbil.post(`/persons/${person.id}/consents/${given.json().id}/withdraw`, {});
    expect(withdraw.statusCode).toBe(403);
    expect((await caseDhaka.get(`/persons/${person.id}`)).json()).toMatchObject({ version: person.version });
    expect((await caseDhaka.get(`/persons/${person.id}/consents`)).json().items).toHaveLength(1);
  });

  it("refuses the NUL character with a 400 naming the field, and stores nothing", async () => {
    const person = await fresh();
    const res = await caseDhaka.patch(`/persons/${person.id}`, {
      version: person.version,
      migrationEpisodes: [
        { destinationCountry: "QA", returnType: "voluntary", employer: "Doha\u0000Builders" },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "migrationEpisodes.0.employer" });
    expect((await caseDhaka.get(`/persons/${person.id}`)).json().version).toBe(person.version);
  });

  it("applies a change sent with the current version and increments the version", async () => {
    const person = await fresh();
    const res = await caseDhaka.patch(`/persons/${person.id}`, {
      version: person.version,
      address: "Village Rampur, Savar",
      housing: { status: "rented", adequate: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: person.version + 1, address: "Village Rampur, Savar" });
    const read = (await caseDhaka.get(`/persons/${person.id}`)).json();
    expect(read).toMatchObject({
      version: person.version + 1,
      housing: { status: "rented", adequate: true },
    });
  });

  it("replaces the migration episodes when they are sent", async () => {
    const person = await fresh();
    const episodes = [
      { destinationCountry: "MY", startDate: "2015-01-01", endDate: "2019-01-01", returnType: "assisted" },
    ];
    const res = await counsellorDhaka.patch(`/persons/${person.id}`, {
      version: person.version,
      migrationEpisodes: episodes,
    });
    expect(res.statusCode).toBe(200);
    expect((await caseDhaka.get(`/persons/${person.id}`)).json().migrationEpisodes).toEqual(episodes);
  });

  it("answers 409 to a change sent with a stale version, keeping the newer change", async () => {
    const person = await fresh();
    const firstWriter = await caseDhaka.patch(`/persons/${person.id}`, {
      version: 1,
      address: "First address",
    });
    expect(firstWriter.statusCode).toBe(200);
    const secondWriter = await counsellorDhaka.patch(`/persons/${person.id}`, {
      version: 1,
      address: "Second address",
    });
    expect(secondWriter.statusCode).toBe(409);
    expect(secondWriter.json().error.code).toBe("stale_version");
    expect((await caseDhaka.get(`/persons/${person.id}`)).json()).toMatchObject({
      address: "First address",
      version: 2,
    });
  });

  it("answers 400 naming the field for a bad change, leaving the record unchanged", async () => {
    const person = await fresh();
    const res = await caseDhaka.patch(`/persons/${person.id}`, { version: 1, adminAreaCode: "NOWHERE" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("adminAreaCode");
    expect((await caseDhaka.get(`/persons/${person.id}`)).json()).toMatchObject({
      adminAreaCode: "BD3026",
      version: 1,
    });
  });

  it("answers 400 naming birthYear when it contradicts the stored birth date, leaving the record unchanged", async () => {
    const person = await fresh();
    const stored = (await caseDhaka.get(`/persons/${person.id}`)).json();
    const res = await caseDhaka.patch(`/persons/${person.id}`, {
      version: 1,
      birthYear: stored.birthYear + 5,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("birthYear");
    expect((await caseDhaka.get(`/persons/${person.id}`)).json()).toMatchObject({
      birthDate: stored.birthDate,
      birthYear: stored.birthYear,
      version: 1,
    });
  });

  it("sets the birth year from a new birth date", async () => {
    const person = await fresh();
    const res = await caseDhaka.patch(`/persons/${person.id}`, { version: 1, birthDate: "1991-07-01" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ birthDate: "1991-07-01", birthYear: 1991 });
  });

  it("answers 404 to an organisation that cannot see the record, leaving it unchanged", async () => {
    const person = await fresh();
    const res = await caseErbil.patch(`/persons/${person.id}`, { version: 1, address: "Taken over" });
    expect(res.statusCode).toBe(404);
    expect((await caseDhaka.get(`/persons/${person.id}`)).json().version).toBe(1);
  });

  it("refuses a provider who may read the record changing it (403)", async () => {
    const person = await fresh();
    await caseDhaka.post(`/persons/${person.id}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id],
    });
    expect((await providerTvet.get(`/persons/${person.id}`)).statusCode).toBe(200);
    const res = await providerTvet.patch(`/persons/${person.id}`, { version: 1, address: "Changed" });
    expect(res.statusCode).toBe(403);
    expect((await caseDhaka.get(`/persons/${person.id}`)).json().version).toBe(1);
  });
});

describe("consents", () => {
  let next = 20;
  const fresh = () => register(caseDhaka, distinctPerson(next++));

  it("lists the consents of a record, active and withdrawn", async () => {
    const person = await fresh();
    const given = (
      await caseDhaka.post(`/persons/${person.id}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.bank.id],
      })
    ).json();
    await caseDhaka.post(`/persons/${person.id}/consents/${given.id}/withdraw`, {});
    await caseDhaka.post(`/persons/${person.id}/consents`, { purpose: "research" });
    const res = await counsellorDhaka.get(`/persons/${person.id}/consents`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: "referral",
          active: false,
          recordedByUserId: world.users.caseDhaka.id,
        }),
        expect.objectContaining({ purpose: "research", active: true, organisationIds: [] }),
      ]),
    );
  });

  it("answers 400 naming organisationIds for a referral consent that names no organisation", async () => {
    const person = await fresh();
    const res = await caseDhaka.post(`/persons/${person.id}/consents`, { purpose: "referral" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("organisationIds");
    expect((await caseDhaka.get(`/persons/${person.id}/consents`)).json().total).toBe(0);
  });

  it("answers 400 naming organisationIds for an organisation that does not exist", async () => {
    const person = await fresh();
    const res = await caseDhaka.post(`/persons/${person.id}/consents`, {
      purpose: "data_sharing",
      organisationIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("organisationIds");
  });

  it("answers 409 to withdrawing a consent twice", async () => {
    const person = await fresh();
    const given = (await caseDhaka.post(`/persons/${person.id}/consents`, { purpose: "contact" })).json();
    expect((await caseDhaka.post(`/persons/${person.id}/consents/${given.id}/withdraw`, {})).statusCode).toBe(
      200,
    );
    const again = await caseDhaka.post(`/persons/${person.id}/consents/${given.id}/withdraw`, {});
    expect(again.statusCode).toBe(409);
  });

  it("hides consents from an organisation that cannot see the record (404)", async () => {
    const person = await fresh();
    const given = (await caseDhaka.post(`/persons/${person.id}/consents`, { purpose: "contact" })).json();
    expect((await caseErbil.get(`/persons/${person.id}/consents`)).statusCode).toBe(404);
    const record = await caseErbil.post(`/persons/${person.id}/consents`, {
      purpose: "data_sharing",
      organisationIds: [world.orgs.mrcErbil.id],
    });
    expect(record.statusCode).toBe(404);
    expect((await caseErbil.post(`/persons/${person.id}/consents/${given.id}/withdraw`, {})).statusCode).toBe(
      404,
    );
    expect((await caseDhaka.get(`/persons/${person.id}/consents`)).json().total).toBe(1);
  });

  it("refuses a provider who may read the record recording or withdrawing consent (403)", async () => {
    const person = await fresh();
    const given = (
      await caseDhaka.post(`/persons/${person.id}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      })
    ).json();
    const record = await providerTvet.post(`/persons/${person.id}/consents`, {
      purpose: "data_sharing",
      organisationIds: [world.orgs.bank.id],
    });
    expect(record.statusCode).toBe(403);
    const withdraw = await providerTvet.post(`/persons/${person.id}/consents/${given.id}/withdraw`, {});
    expect(withdraw.statusCode).toBe(403);
    const stored = (await caseDhaka.get(`/persons/${person.id}/consents`)).json();
    expect(stored.items).toEqual([expect.objectContaining({ id: given.id, active: true })]);
  });
});
