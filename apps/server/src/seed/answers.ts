// Synthetic assessment answers, plans and referral texts that follow from a returnee's profile: a forced
// return weighs on distress, debts on the economic need, a confiscated passport on documentation.
import type {
  NeedsAnswers,
  NeedsScores,
  PlanInput,
  PsychosocialAnswers,
  ReferralReasonCode,
  SurveyAnswers,
  SurveyDefinition,
  VulnerabilityAnswers,
} from "@homecoming/domain";
import { countryName, type Dimension, iscoGroup, type ServiceCategoryCode } from "@homecoming/reference";
import type { GeneratedPerson, Rng } from "./generator";

const scale = (rng: Rng, weights: readonly [number, number, number, number]) =>
  rng.weighted([0, 1, 2, 3].map((v, i) => [v, weights[i]!] as const));

function lastEpisode(person: GeneratedPerson) {
  return person.input.migrationEpisodes.at(-1);
}

function hardReturn(person: GeneratedPerson) {
  const type = lastEpisode(person)?.returnType;
  return type === "forced" || type === "crisis";
}

/**
 * Sustainability survey answers that follow the needs assessment: a dimension in high need starts low, and
 * each follow-up (`step` 1, 2, 3 at 3, 6 and 12 months) lifts it a little, with noise, so that some returnees
 * improve and some slide back. A question that may not apply (no school-age children) sometimes does not.
 */
export function surveyAnswers(
  rng: Rng,
  definition: SurveyDefinition,
  needs: NeedsScores,
  step: number,
): SurveyAnswers {
  const answers: SurveyAnswers = {};
  for (const d of definition.dimensions) {
    const level = 1 - needs[d.dimension].score / 100 + step * 0.08 + (rng.next() - 0.5) * 0.3;
    for (const indicator of d.indicators) {
      if (rng.chance(0.03)) continue; // declined to answer
      const notApplicable = indicator.options.find((o) => o.score === null);
      if (notApplicable && rng.chance(0.25)) {
        answers[indicator.code] = notApplicable.value;
        continue;
      }
      const target = level + (rng.next() - 0.5) * 0.4;
      const scored = indicator.options.filter((o) => o.score !== null);
      const nearest = scored.reduce((best, o) =>
        Math.abs(o.score! - target) < Math.abs(best.score! - target) ? o : best,
      );
      answers[indicator.code] = nearest.value;
    }
  }
  return answers;
}

export function needsAnswers(rng: Rng, person: GeneratedPerson): NeedsAnswers {
  const p = person.input;
  const employmentStatus = rng.weighted<NeedsAnswers["economic"]["employmentStatus"]>([
    ["unemployed_seeking", 55],
    ["unemployed_not_seeking", 14],
    ["self_employed", 16],
    ["employed", 15],
  ]);
  const employed = employmentStatus === "employed" || employmentStatus === "self_employed";
  const hasDebt = (p.debts?.length ?? 0) > 0;
  const informal = p.debts?.some((d) => d.lender === "informal_lender" || d.lender === "recruitment_agency");
  const debtPressure = scale(rng, informal ? [0, 2, 4, 4] : [0, 4, 4, 2]);
  const skilled = p.skills?.some((s) => /^[78]/.test(s.iscoCode ?? "") && !s.certified) ?? false;
  const docsMissing = p.documents?.some((d) => d.status === "missing" || d.status === "confiscated") ?? false;
  const housing = p.housing?.status;
  const woman = p.sex === "female";
  const hard = hardReturn(person);
  return {
    economic: {
      employmentStatus,
      incomeSufficient: rng.chance(employed ? 0.55 : 0.12),
      hasDebt,
      debtPressure: hasDebt ? Math.max(1, debtPressure) : 0,
      wantsTraining: rng.chance(0.5),
      wantsJob: rng.chance(employmentStatus === "unemployed_seeking" ? 0.8 : 0.25),
      wantsBusiness: rng.chance(woman ? 0.35 : 0.3),
      skillsRecognitionNeeded: skilled && rng.chance(0.6),
    },
    social: {
      housingSecure:
        housing !== "temporary" &&
        housing !== "shelter" &&
        housing !== "homeless" &&
        p.housing?.adequate !== false,
      documentsMissing: docsMissing,
      healthNeed: scale(rng, [55, 25, 13, 7]),
      childrenOutOfSchool: (p.household?.childrenOfSchoolAge ?? 0) > 0 && rng.chance(0.18),
      legalIssue: rng.chance(hard ? 0.35 : 0.12),
      socialProtectionNeeded: rng.chance(0.25),
      familyAcceptance: scale(rng, woman ? [35, 30, 25, 10] : [55, 30, 12, 3]),
    },
    psychosocial: {
      distress: scale(rng, hard ? [20, 35, 30, 15] : [45, 35, 15, 5]),
      isolation: scale(rng, [45, 35, 15, 5]),
      stigma: scale(rng, woman || hard ? [30, 35, 25, 10] : [55, 30, 12, 3]),
      wantsSupport: rng.chance(0.35),
    },
  };
}

