export const dimensions = ["economic", "social", "psychosocial"] as const;
export type Dimension = (typeof dimensions)[number];

/** Codes shared by services, programmes, needs and indicators (DESIGN.md, "service taxonomy"). */
export const serviceCategoryCodes = [
  "econ.information",
  "econ.job_counselling",
  "econ.skills_assessment",
  "econ.skills_recognition",
  "econ.vocational_training",
  "econ.job_matching",
  "econ.entrepreneurship_training",
  "econ.business_support",
  "econ.finance",
  "econ.cash_for_work",
  "econ.investment_advice",
  "soc.documentation",
  "soc.health",
  "soc.housing",
  "soc.schooling",
  "soc.social_protection",
  "soc.legal_aid",
  "psy.screening",
  "psy.counselling",
  "psy.mental_health",
  "psy.peer_support",
  "psy.family_support",
] as const;

export type ServiceCategoryCode = (typeof serviceCategoryCodes)[number];

export type ServiceCategory = {
  code: ServiceCategoryCode;
  dimension: Dimension;
  label: string;
  description: string;
};

// A Record keyed by the code type makes the compiler reject a code without a label or a label without a code.
const details: Record<ServiceCategoryCode, Omit<ServiceCategory, "code">> = {
  "econ.information": {
    dimension: "economic",
    label: "Information",
    description: "Information on reintegration services, rights and opportunities available to returnees.",
  },
  "econ.job_counselling": {
    dimension: "economic",
    label: "Job counselling",
    description: "Career guidance and employment counselling.",
  },
  "econ.skills_assessment": {
    dimension: "economic",
    label: "Skills assessment",
    description: "Profiling of the skills and work experience gained at home and abroad.",
  },
  "econ.skills_recognition": {
    dimension: "economic",
    label: "Skills recognition",
    description: "Recognition of prior learning, trade testing and certification of skills gained abroad.",
  },
  "econ.vocational_training": {
    dimension: "economic",
    label: "Vocational training",
    description: "Technical and vocational training, upskilling and reskilling.",
  },
  "econ.job_matching": {
    dimension: "economic",
    label: "Job matching",
    description: "Matching with vacancies, job placement and job fairs.",
  },
  "econ.entrepreneurship_training": {
    dimension: "economic",
    label: "Entrepreneurship training",
    description: "Entrepreneurship and business management training, including financial literacy.",
  },
  "econ.business_support": {
    dimension: "economic",
    label: "Business support",
    description: "Business advice, mentoring and incubation.",
  },
  "econ.finance": {
    dimension: "economic",
    label: "Finance",
    description: "Access to loans, grants and seed capital.",
  },
  "econ.cash_for_work": {
    dimension: "economic",
    label: "Cash for work",
    description: "Short-term paid work in community or public works.",
  },
  "econ.investment_advice": {
    dimension: "economic",
    label: "Investment advice",
    description: "Advice on investing savings and remittances productively.",
  },
  "soc.documentation": {
    dimension: "social",
    label: "Documentation",
    description: "Obtaining or replacing identity and civil documents.",
  },
  "soc.health": {
    dimension: "social",
    label: "Health",
    description: "Access to health care.",
  },
  "soc.housing": {
    dimension: "social",
    label: "Housing",
    description: "Access to shelter and housing.",
  },
  "soc.schooling": {
    dimension: "social",
    label: "Schooling",
    description: "Enrolling returnees' children in school.",
  },
  "soc.social_protection": {
    dimension: "social",
    label: "Social protection",
    description: "Access to welfare schemes and portability of social security benefits.",
  },
  "soc.legal_aid": {
    dimension: "social",
    label: "Legal aid",
    description: "Legal advice and access to justice, including claims against employers and recruiters.",
  },
  "psy.screening": {
    dimension: "psychosocial",
    label: "Psychosocial screening",
    description: "Screening for psychosocial needs and referral to suitable support.",
  },
  "psy.counselling": {
    dimension: "psychosocial",
    label: "Counselling",
    description: "Individual psychosocial counselling.",
  },
  "psy.mental_health": {
    dimension: "psychosocial",
    label: "Mental health care",
    description: "Clinical mental health care.",
  },
  "psy.peer_support": {
    dimension: "psychosocial",
    label: "Peer support",
    description: "Peer groups and migration forums of returnees.",
  },
  "psy.family_support": {
    dimension: "psychosocial",
    label: "Family support",
    description: "Family and community mediation.",
  },
};

export const serviceCategories: readonly ServiceCategory[] = serviceCategoryCodes.map((code) => ({
  code,
  ...details[code],
}));

const codes: ReadonlySet<string> = new Set(serviceCategoryCodes);

export function isServiceCategory(code: string): code is ServiceCategoryCode {
  return codes.has(code);
}

export function serviceCategory(code: string): ServiceCategory | undefined {
  return serviceCategories.find((category) => category.code === code);
}

export function categoriesOf(dimension: Dimension): ServiceCategory[] {
  return serviceCategories.filter((category) => category.dimension === dimension);
}
