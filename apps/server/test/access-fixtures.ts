import { noNeeds } from "@homecoming/domain";
import type { LightMyRequestResponse } from "fastify";
import type { Caller, Http, ProbeContext, RecordFacts } from "./access-matrix";
import { importCsv, password, personPayload, type World } from "./world";

/**
 * The records the access matrix calls on, built over HTTP: one set at MRC Dhaka (its returnee is referred to
 * the training institute and the bank and shares data with both), one at MRC Erbil (referred to an Iraqi
 * provider, with no link to any Bangladeshi organisation).
 */
export type SetName = "dhaka" | "erbil";

export interface SetFixtures {
  mrc: string;
  /** the case manager who works this set's records */
  worker: Caller;
  /** the providers the returnee is referred to, and shares data with */
  providers: string[];
  personId: string;
  nationalId: string;
  /** what a registration desk would type of that returnee */
  identity: { givenName: string; familyName: string; birthDate: string; nationalId: string };
  caseId: string;
  /** a returnee the MRC registered, with no case yet */
  unopenedPersonId: string;
  actionId: string;
  followUpId: string;
  /** a referral to this set's first provider, sent and accepted, and the service it is for */
  referralId: string;
  referralServiceId: string;
  /**
   * a programme run by this set's first provider (Dhaka) or by the MRC (Erbil), for returnees with a
   * disability, with an enrolment of the case
   */
  programmeId: string;
  programmeOwner: string;
  enrolmentId: string;
  /** another programme of the same owner, that the case has not applied for */
  openProgrammeId: string;
}

export interface Fixtures {
  dhaka: SetFixtures;
  erbil: SetFixtures;
  /** a service of every organisation a caller works for */
  serviceOf(organisationId: string): string;
  /** a user of this organisation */
  userOf(organisationId: string): string;
  /** the organisation whose records are "another organisation's" for a caller of this one */
  otherOrganisation(organisationId: string): string;
  personFacts(set: SetName): NonNullable<RecordFacts["person"]>;
  caseFacts(set: SetName): RecordFacts;
  /** a referral of the set's case, created and sent now */
  freshReferral(set: SetName): Promise<string>;
  /** a contact consent of the set's returnee, recorded now */
  freshConsent(set: SetName): Promise<string>;
  /**
   * A returnee registered now by the set's MRC and then again by the other set's MRC, which asked the holder
   * to share the record: the request, addressed to the set's MRC.
   */
  freshRecordRequest(set: SetName): Promise<string>;
  /** a returnee registered now by the set's MRC, with no case: a second record to judge or merge */
  freshRecord(set: SetName): Promise<string>;
  /** a merge, made now by the set's case worker, of a fresh record into another fresh one */
  freshMerge(set: SetName): Promise<string>;
  /** an import of two new returnees, uploaded now by the set's case worker and under review */
  freshImport(set: SetName): Promise<string>;
  /** a returnee who registered themself on the portal now, in the set's district: their record, to confirm */
  freshSelfRegistration(set: SetName): Promise<string>;
  /** a request to be called back, made now on the portal by a returnee registered with the set's MRC */
  freshCallBack(set: SetName): Promise<string>;
  /** an event of the set's MRC, to come, created now by its case worker */
  freshEvent(set: SetName): Promise<{ id: string; version: number }>;
  /** a peer group the set's MRC lists, created now */
  freshGroup(set: SetName): Promise<{ id: string; version: number }>;
  /** a question a returnee of the set's district asked now on the portal; published by the set's MRC if asked */
  freshQuestion(set: SetName, published: boolean): Promise<string>;
  /** an answer of the set's MRC to a question published now */
  freshAnswer(set: SetName): Promise<string>;
  /** a returnee who registered themself now in the set's district, whom its MRC trusts on the board: their record */
  freshTrusted(set: SetName): Promise<string>;
  /** a registration payload nobody else in the file resembles, for this set's country */
  newPerson(set: SetName): Record<string, unknown>;
  unique(prefix: string): string;
}