export function vulnerabilityAnswers(
  rng: Rng,
  person: GeneratedPerson,
  needs: NeedsAnswers,
): VulnerabilityAnswers {
  const p = person.input;
  const last = lastEpisode(person);
  const woman = p.sex === "female";
  const domestic = last?.occupationIsco === "9111" || last?.occupationIsco === "5322";
  const forced = last?.returnType === "forced";
  const informal = p.debts?.some((d) => d.lender === "informal_lender" || d.lender === "recruitment_agency");
  return {
    forcedReturn: forced,
    victimOfTrafficking: rng.chance(domestic ? 0.08 : 0.02),
    exploitationAbroad: rng.chance(domestic || forced ? 0.35 : 0.1),
    seriousHealthCondition: needs.social.healthNeed === 3 || rng.chance(0.02),
    disability: p.disability?.hasDisability ?? false,
    unaccompaniedOrSingleParent: rng.chance(woman ? 0.18 : 0.03),
    noIncomeNoSupport: !needs.economic.incomeSufficient && rng.chance(0.3),
    debtBondage: needs.economic.debtPressure === 3 && !!informal && rng.chance(0.35),
    threatsOrViolence: rng.chance(0.03),
    suicidalIdeation: needs.psychosocial.distress === 3 && rng.chance(0.15),
    pregnant: woman && rng.chance(0.04),
  };
}

export function psychosocialAnswers(rng: Rng, needs: NeedsAnswers): PsychosocialAnswers {
  const base = needs.psychosocial.distress;
  const item = () => Math.max(0, Math.min(4, base + rng.int(-1, 1) + (rng.chance(0.15) ? 1 : 0)));
  const notes = rng.pick([
    undefined,
    "Sleeps badly since coming back; worries about the debt.",
    "Feels ashamed to meet neighbours after the deportation.",
    "Family supportive; wants to find work quickly.",
    "Cried when talking about the employer abroad.",
    "Irritable at home, conflicts with the spouse over money.",
  ]);
  return {
    nervous: item(),
    hopeless: item(),
    restless: item(),
    depressed: item(),
    effort: item(),
    worthless: item(),
    ...(notes ? { notes } : {}),
  };
}

const trade = (isco: string | undefined) => (iscoGroup(isco ?? "")?.title ?? "their trade").toLowerCase();

