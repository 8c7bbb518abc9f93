import { eq } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Database } from "../src/db/client";
import { followUps, organisations, services, users } from "../src/db/schema";
import { hashPassword } from "../src/modules/auth/passwords";

export const password = "correct-horse-battery";

/**
 * A small world: two MRCs, a training institute, a bank, a ministry, an employer; a user of every role; the
 * institute's and the bank's services.
 */
export async function seedWorld(database: Database) {
  const db = database.db;
  const [ministry, mrcDhaka, mrcErbil, tvet, bank, employer] = await db
    .insert(organisations)
    .values([
      { name: "Ministry of Expatriates' Welfare", kind: "ministry", country: "BD" },
      { name: "MRC Dhaka", kind: "mrc", country: "BD", areasServed: ["BD30"] },
      { name: "MRC Erbil", kind: "mrc", country: "IQ", areasServed: ["IQG11"] },
      { name: "Dhaka Technical Training Centre", kind: "provider", country: "BD", areasServed: ["BD30"] },
      { name: "Probashi Kallyan Bank", kind: "provider", country: "BD", areasServed: ["BD"] },
      { name: "Dhaka Garments Ltd", kind: "employer", country: "BD", areasServed: ["BD30"] },
    ])
    .returning();
  const hash = await hashPassword(password);
  const people = [
    ["admin@test.homecoming", "Admin", ministry!, ["admin"]],
    ["case.dhaka@test.homecoming", "Farida Akter", mrcDhaka!, ["case_manager"]],
    ["counsellor.dhaka@test.homecoming", "Rafiq Islam", mrcDhaka!, ["counsellor"]],
    ["case.erbil@test.homecoming", "Shirin Kareem", mrcErbil!, ["case_manager"]],
    ["provider.tvet@test.homecoming", "Kamal Hossain", tvet!, ["provider"]],
    ["provider.bank@test.homecoming", "Nasrin Sultana", bank!, ["provider"]],
    ["analyst@test.homecoming", "Imran Ahmed", ministry!, ["analyst"]],
    ["employer@test.homecoming", "Salma Begum", employer!, ["employer"]],
  ] as const;
  const created = await db
    .insert(users)
    .values(
      people.map(([email, name, org, roles]) => ({
        email,
        name,
        organisationId: org.id,
        roles: [...roles],
        passwordHash: hash,
      })),
    )
    .returning();
  const [training, rpl, loan] = await db
    .insert(services)
    .values([
      {
        organisationId: tvet!.id,
        name: "Electrical installation course",
        description: "Six-month course in electrical installation and maintenance for returnees",
        category: "econ.vocational_training",
        serviceAreas: ["BD30"],
        languages: ["bn"],
        capacity: 40,
      },
      {
        organisationId: tvet!.id,
        name: "Recognition of prior learning: construction trades",
        description: "Trade testing and certification of skills learned abroad",
        category: "econ.skills_recognition",
        serviceAreas: ["BD3026"],
        languages: ["bn", "en"],
      },
      {
        organisationId: bank!.id,
        name: "Reintegration loan",
        description: "Low-interest loans for returnees starting a business",
        category: "econ.finance",
        serviceAreas: ["BD"],
        languages: ["bn"],
      },
    ])
    .returning();
  const user = (email: string) => created.find((u) => u.email === email)!;
  return {
    orgs: {
      ministry: ministry!,
      mrcDhaka: mrcDhaka!,
      mrcErbil: mrcErbil!,
      tvet: tvet!,
      bank: bank!,
      employer: employer!,
    },
    users: {
      admin: user("admin@test.homecoming"),
      caseDhaka: user("case.dhaka@test.homecoming"),
      counsellorDhaka: user("counsellor.dhaka@test.homecoming"),
      caseErbil: user("case.erbil@test.homecoming"),
      providerTvet: user("provider.tvet@test.homecoming"),
      providerBank: user("provider.bank@test.homecoming"),
      analyst: user("analyst@test.homecoming"),
      employer: user("employer@test.homecoming"),
    },
    services: { training: training!, rpl: rpl!, loan: loan! },
  };
}
export type World = Awaited<ReturnType<typeof seedWorld>>;

/** Time passes for one follow-up: its due date becomes today, so its window is open. */
export async function bringFollowUpDue(database: Database, followUpId: string) {
  const today = new Date().toISOString().slice(0, 10);
  await database.db.update(followUps).set({ dueDate: today }).where(eq(followUps.id, followUpId));
}

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown): Promise<LightMyRequestResponse>;
  /** Sends a file as the body, as it is, with its content type. */
  upload(url: string, file: string | Buffer, contentType: string): Promise<LightMyRequestResponse>;
}

/** Logs in over HTTP and returns a client that sends the session cookie. */
export async function loginAs(app: FastifyInstance, email: string): Promise<Client> {
  const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "hc_session")!;
  const headers = { cookie: `hc_session=${cookie.value}` };
  const send = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    upload: (url, file, contentType) =>
      app.inject({
        method: "POST",
        url: `/api/v1${url}`,
        headers: { ...headers, "content-type": contentType },
        payload: file,
      }),
    get: (url) => send("GET", url),
    post: (url, body) => send("POST", url, body ?? {}),
    put: (url, body) => send("PUT", url, body),
    patch: (url, body) => send("PATCH", url, body),
  };
}

/** A reply's JSON body when its status is the one expected (200 unless said), or an error that shows the reply. */
export async function ok<T = Record<string, unknown>>(
  reply: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status = 200,
): Promise<T> {
  const r = await reply;
  if (r.statusCode !== status) throw new Error(`expected ${status}, got ${r.statusCode}: ${r.body}`);
  return r.json() as T;
}

/** A valid registration payload; override what the test is about. */
export function personPayload(overrides: Record<string, unknown> = {}) {
  return {
    givenName: "Mohammad",
    familyName: "Rahman",
    nameNative: "মোহাম্মদ রহমান",
    birthDate: "1988-04-12",
    sex: "male",
    phone: "+8801711000001",
    nationalId: "1988123456789",
    adminAreaCode: "BD3026",
    languages: ["bn"],
    migrationEpisodes: [
      {
        destinationCountry: "SA",
        startDate: "2016-03-01",
        endDate: "2024-11-15",
        occupationIsco: "7411",
        returnType: "forced",
      },
    ],
    ...overrides,
  };
}

/** Registration payloads (personPayload's shape) as the rows of an import file in the template's columns. */
export function importCsv(people: Record<string, unknown>[]): string {
  const header = [
    "given_name",
    "family_name",
    "name_native",
    "birth_date",
    "birth_year",
    "sex",
    "phone",
    "national_id",
    "admin_area_code",
    "languages",
    "destination_country",
    "return_type",
    "occupation_isco",
  ];
  const quote = (v: unknown) => {
    const s = v === undefined || v === null ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = people.map((p) => {
    const episode = (p.migrationEpisodes as Record<string, unknown>[] | undefined)?.[0] ?? {};
    return [
      p.givenName,
      p.familyName,
      p.nameNative,
      p.birthDate,
      p.birthYear,
      p.sex,
      p.phone,
      p.nationalId,
      p.adminAreaCode,
      (p.languages as string[] | undefined)?.join(","),
      episode.destinationCountry,
      episode.returnType,
      episode.occupationIsco,
    ]
      .map(quote)
      .join(",");
  });
  return [header.join(","), ...lines].join("\n");
}