function ok(res: LightMyRequestResponse, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export const needsAssessment = {
  kind: "needs",
  answers: {
    economic: {
      employmentStatus: "unemployed_seeking",
      incomeSufficient: false,
      hasDebt: true,
      debtPressure: 3,
      wantsTraining: true,
      wantsJob: true,
      wantsBusiness: true,
      skillsRecognitionNeeded: true,
    },
    social: noNeeds.social,
    psychosocial: { distress: 2, isolation: 1, stigma: 1, wantsSupport: true },
  },
};

/** A screening with a restricted flag (a serious health condition) that calls for a health referral. */
export const vulnerabilityAssessment = {
  kind: "vulnerability",
  answers: { forcedReturn: true, seriousHealthCondition: true },
};

export const psychosocialAssessment = {
  kind: "psychosocial",
  answers: {
    nervous: 3,
    hopeless: 2,
    restless: 3,
    depressed: 2,
    effort: 3,
    worthless: 2,
    notes: "Sleeps badly since the return",
  },
};

export const planBody = (version: number) => ({
  version,
  goals: [
    {
      dimension: "economic",
      title: "Work as a certified electrician",
      actions: [{ title: "Trade test", serviceCategory: "econ.skills_recognition", dueDate: "2030-01-31" }],
    },
  ],
});

export const businessPlanBody = {
  activity: "Electrical repair shop",
  sectorIsic: "43",
  currency: "BDT",
  capitalNeeded: 100_000,
  ownContribution: 20_000,
  expectedMonthlyIncome: 18_000,
  market: "Households of the district",
  risks: "Seasonal demand",
};

/** With `records` false only the organisations' services are built: a module that serves no returnee's record needs no more. */
export async function buildFixtures(
  world: World,
  as: (caller: Caller) => Http,
  withCookie: (cookie: string) => Http,
  {
    records,
    signUp,
  }: {
    records: boolean;
    /** registers a returnee on the portal (number, district, client address): their record and portal session */
    signUp: (phone: string, adminAreaCode: string, ip: string) => Promise<{ personId: string; portal: Http }>;
  },
): Promise<Fixtures> {
  const admin = as("admin");
  let counter = 0;
  const unique = (prefix: string) => `${prefix} ${++counter}`;
  /** A returnee who registered themself on the portal now, in the set's district. */
  const selfRegistered = (set: SetName) => {
    const n = ++counter;
    const digits = String(n).padStart(4, "0");
    return signUp(
      set === "dhaka" ? `+880171777${digits}` : `+964750777${digits}`,
      set === "dhaka" ? "BD3026" : "IQG11Q02",
      `10.77.${n >> 8}.${n & 255}`,
    );
  };
  const newPerson = (set: SetName) => {
    const n = ++counter;
    const digits = String(n).padStart(4, "0");
    return personPayload({
      givenName: `Matrix${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}`,
      familyName: `${set === "dhaka" ? "Hossain" : "Kareem"}${n}`,
      nameNative: undefined,
      phone: set === "dhaka" ? `+880171555${digits}` : `+964750555${digits}`,
      nationalId: `MX-${set}-${digits}`,
      birthDate: `19${String(60 + (n % 40))}-03-0${1 + (n % 9)}`,
      adminAreaCode: set === "dhaka" ? "BD3026" : "IQG11Q02",
      languages: set === "dhaka" ? ["bn"] : ["ar"],
      // a restricted fact, readable with its value by the lead organisation's case workers only
      disability: { hasDisability: true, kinds: ["physical"] },
      migrationEpisodes: [
        {
          destinationCountry: set === "dhaka" ? "SA" : "TR",
          startDate: "2017-03-01",
          endDate: "2024-10-15",
          occupationIsco: "7411",
          returnType: "forced",
        },
      ],
    });
  };

  const erbilProvider = ok(
    await admin("POST", "/organisations", {
      name: "Erbil Vocational Centre",
      kind: "provider",
      country: "IQ",
      areasServed: ["IQG11"],
    }),
    "the Iraqi provider",
  ).id as string;

  const services = new Map<string, string>();
  const areaOf = (org: string) =>
    org === world.orgs.mrcErbil.id || org === erbilProvider ? "IQG11" : "BD30";
  for (const org of [...Object.values(world.orgs).map((o) => o.id), erbilProvider]) {
    const created = ok(
      await admin("POST", "/services", {
        organisationId: org,
        name: unique("Skills course"),
        category: "econ.vocational_training",
        serviceAreas: [areaOf(org)],
      }),
      "a service",
    );
    services.set(org, created.id);
  }

  /** The Iraqi provider's staff, who act on the referrals MRC Erbil sends it. */
  async function erbilProviderStaff() {
    const user = {
      organisationId: erbilProvider,
      email: "provider.erbil@test.homecoming",
      name: "Dilan Aziz",
      password,
      roles: ["provider"],
    };
    ok(await admin("POST", "/users", user), "the Iraqi provider's user");
    const login = await as("anonymous")("POST", "/auth/login", { email: user.email, password });
    return withCookie(`hc_session=${login.cookies.find((c) => c.name === "hc_session")!.value}`);
  }

  async function buildSet(set: SetName, providerErbil: Http): Promise<SetFixtures> {
    const dhaka = set === "dhaka";
    const worker: Caller = dhaka ? "caseDhaka" : "caseErbil";
    const http = as(worker);
    const mrc = dhaka ? world.orgs.mrcDhaka.id : world.orgs.mrcErbil.id;
    const providers = dhaka ? [world.orgs.tvet.id, world.orgs.bank.id] : [erbilProvider];
    const payload = newPerson(set);
    const personId = ok(await http("POST", "/persons", payload), "registration").id as string;
    const unopenedPersonId = ok(await http("POST", "/persons", newPerson(set)), "registration").id as string;
    const caseId = ok(await http("POST", "/cases", { personId }), "opening a case").id as string;
    ok(await http("POST", `/cases/${caseId}/assessments`, needsAssessment), "needs assessment");
    ok(await http("POST", `/cases/${caseId}/assessments`, psychosocialAssessment), "psychosocial assessment");
    ok(
      await http("POST", `/cases/${caseId}/assessments`, vulnerabilityAssessment),
      "vulnerability screening",
    );
    const version = ok(await http("GET", `/cases/${caseId}`), "reading the case").version as number;
    const plan = ok(await http("PUT", `/cases/${caseId}/plan`, planBody(version)), "the plan");
    const actionId = plan.goals[0].actions[0].id as string;
    const followUpId = ok(await http("GET", `/cases/${caseId}/follow-ups`), "follow-ups").items[0]
      .id as string;
    ok(
      await http("POST", `/persons/${personId}/consents`, {
        purpose: "data_sharing",
        organisationIds: providers,
      }),
      "consent",
    );
    const referralServiceId = dhaka ? world.services.training.id : services.get(erbilProvider)!;
    const referTo = async (serviceId: string) => {
      const draft = ok(
        await http("POST", "/referrals", { caseId, serviceId, reason: "Skills and income" }),
        "referral",
      );
      ok(await http("POST", `/referrals/${draft.id}/send`, {}), "sending the referral");
      return draft.id as string;
    };
    const referralId = await referTo(referralServiceId);
    // the receiver answers, so that the referring MRC has news of it
    ok(
      await (dhaka ? as("providerTvet") : providerErbil)("POST", `/referrals/${referralId}/accept`, {}),
      "accepting",
    );
    if (dhaka) await referTo(world.services.loan.id);
    const programmeOwner = dhaka ? world.orgs.tvet.id : mrc;
    const programme = async (rule?: unknown) =>
      ok(
        await admin("POST", "/programmes", {
          name: unique(`${dhaka ? "Dhaka" : "Erbil"} electrical course`),
          kind: "training",
          category: "econ.vocational_training",
          ownerOrganisationId: programmeOwner,
          ...(rule ? { eligibilityRule: rule } : {}),
        }),
        "a programme",
      ).id as string;
    // its rule reads a restricted fact, so its verdicts carry a restricted condition
    const programmeId = await programme({ "==": [{ var: "disability" }, true] });
    const openProgrammeId = await programme();
    const enrolmentId = ok(await http("POST", `/cases/${caseId}/enrolments`, { programmeId }), "an enrolment")
      .id as string;
    ok(await http("PUT", `/cases/${caseId}/business-plan`, businessPlanBody), "the business plan");
    return {
      mrc,
      worker,
      providers,
      personId,
      nationalId: payload.nationalId as string,
      identity: {
        givenName: payload.givenName as string,
        familyName: payload.familyName as string,
        birthDate: payload.birthDate as string,
        nationalId: payload.nationalId as string,
      },
      caseId,
      unopenedPersonId,
      actionId,
      followUpId,
      referralId,
      referralServiceId,
      programmeId,
      programmeOwner,
      enrolmentId,
      openProgrammeId,
    };
  }

  /** A question asked now on the portal by a returnee of the set's district; published by its MRC if asked. */
  const question = async (set: SetName, published: boolean) => {
    const { portal } = await selfRegistered(set);
    const asked = ok(
      await portal("POST", "/portal/me/questions", {
        topic: "job",
        language: set === "dhaka" ? "bn" : "ar",
        title: unique("Where can I learn a trade"),
        body: "I came back and want to learn a trade that pays. Where do I start?",
      }),
      "a question",
    ).id as string;
    if (published)
      ok(await as(sets[set].worker)("POST", `/community/questions/${asked}/publish`, {}), "publishing it");
    return asked;
  };

  let built: Record<SetName, SetFixtures> | undefined;
  if (records) {
    const providerErbil = await erbilProviderStaff();
    built = { dhaka: await buildSet("dhaka", providerErbil), erbil: await buildSet("erbil", providerErbil) };
  }
  const sets = {
    get dhaka() {
      if (!built) throw new Error("this matrix was built without returnees' records");
      return built.dhaka;
    },
    get erbil() {
      if (!built) throw new Error("this matrix was built without returnees' records");
      return built.erbil;
    },
  };
  const personFacts = (set: SetName) => ({
    registeredBy: sets[set].mrc,
    leads: [sets[set].mrc],
    openReferralTo: sets[set].providers,
    consentTo: sets[set].providers,
  });
  const users = Object.values(world.users);
  return {
    get dhaka() {
      return sets.dhaka;
    },
    get erbil() {
      return sets.erbil;
    },
    serviceOf: (org) => services.get(org)!,
    userOf: (org) => users.find((u) => u.organisationId === org)!.id,
    otherOrganisation: (org) =>
      org === world.orgs.mrcErbil.id ? world.orgs.mrcDhaka.id : world.orgs.mrcErbil.id,
    personFacts,
    caseFacts: (set) => ({ person: personFacts(set), caseLead: sets[set].mrc }),
    freshReferral: async (set) => {
      const { worker, caseId, referralServiceId } = sets[set];
      const draft = ok(
        await as(worker)("POST", "/referrals", {
          caseId,
          serviceId: referralServiceId,
          reason: "Another try",
        }),
        "referral",
      );
      ok(await as(worker)("POST", `/referrals/${draft.id}/send`, {}), "sending the referral");
      return draft.id as string;
    },
    freshRecordRequest: async (set) => {
      const payload = newPerson(set);
      ok(await as(sets[set].worker)("POST", "/persons", payload), "the held returnee");
      const other: SetName = set === "dhaka" ? "erbil" : "dhaka";
      const asking = as(sets[other].worker);
      const asker = ok(await asking("POST", "/persons", payload), "the returnee registered again")
        .id as string;
      const asked = ok(await asking("POST", `/persons/${asker}/record-requests`, {}), "the record request");
      return asked.items[0].id as string;
    },
    freshSelfRegistration: async (set) => (await selfRegistered(set)).personId,
    freshCallBack: async (set) => {
      const { portal } = await selfRegistered(set);
      return ok(await portal("POST", "/portal/me/call-back", { preferredTime: "morning" }), "a call back")
        .id as string;
    },
    freshRecord: async (set) =>
      ok(await as(sets[set].worker)("POST", "/persons", newPerson(set)), "a fresh record").id as string,
    freshMerge: async (set) => {
      const worker = as(sets[set].worker);
      const survivor = ok(await worker("POST", "/persons", newPerson(set)), "the survivor").id as string;
      const merged = ok(await worker("POST", "/persons", newPerson(set)), "the merged record").id as string;
      return ok(await worker("POST", `/persons/${survivor}/merge`, { fromPersonId: merged }), "the merge")
        .id as string;
    },
    freshImport: async (set) => {
      const csv = importCsv([newPerson(set), newPerson(set)]);
      const url = `/imports?fileName=matrix.csv&format=csv`;
      return ok(await as(sets[set].worker)("POST", url, csv, "text/csv"), "the import").id as string;
    },
    freshConsent: async (set) => {
      const { worker, personId, mrc } = sets[set];
      return ok(
        await as(worker)("POST", `/persons/${personId}/consents`, {
          purpose: "contact",
          organisationIds: [mrc],
        }),
        "consent",
      ).id as string;
    },
    freshEvent: async (set) =>
      ok(
        await as(sets[set].worker)("POST", "/community/events", {
          kind: "information_session",
          title: unique("Information session"),
          description: "What the centre offers returnees, and how to ask for it.",
          adminAreaCode: set === "dhaka" ? "BD3026" : "IQG11Q02",
          venue: "The centre's hall",
          startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          capacity: 500,
        }),
        "an event",
      ),
    freshGroup: async (set) =>
      ok(
        await as(sets[set].worker)("POST", "/community/groups", {
          kind: "peer_support",
          name: unique("Returnees' circle"),
          description: "Returnees meet to share what helped them.",
        }),
        "a group",
      ),
    freshQuestion: (set, published) => question(set, published),
    freshAnswer: async (set) =>
      ok(
        await as(sets[set].worker)("POST", `/community/questions/${await question(set, true)}/answers`, {
          body: "The centre can help you with this: call us.",
        }),
        "an answer",
      ).id as string,
    freshTrusted: async (set) => {
      const { personId } = await selfRegistered(set);
      ok(await as(sets[set].worker)("POST", `/community/trusted-returnees/${personId}`, {}), "trusting them");
      return personId;
    },
    newPerson,
    unique,
  };
}

/**
 * The lead organisation's case workers: they alone read restricted health and psychosocial answers and the
 * values derived from them, administrators included.
 */
export const readsRestricted = (c: ProbeContext) =>
  (c.set === "dhaka" ? ["caseDhaka", "counsellorDhaka"] : ["caseErbil"]).includes(c.caller);

/** What is wrong with how an answer shows the returnee's disability (a restricted fact), if anything. */
export const disabilityShown = (c: ProbeContext, value: unknown, what: string) => {
  if (readsRestricted(c) && value === "restricted")
    return `${what} withholds a restricted value from the lead`;
  if (!readsRestricted(c) && value !== "restricted")
    return `${what} shows a restricted value outside the lead`;
  return undefined;
};