/** Plan actions, one per category, in the wording a case manager would use. */
const actionTitles: Record<ServiceCategoryCode, (person: GeneratedPerson) => string> = {
  "econ.information": () => "Explain the reintegration services and benefits available",
  "econ.job_counselling": () => "Career counselling session",
  "econ.skills_assessment": () => "Skills assessment",
  "econ.skills_recognition": (p) =>
    `Trade test and certificate for skills learned in ${countryName(lastEpisode(p)?.destinationCountry ?? "") ?? "abroad"}`,
  "econ.vocational_training": () => "Enrol in a vocational course",
  "econ.job_matching": (p) => `Register with job placement (${trade(lastEpisode(p)?.occupationIsco)})`,
  "econ.entrepreneurship_training": () => "Attend business and financial literacy training",
  "econ.business_support": () => "Business plan with a mentor",
  "econ.finance": () => "Apply for a start-up loan or grant",
  "econ.cash_for_work": () => "Short-term paid work while looking for a job",
  "econ.investment_advice": () => "Advice on using savings and repaying debts",
  "soc.documentation": () => "Replace missing identity documents",
  "soc.health": () => "Medical check-up and treatment",
  "soc.housing": () => "Find safe accommodation",
  "soc.schooling": () => "Enrol the children in school",
  "soc.social_protection": () => "Apply for welfare benefits",
  "soc.legal_aid": () => "Legal advice on the claim against the employer or recruiter",
  "psy.screening": () => "Psychosocial screening",
  "psy.counselling": () => "Individual counselling sessions",
  "psy.mental_health": () => "Psychiatric assessment",
  "psy.peer_support": () => "Join a returnee peer group",
  "psy.family_support": () => "Family mediation session",
};

const goalTitles: Record<Dimension, (person: GeneratedPerson, needs: NeedsAnswers) => string> = {
  economic: (p, n) =>
    n.economic.wantsBusiness
      ? "Start a small business at home"
      : n.economic.wantsTraining
        ? "Gain a recognised qualification and a steady job"
        : `Find steady work as ${trade(lastEpisode(p)?.occupationIsco)}`,
  social: (p, n) =>
    n.social.documentsMissing
      ? "Get identity documents back and access public services"
      : !n.social.housingSecure
        ? "Secure housing for the family"
        : p.input.household?.childrenOfSchoolAge
          ? "Settle the family back at home and keep the children in school"
          : "Access health care and social protection",
  psychosocial: () => "Cope with the return and rebuild family and community ties",
};

export type ActionStatus = "planned" | "in_progress" | "done" | "cancelled";

/** The reintegration plan: a goal per dimension with needs, each with the actions its categories call for. */
export function planFor(
  rng: Rng,
  person: GeneratedPerson,
  needs: NeedsAnswers,
  categories: Record<Dimension, readonly ServiceCategoryCode[]>,
  options: { startedOn: Date; progress: number; owners: Map<ServiceCategoryCode, string> },
): PlanInput {
  const goals: PlanInput["goals"] = [];
  for (const dimension of ["economic", "social", "psychosocial"] as const) {
    const codes = categories[dimension].slice(0, 3);
    if (!codes.length) continue;
    goals.push({
      dimension,
      title: goalTitles[dimension](person, needs),
      actions: codes.map((code) => {
        const due = new Date(options.startedOn.getTime() + rng.int(3, 26) * 7 * 86_400_000);
        const roll = rng.next();
        const status: ActionStatus =
          roll < options.progress * 0.8
            ? "done"
            : roll < options.progress
              ? "in_progress"
              : roll > 0.97
                ? "cancelled"
                : "planned";
        const owner = options.owners.get(code);
        return {
          title: actionTitles[code](person),
          serviceCategory: code,
          dueDate: due.toISOString().slice(0, 10),
          status,
          ...(owner ? { ownerOrganisationId: owner } : {}),
        };
      }),
    });
  }
  return { goals };
}

