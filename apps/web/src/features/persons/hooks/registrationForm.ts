import type { DuplicateProbe, PersonInput } from "../api/persons";

export interface EpisodeForm {
  destinationCountry: string;
  startDate: string;
  endDate: string;
  occupationIsco: string;
  occupationTitle: string;
  sectorIsic: string;
  sectorTitle: string;
  legalStatus: string;
  returnType: string;
  employer: string;
  monthlyIncomeUsd: string;
}
export interface SkillForm {
  name: string;
  yearsExperience: string;
  certified: boolean;
  acquiredAbroad: boolean;
}
export interface DebtForm {
  amount: string;
  currency: string;
  lender: string;
}
export interface DocumentForm {
  type: string;
  status: string;
}

/** Everything typed into the registration form, as typed: it survives a refused save untouched. */
export interface RegistrationForm {
  quick: boolean;
  givenName: string;
  familyName: string;
  nameNative: string;
  birthDate: string;
  birthYear: string;
  sex: string;
  genderIdentity: string;
  nationalId: string;
  passportNumber: string;
  phone: string;
  adminAreaCode: string;
  adminAreaLabel: string;
  address: string;
  languages: string[];
  migrationEpisodes: EpisodeForm[];
  iscedLevel: string;
  fieldOfStudy: string;
  skills: SkillForm[];
  debts: DebtForm[];
  documents: DocumentForm[];
  housingStatus: string;
  housingAdequate: string;
  householdSize: string;
  dependants: string;
  childrenOfSchoolAge: string;
  headOfHousehold: boolean;
  /** "yes", "no", or "" when not asked */
  hasDisability: string;
  disabilityKinds: string[];
}

export const emptyEpisode = (): EpisodeForm => ({
  destinationCountry: "",
  startDate: "",
  endDate: "",
  occupationIsco: "",
  occupationTitle: "",
  sectorIsic: "",
  sectorTitle: "",
  legalStatus: "",
  returnType: "",
  employer: "",
  monthlyIncomeUsd: "",
});

export const initialForm: RegistrationForm = {
  quick: false,
  givenName: "",
  familyName: "",
  nameNative: "",
  birthDate: "",
  birthYear: "",
  sex: "",
  genderIdentity: "",
  nationalId: "",
  passportNumber: "",
  phone: "",
  adminAreaCode: "",
  adminAreaLabel: "",
  address: "",
  languages: [],
  migrationEpisodes: [emptyEpisode()],
  iscedLevel: "",
  fieldOfStudy: "",
  skills: [],
  debts: [],
  documents: [],
  housingStatus: "",
  housingAdequate: "",
  householdSize: "",
  dependants: "",
  childrenOfSchoolAge: "",
  headOfHousehold: false,
  hasDisability: "",
  disabilityKinds: [],
};

/** The steps of the full form, in order; the quick form has its one step and the check. */
export const fullSteps = [
  "identity",
  "contact",
  "migration",
  "education",
  "circumstances",
  "review",
] as const;
export const quickSteps = ["quick", "review"] as const;

const stepOfField: Record<string, (typeof fullSteps)[number]> = {
  givenName: "identity",
  familyName: "identity",
  nameNative: "identity",
  birthDate: "identity",
  birthYear: "identity",
  sex: "identity",
  genderIdentity: "identity",
  nationalId: "identity",
  passportNumber: "identity",
  phone: "contact",
  adminAreaCode: "contact",
  address: "contact",
  languages: "contact",
  migrationEpisodes: "migration",
  education: "education",
  skills: "education",
  debts: "circumstances",
  documents: "circumstances",
  housing: "circumstances",
  household: "circumstances",
  disability: "circumstances",
};

/** The step showing a server field path such as migrationEpisodes.0.occupationIsco; the check step otherwise. */
export function stepOf(field: string | undefined, quick: boolean): number {
  const steps: readonly string[] = quick ? quickSteps : fullSteps;
  if (!field) return steps.length - 1;
  if (quick) return 0;
  const step = stepOfField[field.split(".")[0] ?? ""];
  return step ? steps.indexOf(step) : steps.length - 1;
}

const text = (s: string) => (s.trim() === "" ? undefined : s.trim());
const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

function episodeOf(e: EpisodeForm, quick: boolean) {
  if (quick) return { destinationCountry: e.destinationCountry, returnType: e.returnType };
  return {
    destinationCountry: e.destinationCountry,
    returnType: e.returnType,
    startDate: text(e.startDate),
    endDate: text(e.endDate),
    occupationIsco: text(e.occupationIsco),
    sectorIsic: text(e.sectorIsic),
    legalStatus: text(e.legalStatus),
    employer: text(e.employer),
    monthlyIncomeUsd: num(e.monthlyIncomeUsd),
  };
}