export function referralReason(rng: Rng, person: GeneratedPerson, category: ServiceCategoryCode): string {
  const last = lastEpisode(person);
  const where = countryName(last?.destinationCountry ?? "") ?? "abroad";
  const years =
    last?.startDate && last.endDate
      ? Math.max(1, Math.round((Date.parse(last.endDate) - Date.parse(last.startDate)) / 3.156e10))
      : 2;
  const job = trade(last?.occupationIsco);
  const reasons: Partial<Record<ServiceCategoryCode, string[]>> = {
    "econ.vocational_training": [
      `Worked ${years} years in ${where} as ${job}; wants a certified trade to earn more at home.`,
      "Wants to learn a trade with local demand; has no certificate.",
    ],
    "econ.skills_recognition": [
      `${years} years' experience as ${job} in ${where} without any certificate; needs a trade test.`,
    ],
    "econ.finance": [
      "Has a business plan and needs start-up capital; owes money to a moneylender.",
      "Wants to buy equipment to work on his own account.",
      "Needs a loan to restock the shop started with savings from abroad.",
    ],
    "econ.job_matching": [`Looking for work as ${job}; available immediately.`],
    "soc.legal_aid": [
      `Unpaid wages for several months in ${where}; wants to claim them.`,
      "Paid the recruiting agent for a job that did not exist.",
    ],
    "soc.documentation": ["Passport kept by the employer abroad; needs a new one and an ID correction."],
    "psy.counselling": [
      "Distress since the return (K6 high); agreed to see a counsellor.",
      "Trouble sleeping and feels ashamed after the deportation.",
    ],
    "psy.mental_health": ["Severe distress at screening; needs a clinical assessment."],
    "soc.health": ["Back pain and an untreated injury from work abroad."],
    "soc.housing": ["No safe place to stay; family refuses to take her back."],
  };
  const options = reasons[category] ?? [`Needs support: ${actionTitles[category](person).toLowerCase()}.`];
  return rng.pick(options);
}

export const declineReasons: readonly (readonly [ReferralReasonCode, string, number])[] = [
  ["no_capacity", "Course full until the next intake in three months.", 35],
  ["not_eligible", "Does not meet the eligibility criteria (age or documents).", 30],
  ["could_not_contact", "Phone switched off; three attempts.", 20],
  ["referred_elsewhere", "Referred to a closer provider in the district.", 10],
  ["other", "Service suspended during the audit of the programme.", 5],
];

export const notCompletedReasons: readonly (readonly [ReferralReasonCode, string, number])[] = [
  ["no_longer_interested", "Found work and stopped attending.", 35],
  ["could_not_contact", "Stopped coming; not reachable by phone.", 30],
  ["other", "Left to work abroad again.", 20],
  ["not_eligible", "Could not provide the documents needed.", 15],
];

export function outcomeFor(rng: Rng, person: GeneratedPerson, category: ServiceCategoryCode): string {
  const currency = person.country === "BD" ? "BDT" : person.country === "PK" ? "PKR" : "USD";
  const amount =
    person.country === "BD"
      ? rng.int(5, 30) * 10_000
      : person.country === "PK"
        ? rng.int(10, 60) * 10_000
        : rng.int(10, 30) * 100;
  const outcomes: Partial<Record<ServiceCategoryCode, string[]>> = {
    "econ.vocational_training": [
      "Completed the course; certificate level 2.",
      "Completed the course and found work with a contractor.",
    ],
    "econ.skills_recognition": ["Passed the trade test; certificate issued.", "Certified at level 3."],
    "econ.finance": [
      `Loan of ${currency} ${amount.toLocaleString("en")} disbursed.`,
      `Grant of ${currency} ${amount.toLocaleString("en")} paid in kind.`,
    ],
    "econ.job_matching": ["Placed with a local employer.", "Hired after the job fair."],
    "soc.legal_aid": [
      "Claim filed; part of the unpaid wages recovered.",
      "Advice given; case filed with the arbitration cell.",
    ],
    "soc.documentation": ["New passport issued.", "National ID corrected and reissued."],
    "psy.counselling": ["Attended six sessions; distress reduced.", "Completed counselling; coping well."],
    "psy.mental_health": ["Diagnosed and on treatment; stable."],
    "soc.health": ["Treated; follow-up not needed."],
  };
  return rng.pick(outcomes[category] ?? ["Service delivered as planned."]);
}