/**
 * The POST /persons body; blank inputs are left out so that the server names what is really missing. The
 * choices go as the form holds them, and the server's 400 names a choice it does not know.
 */
export function toPersonInput(f: RegistrationForm): PersonInput {
  const episodes = (f.quick ? f.migrationEpisodes.slice(0, 1) : f.migrationEpisodes)
    .filter((e) => f.quick || e.destinationCountry || e.returnType || e.occupationIsco || e.sectorIsic)
    .map((e) => episodeOf(e, f.quick));
  const base = {
    givenName: f.givenName.trim(),
    familyName: text(f.familyName),
    birthDate: f.quick ? undefined : text(f.birthDate),
    birthYear: num(f.birthYear),
    sex: f.sex,
    phone: text(f.phone),
    adminAreaCode: f.adminAreaCode,
    migrationEpisodes: episodes as PersonInput["migrationEpisodes"],
  };
  if (f.quick) return base as PersonInput;
  return {
    ...base,
    nameNative: text(f.nameNative),
    genderIdentity: text(f.genderIdentity),
    nationalId: text(f.nationalId),
    passportNumber: text(f.passportNumber),
    address: text(f.address),
    languages: f.languages.length ? f.languages : undefined,
    education:
      f.iscedLevel === ""
        ? undefined
        : { iscedLevel: Number(f.iscedLevel), fieldOfStudy: text(f.fieldOfStudy) },
    skills: f.skills.length
      ? f.skills.map((s) => ({
          name: s.name.trim(),
          yearsExperience: num(s.yearsExperience),
          certified: s.certified,
          acquiredAbroad: s.acquiredAbroad,
        }))
      : undefined,
    debts: f.debts.length
      ? f.debts.map((d) => ({
          amount: Number(d.amount),
          currency: d.currency.trim().toUpperCase(),
          lender: d.lender,
        }))
      : undefined,
    documents: f.documents.length ? f.documents : undefined,
    housing: f.housingStatus
      ? {
          status: f.housingStatus,
          adequate: f.housingAdequate === "" ? undefined : f.housingAdequate === "yes",
        }
      : undefined,
    household:
      f.householdSize === ""
        ? undefined
        : {
            size: Number(f.householdSize),
            dependants: Number(f.dependants || 0),
            childrenOfSchoolAge: Number(f.childrenOfSchoolAge || 0),
            headOfHousehold: f.headOfHousehold,
          },
    disability:
      f.hasDisability === ""
        ? undefined
        : f.hasDisability === "yes"
          ? { hasDisability: true, kinds: f.disabilityKinds.length ? f.disabilityKinds : undefined }
          : { hasDisability: false },
  } as PersonInput;
}

/** The identity typed so far, with only the parts complete enough to compare; null until a name is there. */
export function duplicateProbe(f: RegistrationForm): DuplicateProbe | null {
  const givenName = f.givenName.trim();
  if (givenName.length < 2) return null;
  const phone = f.phone.trim();
  const year = Number(f.birthYear);
  const probe: DuplicateProbe = { givenName };
  if (f.familyName.trim()) probe.familyName = f.familyName.trim();
  if (!f.quick && f.nameNative.trim()) probe.nameNative = f.nameNative.trim();
  if (!f.quick && /^\d{4}-\d{2}-\d{2}$/.test(f.birthDate)) probe.birthDate = f.birthDate;
  else if (/^\d{4}$/.test(f.birthYear) && year >= 1900) probe.birthYear = year;
  if (f.sex === "female" || f.sex === "male" || f.sex === "other") probe.sex = f.sex;
  // compared as the home district, and the server reads a local number as one of the area's country
  if (f.adminAreaCode) probe.adminAreaCode = f.adminAreaCode;
  if (phone.replace(/\D/g, "").length >= 8 && /^\+?[\d\s\-./()]+$/.test(phone)) probe.phone = phone;
  if (!f.quick && f.address.trim()) probe.address = f.address.trim();
  if (!f.quick && /^[A-Za-z0-9-]{5,32}$/.test(f.nationalId.trim())) probe.nationalId = f.nationalId.trim();
  if (!f.quick && /^[A-Za-z0-9]{5,20}$/.test(f.passportNumber.trim()))
    probe.passportNumber = f.passportNumber.trim();
  return probe;
}

/** What each step of the form gets: the form, a way to change it, and the server's message for a field. */
export interface StepProps {
  form: RegistrationForm;
  set: (patch: Partial<RegistrationForm>) => void;
  err: (field: string) => string | undefined;
}
