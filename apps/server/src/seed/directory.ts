// The demo's organisations, staff accounts and service directory. All names are invented; the places,
// p-codes, languages and kinds of service are those of real reintegration programmes in the three countries.
import type { ServiceTranslations } from "@homecoming/domain";
import { adminArea, type ServiceCategoryCode } from "@homecoming/reference";
import type { Role } from "../http/context";

export type OrgKey =
  | "ministryBD"
  | "mrcDhaka"
  | "mrcComilla"
  | "shapla"
  | "nyay"
  | "tvet"
  | "bank"
  | "hospitalBD"
  | "ashroy"
  | "welfareBoard"
  | "employer"
  | "ministryPK"
  | "mrcLahore"
  | "mrcIslamabad"
  | "tvetPK"
  | "roshan"
  | "insaf"
  | "hospitalPK"
  | "sukoon"
  | "ministryIQ"
  | "mrcErbil"
  | "mrcBaghdad"
  | "hawkari"
  | "tvetIQ"
  | "fundIQ"
  | "dijla"
  | "hospitalIQ"
  | "partnerRiyadh"
  | "partnerMunich";

export interface OrgSpec {
  name: string;
  kind: "ministry" | "mrc" | "ngo" | "provider" | "employer" | "partner_abroad";
  country: string;
  areasServed: string[];
}

/** Governorates of federal Iraq (outside the Kurdistan Region), served by MRC Baghdad. */
const federalIraq = [
  "IQG01",
  "IQG02",
  "IQG03",
  "IQG04",
  "IQG05",
  "IQG07",
  "IQG08",
  "IQG10",
  "IQG12",
  "IQG13",
  "IQG14",
  "IQG15",
  "IQG16",
  "IQG17",
  "IQG18",
];
export const kurdistanRegion = ["IQG11", "IQG06", "IQG09"];

export const organisationSpecs: Record<OrgKey, OrgSpec> = {
  ministryBD: {
    name: "Ministry of Expatriates' Welfare and Overseas Employment",
    kind: "ministry",
    country: "BD",
    areasServed: [],
  },
  mrcDhaka: { name: "MRC Dhaka", kind: "mrc", country: "BD", areasServed: ["BD30", "BD45", "BD50", "BD55"] },
  mrcComilla: {
    name: "MRC Comilla",
    kind: "mrc",
    country: "BD",
    areasServed: ["BD20", "BD60", "BD10", "BD40"],
  },
  shapla: { name: "Shapla Safe Migration Programme", kind: "ngo", country: "BD", areasServed: [] },
  nyay: { name: "Nyay Legal Aid Trust", kind: "ngo", country: "BD", areasServed: [] },
  tvet: {
    name: "Dhaka Technical Training Institute",
    kind: "provider",
    country: "BD",
    areasServed: ["BD30"],
  },
  bank: { name: "Probashi Reintegration Bank", kind: "provider", country: "BD", areasServed: [] },
  hospitalBD: {
    name: "Nirmal Community Hospital, Dhaka",
    kind: "provider",
    country: "BD",
    areasServed: ["BD30"],
  },
  ashroy: { name: "Ashroy Women's Shelter", kind: "ngo", country: "BD", areasServed: [] },
  welfareBoard: {
    name: "Expatriate Workers' Welfare Board",
    kind: "provider",
    country: "BD",
    areasServed: [],
  },
  employer: { name: "Meghna Steel Fabrication Ltd.", kind: "employer", country: "BD", areasServed: ["BD30"] },
  ministryPK: {
    name: "Ministry of Overseas Pakistanis and Human Resource Development",
    kind: "ministry",
    country: "PK",
    areasServed: [],
  },
  mrcLahore: { name: "MRC Lahore", kind: "mrc", country: "PK", areasServed: ["PK6", "PK7", "PK2"] },
  mrcIslamabad: {
    name: "MRC Islamabad",
    kind: "mrc",
    country: "PK",
    areasServed: ["PK4", "PK5", "PK1", "PK3"],
  },
  tvetPK: {
    name: "Punjab Institute of Skills and Trades",
    kind: "provider",
    country: "PK",
    areasServed: ["PK6"],
  },
  roshan: { name: "Roshan Microfinance Bank", kind: "provider", country: "PK", areasServed: [] },
  insaf: { name: "Insaf Legal Aid Society", kind: "ngo", country: "PK", areasServed: [] },
  hospitalPK: {
    name: "Ravi Community Hospital, Lahore",
    kind: "provider",
    country: "PK",
    areasServed: ["PK6"],
  },
  sukoon: {
    name: "Sukoon Psychosocial Centre, Peshawar",
    kind: "ngo",
    country: "PK",
    areasServed: ["PK5", "PK4"],
  },
  ministryIQ: {
    name: "Ministry of Labour and Social Affairs, Iraq",
    kind: "ministry",
    country: "IQ",
    areasServed: [],
  },
  mrcErbil: { name: "MRC Erbil", kind: "mrc", country: "IQ", areasServed: kurdistanRegion },
  mrcBaghdad: { name: "MRC Baghdad", kind: "mrc", country: "IQ", areasServed: federalIraq },
  hawkari: {
    name: "Hawkari Psychosocial Centre, Erbil",
    kind: "ngo",
    country: "IQ",
    areasServed: kurdistanRegion,
  },
  tvetIQ: {
    name: "Erbil Vocational Training Centre",
    kind: "provider",
    country: "IQ",
    areasServed: ["IQG11"],
  },
  fundIQ: {
    name: "Kurdistan Small Business Fund",
    kind: "provider",
    country: "IQ",
    areasServed: kurdistanRegion,
  },
  dijla: { name: "Dijla Legal Aid Network", kind: "ngo", country: "IQ", areasServed: [] },
  hospitalIQ: {
    name: "Al-Salam Community Hospital, Baghdad",
    kind: "provider",
    country: "IQ",
    areasServed: ["IQG08"],
  },
  partnerRiyadh: {
    name: "Migrant Welfare Desk, Riyadh",
    kind: "partner_abroad",
    country: "SA",
    areasServed: [],
  },
  partnerMunich: {
    name: "Return Counselling Service, Munich",
    kind: "partner_abroad",
    country: "DE",
    areasServed: [],
  },
};

/**
 * The MRC that takes a returnee's case: by the region of their home district, except that returnees
 * registered at the Dhaka airport desk stay with MRC Dhaka.
 */
export function mrcFor(country: string, adminAreaCode: string, atAirport = false): OrgKey {
  const province = adminArea(adminAreaCode)?.parent ?? "";
  if (country === "BD")
    return atAirport || ["BD30", "BD45", "BD50", "BD55"].includes(province) ? "mrcDhaka" : "mrcComilla";
  if (country === "PK")
    return ["PK4", "PK5", "PK1", "PK3"].includes(province) || adminAreaCode === "PK630"
      ? "mrcIslamabad"
      : "mrcLahore";
  return kurdistanRegion.includes(province) ? "mrcErbil" : "mrcBaghdad";
}

/** A service reaches a place when one of its areas is the place, its province or its whole country. */
export function servesArea(serviceAreas: readonly string[], country: string, adminAreaCode: string): boolean {
  const province = adminArea(adminAreaCode)?.parent;
  return serviceAreas.some((a) => a === adminAreaCode || a === province || a === country);
}

export interface AccountSpec {
  email: string;
  name: string;
  org: OrgKey;
  roles: Role[];
  /** How the account is described to people trying the demo. */
  role: string;
}

const account = (local: string, name: string, org: OrgKey, roles: Role[], role: string): AccountSpec => ({
  email: `${local}@demo.homecoming`,
  name,
  org,
  roles,
  role,
});

/** The accounts of DESIGN.md "Demo accounts" first, in its order; then the other MRCs and providers. */
export const accountSpecs: AccountSpec[] = [
  account("admin", "Tahmina Haque", "ministryBD", ["admin"], "administrator"),
  account("case.dhaka", "Farida Akter", "mrcDhaka", ["case_manager"], "case manager, MRC Dhaka"),
  account("counsellor.dhaka", "Rafiqul Islam", "mrcDhaka", ["counsellor"], "counsellor, MRC Dhaka"),
  account("case.erbil", "Shirin Kareem", "mrcErbil", ["case_manager"], "case manager, MRC Erbil"),
  account(
    "provider.tvet",
    "Kamal Hossain",
    "tvet",
    ["provider"],
    "provider: a training institute in Dhaka (skills training, RPL)",
  ),
  account(
    "provider.bank",
    "Nasrin Sultana",
    "bank",
    ["provider"],
    "provider: a bank offering reintegration loans in Bangladesh",
  ),
  account("analyst", "Imran Ahmed", "ministryBD", ["analyst"], "M&E analyst"),
  account("employer", "Anisur Rahman", "employer", ["employer"], "employer in Bangladesh"),
  account("case.comilla", "Mahmuda Chowdhury", "mrcComilla", ["case_manager"], "case manager, MRC Comilla"),
  account("case.lahore", "Saima Butt", "mrcLahore", ["case_manager"], "case manager, MRC Lahore"),
  account("case.islamabad", "Waqas Khattak", "mrcIslamabad", ["case_manager"], "case manager, MRC Islamabad"),
  account("counsellor.erbil", "Hemin Aziz", "mrcErbil", ["counsellor"], "counsellor, MRC Erbil"),
  account("case.baghdad", "Zainab Al-Rubaie", "mrcBaghdad", ["case_manager"], "case manager, MRC Baghdad"),
  account(
    "counsellor.riyadh",
    "Abdul Mannan",
    "partnerRiyadh",
    ["counsellor"],
    "return counsellor abroad (Riyadh)",
  ),
  account(
    "counsellor.munich",
    "Lena Hoffmann",
    "partnerMunich",
    ["counsellor"],
    "return counsellor abroad (Munich)",
  ),
  account(
    "provider.shapla",
    "Sharmin Nahar",
    "shapla",
    ["provider"],
    "provider: safe migration NGO, Bangladesh",
  ),
  account("provider.nyay", "Adv. Selina Parvin", "nyay", ["provider"], "provider: legal aid, Bangladesh"),
  account(
    "provider.hospital.dhaka",
    "Dr. Anik Saha",
    "hospitalBD",
    ["provider"],
    "provider: hospital, Dhaka",
  ),
  account("provider.ashroy", "Rokeya Begum", "ashroy", ["provider"], "provider: women's shelter, Bangladesh"),
  account(
    "provider.welfare",
    "Mostafizur Rahman",
    "welfareBoard",
    ["provider"],
    "provider: welfare board, Bangladesh",
  ),
  account(
    "provider.ministry.pk",
    "Naveed Qureshi",
    "ministryPK",
    ["provider"],
    "provider: ministry services, Pakistan",
  ),
  account("provider.tvet.pk", "Asif Cheema", "tvetPK", ["provider"], "provider: training institute, Punjab"),
  account("provider.roshan", "Sadia Malik", "roshan", ["provider"], "provider: microfinance bank, Pakistan"),
  account("provider.insaf", "Tariq Awan", "insaf", ["provider"], "provider: legal aid, Pakistan"),
  account(
    "provider.hospital.lahore",
    "Dr. Rubina Iqbal",
    "hospitalPK",
    ["provider"],
    "provider: hospital, Lahore",
  ),
  account(
    "provider.sukoon",
    "Gul Zaman Yousafzai",
    "sukoon",
    ["provider"],
    "provider: psychosocial NGO, Peshawar",
  ),
  account(
    "provider.ministry.iq",
    "Ammar Al-Janabi",
    "ministryIQ",
    ["provider"],
    "provider: employment and social services, Iraq",
  ),
  account("provider.hawkari", "Avin Rasul", "hawkari", ["provider"], "provider: psychosocial NGO, Erbil"),
  account(
    "provider.tvet.erbil",
    "Karwan Salih",
    "tvetIQ",
    ["provider"],
    "provider: vocational centre, Erbil",
  ),
  account(
    "provider.fund",
    "Dara Hawrami",
    "fundIQ",
    ["provider"],
    "provider: small business fund, Kurdistan Region",
  ),
  account(
    "provider.dijla",
    "Huda Al-Saadi",
    "dijla",
    ["provider"],
    "provider: legal aid and documentation, Iraq",
  ),
  account(
    "provider.hospital.baghdad",
    "Dr. Haider Al-Musawi",
    "hospitalIQ",
    ["provider"],
    "provider: hospital, Baghdad",
  ),
];

export interface ServiceSpec {
  org: OrgKey;
  name: string;
  description: string;
  category: ServiceCategoryCode;
  location: { name: string; address: string; adminAreaCode: string; openingHours: string };
  serviceAreas: string[];
  languages: string[];
  eligibility: string;
  capacity: number | null;
  cost: string;
  contact: { phone: string; email: string; website?: string; person?: string };
  /** The service's words in the languages of its returnees (openingHours: of its location). */
  translations?: ServiceTranslations;
}

// Locations: one office per organisation, reused by its services.
const offices = {
  dhakaTvet: {
    name: "Mirpur campus",
    address: "Section 2, Mirpur, Dhaka 1216",
    adminAreaCode: "BD3026",
    openingHours: "Sun-Thu 09:00-17:00",
  },
  dhakaBank: {
    name: "Head office",
    address: "Eskaton Garden Road, Dhaka 1000",
    adminAreaCode: "BD3026",
    openingHours: "Sun-Thu 10:00-16:00",
  },
  comillaBank: {
    name: "Comilla branch",
    address: "Kandirpar, Comilla 3500",
    adminAreaCode: "BD2019",
    openingHours: "Sun-Thu 10:00-16:00",
  },
  shaplaComilla: {
    name: "Comilla field office",
    address: "Ranir Bazar, Comilla 3500",
    adminAreaCode: "BD2019",
    openingHours: "Sat-Thu 09:00-17:00",
  },
  shaplaDhaka: {
    name: "Returnee desk, arrivals hall",
    address: "Hazrat Shahjalal International Airport, Dhaka",
    adminAreaCode: "BD3026",
    openingHours: "Every day, 24 hours",
  },
  nyay: {
    name: "Legal clinic",
    address: "Kakrail, Dhaka 1000",
    adminAreaCode: "BD3026",
    openingHours: "Sun-Thu 09:30-17:00",
  },
  hospitalBD: {
    name: "Outpatient department",
    address: "Mohammadpur, Dhaka 1207",
    adminAreaCode: "BD3026",
    openingHours: "Sat-Thu 08:00-20:00",
  },
  ashroy: {
    name: "Shelter (address given on referral)",
    address: "Dhaka",
    adminAreaCode: "BD3026",
    openingHours: "24 hours",
  },
  welfare: {
    name: "Probashi Kallyan Bhaban",
    address: "Eskaton Garden Road, Dhaka 1000",
    adminAreaCode: "BD3026",
    openingHours: "Sun-Thu 09:00-17:00",
  },
  mrcDhaka: {
    name: "MRC Dhaka",
    address: "Kakrail, Dhaka 1000",
    adminAreaCode: "BD3026",
    openingHours: "Sun-Thu 09:00-17:00",
  },
  mrcComilla: {
    name: "MRC Comilla",
    address: "Shashongacha, Comilla 3500",
    adminAreaCode: "BD2019",
    openingHours: "Sun-Thu 09:00-17:00",
  },
  mrcLahore: {
    name: "MRC Lahore",
    address: "Shadman, Lahore",
    adminAreaCode: "PK617",
    openingHours: "Mon-Fri 09:00-16:00",
  },
  mrcIslamabad: {
    name: "MRC Islamabad",
    address: "G-9 Markaz, Islamabad",
    adminAreaCode: "PK401",
    openingHours: "Mon-Fri 09:00-16:00",
  },
  tvetPK: {
    name: "Gujranwala campus",
    address: "G.T. Road, Gujranwala",
    adminAreaCode: "PK609",
    openingHours: "Mon-Sat 08:30-15:30",
  },
  roshan: {
    name: "Sialkot branch",
    address: "Paris Road, Sialkot",
    adminAreaCode: "PK634",
    openingHours: "Mon-Fri 09:00-17:00",
  },
  insaf: {
    name: "Legal aid office",
    address: "Lower Mall, Lahore",
    adminAreaCode: "PK617",
    openingHours: "Mon-Fri 09:00-17:00",
  },
  hospitalPK: {
    name: "Outpatient clinics",
    address: "Ravi Road, Lahore",
    adminAreaCode: "PK617",
    openingHours: "Mon-Sat 08:00-14:00",
  },
  sukoon: {
    name: "Counselling centre",
    address: "University Town, Peshawar",
    adminAreaCode: "PK528",
    openingHours: "Mon-Sat 09:00-16:00",
  },
  ministryPK: {
    name: "Overseas Pakistanis facilitation centre",
    address: "Blue Area, Islamabad",
    adminAreaCode: "PK401",
    openingHours: "Mon-Fri 09:00-16:00",
  },
  mrcErbil: {
    name: "MRC Erbil",
    address: "60 Meter Street, Erbil",
    adminAreaCode: "IQG11Q02",
    openingHours: "Sun-Thu 08:30-15:00",
  },
  mrcBaghdad: {
    name: "MRC Baghdad",
    address: "Al-Mansour, Baghdad",
    adminAreaCode: "IQG08Q03",
    openingHours: "Sun-Thu 08:30-15:00",
  },
  hawkari: {
    name: "Hawkari centre",
    address: "Ainkawa Road, Erbil",
    adminAreaCode: "IQG11Q02",
    openingHours: "Sun-Thu 09:00-16:00",
  },
  hawkariSul: {
    name: "Sulaymaniyah office",
    address: "Salim Street, Sulaymaniyah",
    adminAreaCode: "IQG06Q01",
    openingHours: "Sun-Thu 09:00-16:00",
  },
  tvetIQ: {
    name: "Vocational centre",
    address: "Industrial area, Erbil",
    adminAreaCode: "IQG11Q02",
    openingHours: "Sun-Thu 08:00-14:00",
  },
  fundIQ: {
    name: "Fund office",
    address: "Salim Street, Sulaymaniyah",
    adminAreaCode: "IQG06Q01",
    openingHours: "Sun-Thu 09:00-15:00",
  },
  dijla: {
    name: "Legal aid office",
    address: "Karrada, Baghdad",
    adminAreaCode: "IQG08Q06",
    openingHours: "Sun-Thu 09:00-15:00",
  },
  hospitalIQ: {
    name: "Outpatient department",
    address: "Al-Adhamiya, Baghdad",
    adminAreaCode: "IQG08Q01",
    openingHours: "Sat-Thu 08:00-14:00",
  },
  ministryIQ: {
    name: "Employment office",
    address: "Bab Al-Muadham, Baghdad",
    adminAreaCode: "IQG08Q06",
    openingHours: "Sun-Thu 08:00-14:00",
  },
  ministryIQBasra: {
    name: "Employment office Basra",
    address: "Al-Ashar, Basra",
    adminAreaCode: "IQG02Q02",
    openingHours: "Sun-Thu 08:00-14:00",
  },
} as const;

const contact = (slug: string, phone: string, person?: string) => ({
  phone,
  email: `referrals@${slug}.example.org`,
  website: `https://${slug}.example.org`,
  ...(person ? { person } : {}),
});

export const serviceSpecs: ServiceSpec[] = [
  // ---------- Bangladesh ----------
  {
    org: "tvet",
    name: "Electrical installation and maintenance course",
    description:
      "Six-month course in house wiring, electrical installation and maintenance, with a national skills certificate (NSQF level 2) at the end.",
    category: "econ.vocational_training",
    location: offices.dhakaTvet,
    serviceAreas: ["BD30", "BD20"],
    languages: ["bn"],
    eligibility:
      "Returnees aged 18 to 50 who finished class 5; priority for those who worked in construction.",
    capacity: 40,
    cost: "free for returnees",
    contact: contact("dtti", "+88029001001", "Admissions office"),
    translations: {
      bn: {
        name: "ইলেকট্রিক্যাল ইনস্টলেশন ও রক্ষণাবেক্ষণ কোর্স",
        description:
          "ছয় মাসের কোর্স: বাড়ির ওয়্যারিং, বৈদ্যুতিক সংযোগ স্থাপন ও রক্ষণাবেক্ষণ। কোর্স শেষে জাতীয় দক্ষতা সনদ (NSQF লেভেল ২) দেওয়া হয়।",
        eligibility:
          "১৮ থেকে ৫০ বছর বয়সী বিদেশফেরত কর্মী, যাঁরা পঞ্চম শ্রেণি পাস করেছেন; যাঁরা নির্মাণকাজে ছিলেন, তাঁরা অগ্রাধিকার পাবেন।",
        cost: "বিদেশফেরতদের জন্য বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "tvet",
    name: "Welding and steel fabrication course",
    description: "Four-month course in arc and gas welding and steel fabrication, with workplace practice.",
    category: "econ.vocational_training",
    location: offices.dhakaTvet,
    serviceAreas: ["BD30", "BD20"],
    languages: ["bn"],
    eligibility: "Returnees aged 18 to 45; medically fit for workshop work.",
    capacity: 30,
    cost: "free for returnees",
    contact: contact("dtti", "+88029001001", "Admissions office"),
    translations: {
      bn: {
        name: "ওয়েল্ডিং ও স্টিল ফেব্রিকেশন কোর্স",
        description: "চার মাসের কোর্স: আর্ক ও গ্যাস ওয়েল্ডিং এবং স্টিল ফেব্রিকেশন, সঙ্গে কর্মস্থলে হাতে-কলমে কাজ।",
        eligibility: "১৮ থেকে ৪৫ বছর বয়সী বিদেশফেরত কর্মী; ওয়ার্কশপে কাজ করার মতো শারীরিকভাবে সুস্থ হতে হবে।",
        cost: "বিদেশফেরতদের জন্য বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "tvet",
    name: "Caregiving and domestic work certificate",
    description:
      "Three-month course in caregiving, housekeeping and cooking for women returnees, with a certificate recognised by employers at home and abroad.",
    category: "econ.vocational_training",
    location: offices.dhakaTvet,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Women returnees aged 18 to 50.",
    capacity: 25,
    cost: "free; travel allowance paid",
    contact: contact("dtti", "+88029001001", "Admissions office"),
    translations: {
      bn: {
        name: "সেবাযত্ন ও গৃহকর্ম সনদ কোর্স",
        description:
          "বিদেশফেরত নারীদের জন্য তিন মাসের কোর্স: সেবাযত্ন, ঘর গোছানো ও রান্না। দেশে ও বিদেশে নিয়োগকর্তাদের কাছে স্বীকৃত সনদ দেওয়া হয়।",
        eligibility: "১৮ থেকে ৫০ বছর বয়সী বিদেশফেরত নারী।",
        cost: "বিনামূল্যে; যাতায়াত ভাতা দেওয়া হয়",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "tvet",
    name: "Recognition of prior learning: construction and electrical trades",
    description:
      "Trade testing and certification of skills learned abroad (RPL) in masonry, electrical work, plumbing, welding and driving; a certificate in two weeks.",
    category: "econ.skills_recognition",
    location: offices.dhakaTvet,
    serviceAreas: ["BD"],
    languages: ["bn", "en"],
    eligibility: "At least two years' work experience in the trade, at home or abroad.",
    capacity: 120,
    cost: "BDT 1,000 assessment fee, waived for returnees referred by an MRC",
    contact: contact("dtti", "+88029001002", "RPL assessment centre"),
    translations: {
      bn: {
        name: "আগে শেখা দক্ষতার স্বীকৃতি (RPL): নির্মাণ ও বৈদ্যুতিক কাজ",
        description:
          "বিদেশে শেখা দক্ষতার পরীক্ষা ও সনদ (RPL): রাজমিস্ত্রির কাজ, বৈদ্যুতিক কাজ, প্লাম্বিং, ওয়েল্ডিং ও গাড়ি চালানো। দুই সপ্তাহে সনদ পাওয়া যায়।",
        eligibility: "দেশে বা বিদেশে ওই কাজে অন্তত দুই বছরের অভিজ্ঞতা।",
        cost: "মূল্যায়ন ফি ১,০০০ টাকা; MRC থেকে পাঠানো বিদেশফেরতদের জন্য ফি মওকুফ",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "tvet",
    name: "Skills assessment for returnees",
    description:
      "A one-day assessment of skills and work experience that ends with a training recommendation.",
    category: "econ.skills_assessment",
    location: offices.dhakaTvet,
    serviceAreas: ["BD30"],
    languages: ["bn"],
    eligibility: "Any returnee.",
    capacity: 60,
    cost: "free",
    contact: contact("dtti", "+88029001002"),
    translations: {
      bn: {
        name: "বিদেশফেরতদের দক্ষতা যাচাই",
        description: "এক দিনের মূল্যায়ন: আপনার দক্ষতা ও কাজের অভিজ্ঞতা দেখে কোন প্রশিক্ষণ আপনার জন্য ভালো, তা জানানো হয়।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "bank",
    name: "Reintegration loan for returnee migrants",
    description:
      "Loans of up to BDT 500,000 at 4% to start or expand a business; no collateral up to BDT 100,000. Repayment starts after a three-month grace period.",
    category: "econ.finance",
    location: offices.comillaBank,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Returnees registered with an MRC, with a business plan; one loan per household.",
    capacity: 200,
    cost: "4% interest a year",
    contact: contact("prb", "+88029002001", "Reintegration loan desk"),
    translations: {
      bn: {
        name: "বিদেশফেরত অভিবাসীদের পুনর্বাসন ঋণ",
        description:
          "ব্যবসা শুরু বা বড় করতে ৪% সুদে সর্বোচ্চ ৫,০০,০০০ টাকা ঋণ; ১,০০,০০০ টাকা পর্যন্ত কোনো জামানত লাগে না। তিন মাসের গ্রেস পিরিয়ডের পর কিস্তি শুরু হয়।",
        eligibility: "MRC-তে নিবন্ধিত বিদেশফেরত কর্মী, যাঁর ব্যবসার পরিকল্পনা আছে; প্রতি পরিবারে একটি ঋণ।",
        cost: "বছরে ৪% সুদ",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ১০টা থেকে বিকেল ৪টা",
      },
    },
  },
  {
    org: "bank",
    name: "Savings and investment advice",
    description:
      "Advice on investing savings and remittances in land, livestock or a business, and on avoiding fraud.",
    category: "econ.investment_advice",
    location: offices.dhakaBank,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Any returnee or family member.",
    capacity: null,
    cost: "free",
    contact: contact("prb", "+88029002002"),
    translations: {
      bn: {
        name: "সঞ্চয় ও বিনিয়োগ পরামর্শ",
        description:
          "সঞ্চয় ও রেমিট্যান্সের টাকা জমি, গবাদিপশু বা ব্যবসায় কীভাবে বিনিয়োগ করবেন এবং প্রতারণা থেকে কীভাবে বাঁচবেন, সে বিষয়ে পরামর্শ।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী বা তাঁর পরিবারের সদস্য।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ১০টা থেকে বিকেল ৪টা",
      },
    },
  },
  {
    org: "bank",
    name: "Financial literacy for returnees and families",
    description: "Two-day course on household budgets, savings, loans and avoiding informal moneylenders.",
    category: "econ.entrepreneurship_training",
    location: offices.comillaBank,
    serviceAreas: ["BD20", "BD30"],
    languages: ["bn"],
    eligibility: "Returnees and their spouses.",
    capacity: 50,
    cost: "free",
    contact: contact("prb", "+88029002002"),
    translations: {
      bn: {
        name: "বিদেশফেরত কর্মী ও পরিবারের জন্য আর্থিক সাক্ষরতা",
        description: "দুই দিনের কোর্স: সংসারের বাজেট, সঞ্চয়, ঋণ, এবং মহাজনের কাছ থেকে ধার নেওয়া এড়ানোর উপায়।",
        eligibility: "বিদেশফেরত কর্মী ও তাঁদের স্বামী বা স্ত্রী।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ১০টা থেকে বিকেল ৪টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Returnee information and orientation desk",
    description:
      "Information on reintegration services, rights and benefits at the airport and in district offices; registration with the MRC on the spot.",
    category: "econ.information",
    location: offices.shaplaDhaka,
    serviceAreas: ["BD"],
    languages: ["bn", "en", "syl", "ctg"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("shapla", "+88029003001", "Airport desk"),
    translations: {
      bn: {
        name: "বিদেশফেরতদের তথ্য ও দিকনির্দেশনা ডেস্ক",
        description:
          "বিমানবন্দরে ও জেলা অফিসে পুনর্বাসন সেবা, অধিকার ও সুযোগ-সুবিধা সম্পর্কে তথ্য; সেখানেই MRC-তে নিবন্ধন করা যায়।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে",
        openingHours: "প্রতিদিন, ২৪ ঘণ্টা খোলা",
      },
    },
  },
  {
    org: "shapla",
    name: "Business start-up support and mentoring",
    description: "A mentor for six months, help with a business plan, and links to suppliers and markets.",
    category: "econ.business_support",
    location: offices.shaplaComilla,
    serviceAreas: ["BD20", "BD30"],
    languages: ["bn"],
    eligibility: "Returnees who completed an entrepreneurship course or already run a small business.",
    capacity: 80,
    cost: "free",
    contact: contact("shapla", "+88081003002"),
    translations: {
      bn: {
        name: "ব্যবসা শুরুর সহায়তা ও মেন্টরিং",
        description:
          "ছয় মাসের জন্য একজন মেন্টর, ব্যবসার পরিকল্পনা তৈরিতে সাহায্য, এবং সরবরাহকারী ও বাজারের সঙ্গে যোগাযোগ করিয়ে দেওয়া।",
        eligibility: "যেসব বিদেশফেরত কর্মী উদ্যোক্তা প্রশিক্ষণ শেষ করেছেন বা ইতিমধ্যে ছোট ব্যবসা চালাচ্ছেন।",
        cost: "বিনামূল্যে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Start and improve your business training",
    description:
      "Five-day entrepreneurship training: choosing a business, costing, marketing and record keeping.",
    category: "econ.entrepreneurship_training",
    location: offices.shaplaComilla,
    serviceAreas: ["BD20", "BD60"],
    languages: ["bn"],
    eligibility: "Returnees aged 18 to 60 who want to start a business.",
    capacity: 25,
    cost: "free; lunch and travel allowance",
    contact: contact("shapla", "+88081003002"),
    translations: {
      bn: {
        name: "ব্যবসা শুরু ও উন্নয়ন প্রশিক্ষণ",
        description: "পাঁচ দিনের উদ্যোক্তা প্রশিক্ষণ: ব্যবসা বাছাই, খরচের হিসাব, বিপণন ও হিসাব রাখা।",
        eligibility: "১৮ থেকে ৬০ বছর বয়সী বিদেশফেরত কর্মী, যাঁরা ব্যবসা শুরু করতে চান।",
        cost: "বিনামূল্যে; দুপুরের খাবার ও যাতায়াত ভাতা দেওয়া হয়",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Psychosocial counselling for returnees",
    description: "Up to eight individual sessions with a trained counsellor, in person or by phone.",
    category: "psy.counselling",
    location: offices.shaplaComilla,
    serviceAreas: ["BD"],
    languages: ["bn", "syl", "ctg"],
    eligibility: "Returnees and family members in distress.",
    capacity: 60,
    cost: "free",
    contact: contact("shapla", "+88029003003", "Counselling coordinator"),
    translations: {
      bn: {
        name: "বিদেশফেরতদের মনো-সামাজিক কাউন্সেলিং",
        description: "প্রশিক্ষিত কাউন্সেলরের সঙ্গে সর্বোচ্চ আটটি ব্যক্তিগত সেশন, সরাসরি বা ফোনে।",
        eligibility: "মানসিক কষ্টে থাকা বিদেশফেরত কর্মী ও তাঁদের পরিবারের সদস্য।",
        cost: "বিনামূল্যে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Returnee peer groups and migration forums",
    description:
      "Monthly village meetings of returnees and families: sharing experience, safe migration, support.",
    category: "psy.peer_support",
    location: offices.shaplaComilla,
    serviceAreas: ["BD20", "BD30", "BD60"],
    languages: ["bn"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("shapla", "+88081003002"),
    translations: {
      bn: {
        name: "বিদেশফেরতদের সহায়ক দল ও অভিবাসন ফোরাম",
        description: "বিদেশফেরত কর্মী ও পরিবারের মাসিক গ্রাম-বৈঠক: অভিজ্ঞতা ভাগাভাগি, নিরাপদ অভিবাসন, একে অপরের পাশে থাকা।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Cash for work in community infrastructure",
    description: "Up to 60 days of paid work repairing rural roads and embankments, BDT 500 a day.",
    category: "econ.cash_for_work",
    location: offices.shaplaComilla,
    serviceAreas: ["BD2019", "BD2012", "BD2013", "BD2075"],
    languages: ["bn"],
    eligibility: "Returnees without income in the past three months; one person per household.",
    capacity: 150,
    cost: "paid work",
    contact: contact("shapla", "+88081003002"),
    translations: {
      bn: {
        name: "গ্রামের অবকাঠামো মেরামতে কাজের বিনিময়ে টাকা",
        description: "গ্রামের রাস্তা ও বাঁধ মেরামতের কাজ, সর্বোচ্চ ৬০ দিন, দিনে ৫০০ টাকা মজুরি।",
        eligibility: "গত তিন মাসে কোনো আয় নেই এমন বিদেশফেরত কর্মী; প্রতি পরিবারে একজন।",
        cost: "মজুরিসহ কাজ",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Family and community mediation",
    description:
      "Mediation with family and neighbours for returnees facing blame, stigma or disputes over money.",
    category: "psy.family_support",
    location: offices.shaplaComilla,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Returnees and their families.",
    capacity: 40,
    cost: "free",
    contact: contact("shapla", "+88029003003"),
    translations: {
      bn: {
        name: "পরিবার ও সমাজে মধ্যস্থতা",
        description:
          "যেসব বিদেশফেরত কর্মী দোষারোপ, বদনাম বা টাকাপয়সা নিয়ে বিরোধের মুখে পড়েছেন, তাঁদের জন্য পরিবার ও প্রতিবেশীদের সঙ্গে মধ্যস্থতা।",
        eligibility: "বিদেশফেরত কর্মী ও তাঁদের পরিবার।",
        cost: "বিনামূল্যে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "shapla",
    name: "Job placement with local employers",
    description: "Matching with vacancies in construction, manufacturing and transport; quarterly job fairs.",
    category: "econ.job_matching",
    location: offices.shaplaComilla,
    serviceAreas: ["BD20", "BD30"],
    languages: ["bn"],
    eligibility: "Returnees looking for work.",
    capacity: null,
    cost: "free",
    contact: contact("shapla", "+88081003004"),
    translations: {
      bn: {
        name: "স্থানীয় নিয়োগকর্তাদের কাছে চাকরির ব্যবস্থা",
        description: "নির্মাণ, কারখানা ও পরিবহন খাতের খালি পদের সঙ্গে মিলিয়ে দেওয়া; প্রতি তিন মাসে চাকরি মেলা।",
        eligibility: "কাজ খুঁজছেন এমন বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "nyay",
    name: "Legal advice on unpaid wages and recruitment fraud",
    description:
      "Advice and representation for claims against recruiting agencies and employers abroad, through the arbitration cell and the courts.",
    category: "soc.legal_aid",
    location: offices.nyay,
    serviceAreas: ["BD"],
    languages: ["bn", "en"],
    eligibility: "Returnees with a claim; no income test.",
    capacity: 50,
    cost: "free",
    contact: contact("nyay", "+88029004001", "Duty lawyer"),
    translations: {
      bn: {
        name: "বকেয়া বেতন ও নিয়োগ প্রতারণা বিষয়ে আইনি পরামর্শ",
        description:
          "রিক্রুটিং এজেন্সি ও বিদেশের নিয়োগকর্তার বিরুদ্ধে দাবির জন্য পরামর্শ ও প্রতিনিধিত্ব, সালিশ সেল ও আদালতের মাধ্যমে।",
        eligibility: "যেসব বিদেশফেরত কর্মীর কোনো দাবি আছে; আয়ের কোনো শর্ত নেই।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল সাড়ে ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "nyay",
    name: "Help with lost or confiscated passports and NID corrections",
    description:
      "Help to replace passports kept by employers, correct national ID records and obtain birth certificates.",
    category: "soc.documentation",
    location: offices.nyay,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Any returnee.",
    capacity: 80,
    cost: "free; government fees apply",
    contact: contact("nyay", "+88029004002"),
    translations: {
      bn: {
        name: "হারানো বা আটকে রাখা পাসপোর্ট এবং এনআইডি সংশোধনে সহায়তা",
        description:
          "নিয়োগকর্তার কাছে আটকে থাকা পাসপোর্টের বদলে নতুন পাসপোর্ট, জাতীয় পরিচয়পত্রের তথ্য সংশোধন এবং জন্মসনদ পেতে সহায়তা।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে; সরকারি ফি আলাদা দিতে হবে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল সাড়ে ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "hospitalBD",
    name: "Health check and treatment for returnees",
    description: "General consultation, tests and treatment; occupational injuries and chronic conditions.",
    category: "soc.health",
    location: offices.hospitalBD,
    serviceAreas: ["BD30"],
    languages: ["bn", "en"],
    eligibility: "Any returnee referred by an MRC.",
    capacity: 100,
    cost: "free consultation; medicines at cost",
    contact: contact("nirmal", "+88029005001", "Returnee health desk"),
    translations: {
      bn: {
        name: "বিদেশফেরতদের স্বাস্থ্য পরীক্ষা ও চিকিৎসা",
        description: "সাধারণ পরামর্শ, পরীক্ষা-নিরীক্ষা ও চিকিৎসা; কাজের সময় পাওয়া আঘাত ও দীর্ঘমেয়াদি রোগের চিকিৎসা।",
        eligibility: "MRC থেকে পাঠানো যেকোনো বিদেশফেরত কর্মী।",
        cost: "ডাক্তার দেখানো বিনামূল্যে; ওষুধ কেনা দামে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৮টা থেকে রাত ৮টা",
      },
    },
  },
  {
    org: "hospitalBD",
    name: "Psychiatric outpatient care",
    description: "Assessment and treatment by a psychiatrist; follow-up every two weeks.",
    category: "psy.mental_health",
    location: offices.hospitalBD,
    serviceAreas: ["BD30", "BD20"],
    languages: ["bn", "en"],
    eligibility: "Returnees with severe distress (K6 13 or more) or referred by a counsellor.",
    capacity: 30,
    cost: "free for referred returnees",
    contact: contact("nirmal", "+88029005002"),
    translations: {
      bn: {
        name: "মানসিক রোগের বহির্বিভাগ চিকিৎসা",
        description: "মনোরোগ বিশেষজ্ঞের মাধ্যমে মূল্যায়ন ও চিকিৎসা; প্রতি দুই সপ্তাহে ফলো-আপ।",
        eligibility: "তীব্র মানসিক কষ্টে থাকা বিদেশফেরত কর্মী (K6 স্কোর ১৩ বা তার বেশি), অথবা কাউন্সেলরের পাঠানো।",
        cost: "রেফার করা বিদেশফেরতদের জন্য বিনামূল্যে",
        openingHours: "শনিবার থেকে বৃহস্পতিবার, সকাল ৮টা থেকে রাত ৮টা",
      },
    },
  },
  {
    org: "ashroy",
    name: "Safe shelter for women returnees",
    description:
      "Temporary shelter for up to three months for women who cannot go home, with meals, medical care and legal help.",
    category: "soc.housing",
    location: offices.ashroy,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Women returnees and their children at risk of violence or without a home.",
    capacity: 25,
    cost: "free",
    contact: contact("ashroy", "+88029006001", "Shelter manager"),
    translations: {
      bn: {
        name: "বিদেশফেরত নারীদের নিরাপদ আশ্রয়",
        description:
          "যেসব নারী বাড়ি ফিরতে পারছেন না, তাঁদের জন্য সর্বোচ্চ তিন মাসের অস্থায়ী আশ্রয়; সঙ্গে খাবার, চিকিৎসা ও আইনি সহায়তা।",
        eligibility: "সহিংসতার ঝুঁকিতে থাকা বা থাকার জায়গা নেই এমন বিদেশফেরত নারী ও তাঁদের সন্তান।",
        cost: "বিনামূল্যে",
        openingHours: "২৪ ঘণ্টা খোলা",
      },
    },
  },
  {
    org: "welfareBoard",
    name: "Welfare grants for returnee workers",
    description:
      "Grants for returnees who came back ill, injured or without wages, and death and disability benefits for families.",
    category: "soc.social_protection",
    location: offices.welfare,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility:
      "Workers who registered with the board before leaving; documents of the illness or loss required.",
    capacity: null,
    cost: "free",
    contact: contact("wewb", "+88029007001"),
    translations: {
      bn: {
        name: "বিদেশফেরত কর্মীদের কল্যাণ অনুদান",
        description:
          "অসুস্থ, আহত বা বেতন না পেয়ে ফেরা কর্মীদের জন্য অনুদান; আর মৃত্যু ও প্রতিবন্ধিতার ক্ষেত্রে পরিবারের জন্য আর্থিক সহায়তা।",
        eligibility: "যেসব কর্মী বিদেশ যাওয়ার আগে বোর্ডে নিবন্ধন করেছেন; অসুস্থতা বা ক্ষতির কাগজপত্র লাগবে।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "welfareBoard",
    name: "Education stipends for migrants' children",
    description: "School enrolment help and yearly stipends for children of returnee and migrant workers.",
    category: "soc.schooling",
    location: offices.welfare,
    serviceAreas: ["BD"],
    languages: ["bn"],
    eligibility: "Children aged 6 to 18 of registered migrant workers.",
    capacity: 500,
    cost: "free",
    contact: contact("wewb", "+88029007002"),
    translations: {
      bn: {
        name: "প্রবাসী কর্মীদের সন্তানদের শিক্ষাবৃত্তি",
        description: "বিদেশফেরত ও প্রবাসী কর্মীদের সন্তানদের স্কুলে ভর্তিতে সহায়তা ও বার্ষিক শিক্ষাবৃত্তি।",
        eligibility: "নিবন্ধিত প্রবাসী কর্মীদের ৬ থেকে ১৮ বছর বয়সী সন্তান।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "mrcDhaka",
    name: "Psychosocial screening and first-line support",
    description:
      "Screening with the K6 scale and psychological first aid at the MRC, with referral when needed.",
    category: "psy.screening",
    location: offices.mrcDhaka,
    serviceAreas: ["BD30"],
    languages: ["bn"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-dhaka", "+88029008001"),
    translations: {
      bn: {
        name: "মনো-সামাজিক স্ক্রিনিং ও প্রাথমিক সহায়তা",
        description: "MRC-তে K6 স্কেল দিয়ে স্ক্রিনিং ও মানসিক প্রাথমিক সহায়তা; প্রয়োজনে অন্য সেবায় পাঠানো হয়।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  {
    org: "mrcComilla",
    name: "Career guidance and job counselling",
    description: "Individual career counselling: options at home, re-migration safely, training paths.",
    category: "econ.job_counselling",
    location: offices.mrcComilla,
    serviceAreas: ["BD20", "BD60"],
    languages: ["bn"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-comilla", "+88081008002"),
    translations: {
      bn: {
        name: "ক্যারিয়ার নির্দেশনা ও চাকরি বিষয়ে পরামর্শ",
        description: "ব্যক্তিগত ক্যারিয়ার পরামর্শ: দেশে কাজের সুযোগ, নিরাপদে আবার বিদেশ যাওয়া, প্রশিক্ষণের পথ।",
        eligibility: "যেকোনো বিদেশফেরত কর্মী।",
        cost: "বিনামূল্যে",
        openingHours: "রবিবার থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা",
      },
    },
  },
  // ---------- Pakistan ----------
  {
    org: "tvetPK",
    name: "Plumbing and pipe fitting course",
    description:
      "Three-month course in plumbing, pipe fitting and sanitary installation with a NAVTTC certificate.",
    category: "econ.vocational_training",
    location: offices.tvetPK,
    serviceAreas: ["PK6"],
    languages: ["ur", "pa"],
    eligibility: "Returnees aged 18 to 45 with middle-school education.",
    capacity: 35,
    cost: "free; monthly stipend PKR 5,000",
    contact: contact("pist", "+92553001001", "Admissions"),
    translations: {
      ur: {
        name: "پلمبنگ اور پائپ فٹنگ کورس",
        description: "تین ماہ کا کورس: پلمبنگ، پائپ فٹنگ اور سینیٹری فٹنگ، NAVTTC سرٹیفکیٹ کے ساتھ۔",
        eligibility: "18 سے 45 سال کے واپس آنے والے افراد جنہوں نے مڈل تک تعلیم حاصل کی ہو۔",
        cost: "مفت؛ ہر ماہ 5,000 روپے وظیفہ",
        openingHours: "پیر تا ہفتہ، صبح ساڑھے 8 بجے سے سہ پہر ساڑھے 3 بجے تک",
      },
    },
  },
  {
    org: "tvetPK",
    name: "Heavy vehicle driving course",
    description: "Eight-week heavy vehicle driving course leading to an HTV licence.",
    category: "econ.vocational_training",
    location: offices.tvetPK,
    serviceAreas: ["PK6", "PK4"],
    languages: ["ur", "pa"],
    eligibility: "Holders of a light vehicle licence for at least a year.",
    capacity: 20,
    cost: "PKR 15,000, half paid for returnees",
    contact: contact("pist", "+92553001001"),
    translations: {
      ur: {
        name: "ہیوی گاڑی ڈرائیونگ کورس",
        description: "آٹھ ہفتے کا ہیوی گاڑی ڈرائیونگ کورس، جس کے بعد HTV لائسنس حاصل کیا جا سکتا ہے۔",
        eligibility: "جن کے پاس کم از کم ایک سال سے لائٹ گاڑی کا لائسنس ہو۔",
        cost: "15,000 روپے؛ واپس آنے والوں کے لیے آدھی فیس معاف",
        openingHours: "پیر تا ہفتہ، صبح ساڑھے 8 بجے سے سہ پہر ساڑھے 3 بجے تک",
      },
    },
  },
  {
    org: "tvetPK",
    name: "Trade testing and skills certification (RPL)",
    description:
      "Recognition of prior learning for skills gained in the Gulf; certificates in construction trades and driving.",
    category: "econ.skills_recognition",
    location: offices.tvetPK,
    serviceAreas: ["PK"],
    languages: ["ur", "pa", "en"],
    eligibility: "Two years' experience in the trade.",
    capacity: 100,
    cost: "free for returnees",
    contact: contact("pist", "+92553001002"),
    translations: {
      ur: {
        name: "ٹریڈ ٹیسٹ اور ہنر کا سرٹیفکیٹ (RPL)",
        description:
          "خلیجی ممالک میں سیکھے گئے ہنر کی باقاعدہ پہچان (RPL)؛ تعمیراتی کاموں اور ڈرائیونگ کے سرٹیفکیٹ۔",
        eligibility: "اس کام میں دو سال کا تجربہ۔",
        cost: "واپس آنے والوں کے لیے مفت",
        openingHours: "پیر تا ہفتہ، صبح ساڑھے 8 بجے سے سہ پہر ساڑھے 3 بجے تک",
      },
    },
  },
  {
    org: "roshan",
    name: "Returnee business loan",
    description: "Loans of PKR 100,000 to 1,000,000 for small businesses, with a six-month grace period.",
    category: "econ.finance",
    location: offices.roshan,
    serviceAreas: ["PK"],
    languages: ["ur", "pa", "ps"],
    eligibility: "Returnees with a CNIC and a business plan; a guarantor for loans above PKR 300,000.",
    capacity: 150,
    cost: "8% markup a year",
    contact: contact("roshan", "+92523002001", "Loan officer"),
    translations: {
      ur: {
        name: "واپس آنے والوں کے لیے کاروباری قرض",
        description: "چھوٹے کاروبار کے لیے 1 لاکھ سے 10 لاکھ روپے تک قرض، چھ ماہ کی رعایتی مدت کے ساتھ۔",
        eligibility:
          "شناختی کارڈ (CNIC) اور کاروباری منصوبہ رکھنے والے واپس آنے والے افراد؛ 3 لاکھ روپے سے زیادہ کے قرض کے لیے ضامن ضروری ہے۔",
        cost: "سالانہ 8% مارک اپ",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
      },
    },
  },
  {
    org: "roshan",
    name: "Business management and financial literacy training",
    description: "Three-day training on running a small business, bookkeeping and managing debt.",
    category: "econ.entrepreneurship_training",
    location: offices.roshan,
    serviceAreas: ["PK6"],
    languages: ["ur", "pa"],
    eligibility: "Returnees and spouses.",
    capacity: 40,
    cost: "free",
    contact: contact("roshan", "+92523002002"),
    translations: {
      ur: {
        name: "کاروبار چلانے اور مالی سمجھ بوجھ کی تربیت",
        description: "تین دن کی تربیت: چھوٹا کاروبار چلانا، حساب کتاب رکھنا اور قرض سنبھالنا۔",
        eligibility: "واپس آنے والے افراد اور ان کے شریکِ حیات۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
      },
    },
  },
  {
    org: "roshan",
    name: "Savings and remittance investment advice",
    description: "Advice on investing savings safely, avoiding property and investment fraud.",
    category: "econ.investment_advice",
    location: offices.roshan,
    serviceAreas: ["PK"],
    languages: ["ur", "pa"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("roshan", "+92523002002"),
    translations: {
      ur: {
        name: "بچت اور ترسیلاتِ زر کی سرمایہ کاری پر مشورہ",
        description: "بچت کو محفوظ طریقے سے لگانے، اور جائیداد اور سرمایہ کاری کے فراڈ سے بچنے کا مشورہ۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
      },
    },
  },
  {
    org: "insaf",
    name: "Legal aid for deported and defrauded workers",
    description:
      "Legal advice and representation in claims against overseas employment promoters and employers.",
    category: "soc.legal_aid",
    location: offices.insaf,
    serviceAreas: ["PK"],
    languages: ["ur", "pa", "en"],
    eligibility: "Returnees with a claim.",
    capacity: 40,
    cost: "free",
    contact: contact("insaf", "+92423003001", "Duty lawyer"),
    translations: {
      ur: {
        name: "ڈی پورٹ ہونے والے اور دھوکا کھانے والے کارکنوں کے لیے قانونی مدد",
        description: "اوورسیز ایمپلائمنٹ پروموٹرز اور آجروں کے خلاف دعووں میں قانونی مشورہ اور نمائندگی۔",
        eligibility: "واپس آنے والے افراد جن کا کوئی دعویٰ ہو۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
      },
    },
  },
  {
    org: "insaf",
    name: "CNIC and passport documentation help",
    description: "Help to renew or replace CNICs and passports and to obtain documents kept abroad.",
    category: "soc.documentation",
    location: offices.insaf,
    serviceAreas: ["PK6", "PK5"],
    languages: ["ur", "pa", "ps"],
    eligibility: "Any returnee.",
    capacity: 60,
    cost: "free; government fees apply",
    contact: contact("insaf", "+92423003002"),
    translations: {
      ur: {
        name: "شناختی کارڈ (CNIC) اور پاسپورٹ کے کاغذات میں مدد",
        description:
          "CNIC اور پاسپورٹ کی تجدید یا نیا بنوانے، اور بیرونِ ملک رہ جانے والے کاغذات حاصل کرنے میں مدد۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت؛ سرکاری فیس خود ادا کرنی ہوگی",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
      },
    },
  },
  {
    org: "hospitalPK",
    name: "Outpatient health care",
    description: "General outpatient care, tests and treatment, with a returnee desk.",
    category: "soc.health",
    location: offices.hospitalPK,
    serviceAreas: ["PK6"],
    languages: ["ur", "pa", "en"],
    eligibility: "Any returnee referred by an MRC.",
    capacity: 80,
    cost: "free",
    contact: contact("ravi-hospital", "+92423004001"),
    translations: {
      ur: {
        name: "او پی ڈی علاج",
        description: "عام او پی ڈی معائنہ، ٹیسٹ اور علاج؛ واپس آنے والوں کے لیے الگ ڈیسک موجود ہے۔",
        eligibility: "MRC کی طرف سے بھیجا گیا کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا ہفتہ، صبح 8 بجے سے دوپہر 2 بجے تک",
      },
    },
  },
  {
    org: "hospitalPK",
    name: "Mental health clinic",
    description: "Psychiatric assessment and treatment, with psychologists for follow-up therapy.",
    category: "psy.mental_health",
    location: offices.hospitalPK,
    serviceAreas: ["PK6", "PK4"],
    languages: ["ur", "pa", "en"],
    eligibility: "Returnees with severe distress, on referral.",
    capacity: 25,
    cost: "free",
    contact: contact("ravi-hospital", "+92423004002"),
    translations: {
      ur: {
        name: "ذہنی صحت کلینک",
        description: "سائیکاٹرسٹ سے معائنہ اور علاج، اور بعد میں سائیکالوجسٹ کے ساتھ تھراپی۔",
        eligibility: "شدید ذہنی پریشانی میں مبتلا واپس آنے والے افراد، ریفرل پر۔",
        cost: "مفت",
        openingHours: "پیر تا ہفتہ، صبح 8 بجے سے دوپہر 2 بجے تک",
      },
    },
  },
  {
    org: "sukoon",
    name: "Counselling in Pashto and Urdu",
    description: "Individual counselling for returnees and families, in person in Peshawar or by phone.",
    category: "psy.counselling",
    location: offices.sukoon,
    serviceAreas: ["PK5", "PK4", "PK6"],
    languages: ["ps", "ur"],
    eligibility: "Returnees and family members.",
    capacity: 50,
    cost: "free",
    contact: contact("sukoon", "+92913005001", "Intake counsellor"),
    translations: {
      ur: {
        name: "پشتو اور اردو میں کونسلنگ",
        description:
          "واپس آنے والوں اور ان کے گھر والوں کے لیے انفرادی کونسلنگ، پشاور میں آمنے سامنے یا فون پر۔",
        eligibility: "واپس آنے والے افراد اور ان کے گھر والے۔",
        cost: "مفت",
        openingHours: "پیر تا ہفتہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "sukoon",
    name: "Returnee peer support circles",
    description: "Fortnightly peer groups of returnees in Peshawar, Swat and Mardan.",
    category: "psy.peer_support",
    location: offices.sukoon,
    serviceAreas: ["PK5"],
    languages: ["ps", "ur"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("sukoon", "+92913005001"),
    translations: {
      ur: {
        name: "واپس آنے والوں کے باہمی سہارا گروپ",
        description: "پشاور، سوات اور مردان میں ہر دو ہفتے بعد واپس آنے والوں کی گروپ نشستیں۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا ہفتہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "sukoon",
    name: "Family mediation",
    description:
      "Mediation within families over debts, blame for a failed migration, and the return of women.",
    category: "psy.family_support",
    location: offices.sukoon,
    serviceAreas: ["PK5", "PK4"],
    languages: ["ps", "ur"],
    eligibility: "Returnees and their families.",
    capacity: 20,
    cost: "free",
    contact: contact("sukoon", "+92913005002"),
    translations: {
      ur: {
        name: "خاندانی مصالحت",
        description: "قرضوں، ناکام ہجرت کے الزام اور خواتین کی واپسی پر خاندان کے اندر جھگڑوں میں مصالحت۔",
        eligibility: "واپس آنے والے افراد اور ان کے خاندان۔",
        cost: "مفت",
        openingHours: "پیر تا ہفتہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "mrcLahore",
    name: "Information on reintegration services",
    description: "Information on services, rights and programmes for returnees, at the MRC and by helpline.",
    category: "econ.information",
    location: offices.mrcLahore,
    serviceAreas: ["PK"],
    languages: ["ur", "pa", "en"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-lahore", "+92423006001"),
    translations: {
      ur: {
        name: "واپسی کے بعد بحالی کی خدمات کے بارے میں معلومات",
        description:
          "واپس آنے والوں کے لیے خدمات، حقوق اور پروگراموں کے بارے میں معلومات، MRC میں اور ہیلپ لائن پر۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "mrcLahore",
    name: "Career counselling",
    description: "Individual career counselling and referral to training or work.",
    category: "econ.job_counselling",
    location: offices.mrcLahore,
    serviceAreas: ["PK6"],
    languages: ["ur", "pa"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-lahore", "+92423006001"),
    translations: {
      ur: {
        name: "کیریئر کونسلنگ",
        description: "انفرادی کیریئر کونسلنگ، اور تربیت یا روزگار کے لیے آگے بھیجنا۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "mrcIslamabad",
    name: "Skills profiling",
    description: "Profile of skills and experience with a recommendation for training or certification.",
    category: "econ.skills_assessment",
    location: offices.mrcIslamabad,
    serviceAreas: ["PK4", "PK5", "PK1"],
    languages: ["ur", "ps", "en"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-islamabad", "+92513006002"),
    translations: {
      ur: {
        name: "ہنر اور تجربے کا جائزہ",
        description: "آپ کے ہنر اور تجربے کا خاکہ، تربیت یا سرٹیفکیشن کی سفارش کے ساتھ۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "mrcIslamabad",
    name: "Psychosocial screening",
    description: "Screening with the K6 scale and first-line psychosocial support.",
    category: "psy.screening",
    location: offices.mrcIslamabad,
    serviceAreas: ["PK4", "PK5"],
    languages: ["ur", "ps"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-islamabad", "+92513006002"),
    translations: {
      ur: {
        name: "نفسیاتی و سماجی اسکریننگ",
        description: "K6 پیمانے سے اسکریننگ اور ابتدائی نفسیاتی و سماجی مدد۔",
        eligibility: "کوئی بھی واپس آنے والا فرد۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "ministryPK",
    name: "Job placement through overseas employment promoters and local employers",
    description:
      "Matching with vacancies at home and, for those who wish, safe re-migration through licensed promoters.",
    category: "econ.job_matching",
    location: offices.ministryPK,
    serviceAreas: ["PK"],
    languages: ["ur", "en"],
    eligibility: "Returnees looking for work.",
    capacity: null,
    cost: "free",
    contact: contact("opf", "+92513007001"),
    translations: {
      ur: {
        name: "اوورسیز ایمپلائمنٹ پروموٹرز اور مقامی آجروں کے ذریعے ملازمت",
        description:
          "ملک میں خالی آسامیوں سے جوڑنا، اور جو چاہیں ان کے لیے لائسنس یافتہ پروموٹرز کے ذریعے محفوظ طریقے سے دوبارہ بیرونِ ملک جانا۔",
        eligibility: "روزگار کی تلاش میں واپس آنے والے افراد۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "ministryPK",
    name: "Welfare and social protection for returnees",
    description:
      "Enrolment in welfare schemes and help to claim benefits and insurance from the time abroad.",
    category: "soc.social_protection",
    location: offices.ministryPK,
    serviceAreas: ["PK"],
    languages: ["ur", "en"],
    eligibility: "Registered emigrants and their families.",
    capacity: null,
    cost: "free",
    contact: contact("opf", "+92513007002"),
    translations: {
      ur: {
        name: "واپس آنے والوں کے لیے فلاح و بہبود اور سماجی تحفظ",
        description:
          "فلاحی اسکیموں میں اندراج، اور بیرونِ ملک کام کے دوران کے واجبات اور انشورنس حاصل کرنے میں مدد۔",
        eligibility: "رجسٹرڈ تارکینِ وطن اور ان کے خاندان۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "ministryPK",
    name: "Transit hostel for returnees",
    description: "Up to two weeks' accommodation for returnees arriving without a place to stay.",
    category: "soc.housing",
    location: offices.ministryPK,
    serviceAreas: ["PK4", "PK6"],
    languages: ["ur"],
    eligibility: "Returnees without accommodation on arrival.",
    capacity: 40,
    cost: "free",
    contact: contact("opf", "+92513007003"),
    translations: {
      ur: {
        name: "واپس آنے والوں کے لیے عارضی ہاسٹل",
        description: "جن کے پاس پہنچنے پر رہنے کی جگہ نہ ہو، ان کے لیے دو ہفتے تک رہائش۔",
        eligibility: "واپس آنے والے افراد جن کے پاس پہنچنے پر رہائش نہ ہو۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  {
    org: "ministryPK",
    name: "School admission support for returnees' children",
    description: "Help to enrol children in government schools and with fee waivers in OPF schools.",
    category: "soc.schooling",
    location: offices.ministryPK,
    serviceAreas: ["PK"],
    languages: ["ur"],
    eligibility: "Children of returnees aged 5 to 16.",
    capacity: null,
    cost: "free",
    contact: contact("opf", "+92513007004"),
    translations: {
      ur: {
        name: "واپس آنے والوں کے بچوں کے اسکول داخلے میں مدد",
        description: "بچوں کو سرکاری اسکولوں میں داخل کرانے میں مدد، اور OPF اسکولوں میں فیس معافی۔",
        eligibility: "واپس آنے والوں کے 5 سے 16 سال کے بچے۔",
        cost: "مفت",
        openingHours: "پیر تا جمعہ، صبح 9 بجے سے شام 4 بجے تک",
      },
    },
  },
  // ---------- Iraq ----------
  {
    org: "mrcErbil",
    name: "Information and orientation for returnees",
    description:
      "Information on services, documents and rights in the Kurdistan Region; registration with the MRC.",
    category: "econ.information",
    location: offices.mrcErbil,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "kmr", "ar", "en"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-erbil", "+9647501008001"),
    translations: {
      ar: {
        name: "معلومات وتوجيه للعائدين",
        description: "معلومات عن الخدمات والوثائق والحقوق في إقليم كردستان، والتسجيل في مركز MRC.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:30 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "زانیاری و ڕێنمایی بۆ گەڕاوەکان",
        description:
          "زانیاری دەربارەی خزمەتگوزارییەکان، بەڵگەنامەکان و مافەکان لە هەرێمی کوردستان؛ تۆمارکردن لە MRC.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:30ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "mrcErbil",
    name: "Career guidance",
    description: "Individual career counselling and job-search support.",
    category: "econ.job_counselling",
    location: offices.mrcErbil,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "ar", "en"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-erbil", "+9647501008001"),
    translations: {
      ar: {
        name: "الإرشاد المهني",
        description: "إرشاد مهني فردي ومساعدة في البحث عن عمل.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:30 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "ڕێنمایی پیشەیی",
        description: "ڕاوێژی پیشەیی تاکەکەسی و یارمەتی بۆ دۆزینەوەی کار.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:30ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "mrcBaghdad",
    name: "Skills assessment",
    description: "Assessment of skills and work experience gained abroad.",
    category: "econ.skills_assessment",
    location: offices.mrcBaghdad,
    serviceAreas: ["IQG08", "IQG02"],
    languages: ["ar"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("mrc-baghdad", "+9647701008002"),
    translations: {
      ar: {
        name: "تقييم المهارات",
        description: "تقييم المهارات والخبرة العملية المكتسبة في الخارج.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:30 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "هەڵسەنگاندنی شارەزایی",
        description: "هەڵسەنگاندنی ئەو شارەزایی و ئەزموونی کارەی لە دەرەوەی وڵات بەدەستت هێناوە.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:30ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "hawkari",
    name: "Individual counselling",
    description:
      "Individual psychosocial counselling in Sorani, Badini and Arabic, in Erbil and Sulaymaniyah.",
    category: "psy.counselling",
    location: offices.hawkari,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "kmr", "ar"],
    eligibility: "Returnees and family members.",
    capacity: 60,
    cost: "free",
    contact: contact("hawkari", "+9647502009001", "Intake officer"),
    translations: {
      ar: {
        name: "الإرشاد النفسي الفردي",
        description:
          "إرشاد نفسي واجتماعي فردي بالكردية (السورانية والبهدينانية) وبالعربية، في أربيل والسليمانية.",
        eligibility: "العائدون وأفراد أسرهم.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 4:00 عصرًا",
      },
      ckb: {
        name: "ڕاوێژکاریی تاکەکەسی",
        description:
          "ڕاوێژکاریی دەروونی و کۆمەڵایەتیی تاکەکەسی بە سۆرانی، بادینی و عەرەبی، لە هەولێر و سلێمانی.",
        eligibility: "گەڕاوەکان و ئەندامانی خێزانەکانیان.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 4:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "hawkari",
    name: "Psychosocial screening and psychological first aid",
    description: "Screening and first aid for returnees in distress, with referral to clinical care.",
    category: "psy.screening",
    location: offices.hawkari,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "kmr", "ar"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("hawkari", "+9647502009001"),
    translations: {
      ar: {
        name: "الفحص النفسي والإسعافات الأولية النفسية",
        description: "فحص ودعم نفسي أولي للعائدين الذين يمرّون بضائقة نفسية، مع الإحالة إلى العلاج المتخصص.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 4:00 عصرًا",
      },
      ckb: {
        name: "پشکنینی دەروونی و فریاگوزاریی سەرەتایی دەروونی",
        description:
          "پشکنین و فریاگوزاریی سەرەتایی بۆ ئەو گەڕاوانەی لە دۆخێکی دەروونیی سەختدان، لەگەڵ ناردن بۆ چارەسەری پسپۆڕی.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 4:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "hawkari",
    name: "Peer support groups for returnees from Europe",
    description: "Weekly groups for young men and women returning from Europe and Turkey.",
    category: "psy.peer_support",
    location: offices.hawkariSul,
    serviceAreas: ["IQG11", "IQG06"],
    languages: ["ckb"],
    eligibility: "Returnees aged 18 to 35.",
    capacity: 30,
    cost: "free",
    contact: contact("hawkari", "+9647702009002"),
    translations: {
      ar: {
        name: "مجموعات دعم الأقران للعائدين من أوروبا",
        description: "لقاءات أسبوعية للشباب والشابات العائدين من أوروبا وتركيا.",
        eligibility: "العائدون من عمر 18 إلى 35 سنة.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 4:00 عصرًا",
      },
      ckb: {
        name: "گرووپی پشتگیریی هاوبەش بۆ گەڕاوەکان لە ئەوروپاوە",
        description: "کۆبوونەوەی هەفتانە بۆ کوڕان و کچانی گەنج کە لە ئەوروپا و تورکیاوە گەڕاونەتەوە.",
        eligibility: "گەڕاوەکانی تەمەن 18 تا 35 ساڵ.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 4:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "hawkari",
    name: "Family and community mediation",
    description:
      "Mediation for returnees facing family conflict or community rejection after a failed migration.",
    category: "psy.family_support",
    location: offices.hawkari,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "kmr", "ar"],
    eligibility: "Returnees and their families.",
    capacity: 25,
    cost: "free",
    contact: contact("hawkari", "+9647502009001"),
    translations: {
      ar: {
        name: "الوساطة الأسرية والمجتمعية",
        description: "وساطة للعائدين الذين يواجهون خلافات أسرية أو رفضًا من المجتمع بعد هجرة لم تنجح.",
        eligibility: "العائدون وأسرهم.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 4:00 عصرًا",
      },
      ckb: {
        name: "ناوبژیوانیی خێزانی و کۆمەڵایەتی",
        description:
          "ناوبژیوانی بۆ ئەو گەڕاوانەی دوای کۆچێکی سەرنەکەوتوو دووچاری ناکۆکیی خێزانی یان ڕەتکردنەوەی کۆمەڵگا بوونەتەوە.",
        eligibility: "گەڕاوەکان و خێزانەکانیان.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 4:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "tvetIQ",
    name: "Vocational courses: electrical work, plumbing, phone repair",
    description: "Three-month vocational courses with tool kits for graduates.",
    category: "econ.vocational_training",
    location: offices.tvetIQ,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "ar"],
    eligibility: "Returnees aged 18 to 40.",
    capacity: 45,
    cost: "free; daily transport allowance",
    contact: contact("evtc", "+9647503010001", "Training coordinator"),
    translations: {
      ar: {
        name: "دورات مهنية: الكهرباء، السباكة، تصليح الهواتف",
        description: "دورات مهنية لمدة ثلاثة أشهر، ويحصل الخريجون على عُدّة أدوات.",
        eligibility: "العائدون من عمر 18 إلى 40 سنة.",
        cost: "مجانًا؛ مع بدل نقل يومي",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "خولی پیشەیی: کارەبا، بۆریکێشی، چاککردنەوەی مۆبایل",
        description: "خولی پیشەیی سێ مانگە؛ دەرچووان کیتی ئامێری کار وەردەگرن.",
        eligibility: "گەڕاوەکانی تەمەن 18 تا 40 ساڵ.",
        cost: "بێبەرامبەر؛ لەگەڵ کرێی هاتوچۆی ڕۆژانە",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "tvetIQ",
    name: "Recognition of skills learned abroad",
    description: "Practical trade tests and certificates for skills gained in Europe and Turkey.",
    category: "econ.skills_recognition",
    location: offices.tvetIQ,
    serviceAreas: ["IQG11", "IQG06"],
    languages: ["ckb", "ar", "en"],
    eligibility: "A year of work in the trade.",
    capacity: 60,
    cost: "free",
    contact: contact("evtc", "+9647503010001"),
    translations: {
      ar: {
        name: "الاعتراف بالمهارات المكتسبة في الخارج",
        description: "اختبارات مهنية عملية وشهادات للمهارات المكتسبة في أوروبا وتركيا.",
        eligibility: "سنة من العمل في المهنة.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "دانپێدانان بەو شارەزاییانەی لە دەرەوەی وڵات فێربوون",
        description:
          "تاقیکردنەوەی پراکتیکیی پیشەیی و بڕوانامە بۆ ئەو شارەزاییانەی لە ئەوروپا و تورکیا بەدەستهاتوون.",
        eligibility: "ساڵێک کارکردن لەو پیشەیەدا.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "fundIQ",
    name: "Small business grants for returnees",
    description:
      "In-kind grants of up to USD 3,000 to start a small business, after training and a business plan.",
    category: "econ.finance",
    location: offices.fundIQ,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "kmr", "ar"],
    eligibility: "Returnees who completed the start-up training; one grant per household.",
    capacity: 80,
    cost: "grant",
    contact: contact("ksbf", "+9647704011001", "Grants officer"),
    translations: {
      ar: {
        name: "منح المشاريع الصغيرة للعائدين",
        description: "منح عينية تصل إلى 3,000 دولار أمريكي لبدء مشروع صغير، بعد التدريب وإعداد خطة عمل.",
        eligibility: "العائدون الذين أكملوا تدريب بدء المشاريع؛ منحة واحدة لكل أسرة.",
        cost: "منحة",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "بەخشین بۆ پرۆژەی بچووکی گەڕاوەکان",
        description:
          "بەخشینی کاڵایی تا 3,000 دۆلاری ئەمریکی بۆ دەستپێکردنی پرۆژەیەکی بچووک، دوای ڕاهێنان و ئامادەکردنی پلانی کار.",
        eligibility: "ئەو گەڕاوانەی خولی دەستپێکردنی پرۆژەیان تەواو کردووە؛ یەک بەخشین بۆ هەر خێزانێک.",
        cost: "بەخشین",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "fundIQ",
    name: "Start-up training",
    description: "Ten-day business training with a business plan at the end.",
    category: "econ.entrepreneurship_training",
    location: offices.fundIQ,
    serviceAreas: ["IQG11", "IQG06", "IQG09"],
    languages: ["ckb", "ar"],
    eligibility: "Returnees aged 18 to 55.",
    capacity: 40,
    cost: "free",
    contact: contact("ksbf", "+9647704011001"),
    translations: {
      ar: {
        name: "تدريب بدء المشاريع",
        description: "تدريب على إدارة المشاريع لمدة عشرة أيام، ينتهي بإعداد خطة عمل.",
        eligibility: "العائدون من عمر 18 إلى 55 سنة.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "ڕاهێنانی دەستپێکردنی پرۆژە",
        description: "ڕاهێنانی بازرگانیی دە ڕۆژە؛ لە کۆتاییدا پلانی کار ئامادە دەکرێت.",
        eligibility: "گەڕاوەکانی تەمەن 18 تا 55 ساڵ.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "fundIQ",
    name: "Business coaching and mentoring",
    description: "Six months of coaching for new businesses: sales, accounts and suppliers.",
    category: "econ.business_support",
    location: offices.fundIQ,
    serviceAreas: ["IQG11", "IQG06"],
    languages: ["ckb", "ar"],
    eligibility: "Grant recipients and returnees running a business.",
    capacity: 50,
    cost: "free",
    contact: contact("ksbf", "+9647704011002"),
    translations: {
      ar: {
        name: "التوجيه والإرشاد للمشاريع",
        description: "ستة أشهر من التوجيه للمشاريع الجديدة: المبيعات والحسابات والموردون.",
        eligibility: "الحاصلون على المنح والعائدون الذين يديرون مشروعًا.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "ڕێنمایی و ڕاوێژی بازرگانی",
        description: "شەش مانگ ڕێنمایی بۆ پرۆژە نوێیەکان: فرۆشتن، ژمێریاری و دابینکەران.",
        eligibility: "وەرگرانی بەخشین و ئەو گەڕاوانەی پرۆژەیەک بەڕێوە دەبەن.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "dijla",
    name: "Civil documentation: national card and civil status records",
    description:
      "Help to obtain the unified national card, civil status records and birth registration of children born abroad.",
    category: "soc.documentation",
    location: offices.dijla,
    serviceAreas: ["IQ"],
    languages: ["ar", "ckb"],
    eligibility: "Any returnee.",
    capacity: 100,
    cost: "free; government fees covered for vulnerable returnees",
    contact: contact("dijla", "+9647805012001", "Documentation team"),
    translations: {
      ar: {
        name: "الوثائق المدنية: البطاقة الوطنية وسجلات الأحوال المدنية",
        description:
          "المساعدة في الحصول على البطاقة الوطنية الموحدة وسجلات الأحوال المدنية، وتسجيل ولادة الأطفال المولودين في الخارج.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا؛ وتُغطّى الرسوم الحكومية للعائدين من الفئات الهشة",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "بەڵگەنامەی باری شارستانی: کارتی نیشتمانی و تۆماری باری شارستانی",
        description:
          "یارمەتی بۆ وەرگرتنی کارتی نیشتمانیی یەکگرتوو و تۆماری باری شارستانی، و تۆمارکردنی لەدایکبوونی ئەو منداڵانەی لە دەرەوەی وڵات لەدایک بوون.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر؛ ڕسوماتی حکومی بۆ گەڕاوە لاوازەکان دەدرێت",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "dijla",
    name: "Legal counselling and representation",
    description: "Legal advice on property, family and debt disputes, and claims from work abroad.",
    category: "soc.legal_aid",
    location: offices.dijla,
    serviceAreas: ["IQ"],
    languages: ["ar", "ckb", "en"],
    eligibility: "Any returnee.",
    capacity: 40,
    cost: "free",
    contact: contact("dijla", "+9647805012002"),
    translations: {
      ar: {
        name: "الاستشارات القانونية والتمثيل القانوني",
        description:
          "استشارات قانونية في نزاعات الملكية والأسرة والديون، وفي المطالبات الناتجة عن العمل في الخارج.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 9:00 صباحًا إلى 3:00 عصرًا",
      },
      ckb: {
        name: "ڕاوێژی یاسایی و نوێنەرایەتیی یاسایی",
        description:
          "ڕاوێژی یاسایی لە کێشەکانی موڵک، خێزان و قەرز، و لە داواکارییەکانی پەیوەست بە کارکردن لە دەرەوەی وڵات.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 9:00ی بەیانی تا 3:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "hospitalIQ",
    name: "Primary health care",
    description: "General consultations, vaccinations and chronic disease care.",
    category: "soc.health",
    location: offices.hospitalIQ,
    serviceAreas: ["IQG08"],
    languages: ["ar"],
    eligibility: "Any returnee.",
    capacity: 120,
    cost: "free",
    contact: contact("alsalam-hospital", "+9647806013001"),
    translations: {
      ar: {
        name: "الرعاية الصحية الأولية",
        description: "استشارات طبية عامة ولقاحات ورعاية الأمراض المزمنة.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من السبت إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "چاودێریی تەندروستیی سەرەتایی",
        description: "پشکنینی گشتی، کوتان و چاودێریی نەخۆشییە درێژخایەنەکان.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "شەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "hospitalIQ",
    name: "Psychiatric outpatient clinic",
    description: "Psychiatric assessment and treatment, weekly clinic.",
    category: "psy.mental_health",
    location: offices.hospitalIQ,
    serviceAreas: ["IQ"],
    languages: ["ar", "en"],
    eligibility: "On referral.",
    capacity: 20,
    cost: "free",
    contact: contact("alsalam-hospital", "+9647806013002"),
    translations: {
      ar: {
        name: "العيادة الخارجية للطب النفسي",
        description: "تشخيص وعلاج لدى طبيب نفسي، في عيادة أسبوعية.",
        eligibility: "بالإحالة فقط.",
        cost: "مجانًا",
        openingHours: "من السبت إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "کلینیکی دەرەکیی دەروونی",
        description: "هەڵسەنگاندن و چارەسەری دەروونی لەلایەن پزیشکی دەروونییەوە، کلینیکی هەفتانە.",
        eligibility: "تەنها بە ناردن (ڕیفێڕاڵ).",
        cost: "بێبەرامبەر",
        openingHours: "شەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "ministryIQ",
    name: "Public employment service: job matching",
    description: "Registration as a job seeker, matching with vacancies and job fairs.",
    category: "econ.job_matching",
    location: offices.ministryIQ,
    serviceAreas: ["IQ"],
    languages: ["ar"],
    eligibility: "Unemployed returnees of working age.",
    capacity: null,
    cost: "free",
    contact: contact("molsa-employment", "+9647807014001"),
    translations: {
      ar: {
        name: "خدمة التشغيل العامة: الربط بفرص العمل",
        description: "التسجيل كباحث عن عمل، والربط بالوظائف الشاغرة، ومعارض التوظيف.",
        eligibility: "العائدون العاطلون عن العمل ممن هم في سن العمل.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "خزمەتگوزاریی گشتیی دامەزراندن: گونجاندن لەگەڵ هەلی کار",
        description: "تۆمارکردن وەک کارخواز، گونجاندن لەگەڵ هەلی کاری بەردەست، و پێشانگای کار.",
        eligibility: "گەڕاوە بێکارەکان کە لە تەمەنی کارکردندان.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "ministryIQ",
    name: "Cash for work in public works",
    description: "Up to 40 days of paid work in rehabilitation of public buildings and canals.",
    category: "econ.cash_for_work",
    location: offices.ministryIQBasra,
    serviceAreas: ["IQG08", "IQG02", "IQG15"],
    languages: ["ar"],
    eligibility: "Returnees without income; one per household.",
    capacity: 200,
    cost: "paid work",
    contact: contact("molsa-employment", "+9647807014002"),
    translations: {
      ar: {
        name: "النقد مقابل العمل في الأشغال العامة",
        description: "عمل مدفوع الأجر لمدة تصل إلى 40 يومًا في تأهيل المباني العامة والقنوات.",
        eligibility: "العائدون الذين ليس لديهم دخل؛ شخص واحد لكل أسرة.",
        cost: "عمل مدفوع الأجر",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "پارە لە بەرامبەر کار لە کارە گشتییەکاندا",
        description: "تا 40 ڕۆژ کاری بەکرێ لە نۆژەنکردنەوەی باڵەخانە گشتییەکان و جۆگەکاندا.",
        eligibility: "ئەو گەڕاوانەی هیچ داهاتێکیان نییە؛ یەک کەس بۆ هەر خێزانێک.",
        cost: "کاری بەکرێ",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "ministryIQ",
    name: "Social protection network enrolment",
    description:
      "Enrolment in the social protection network (monthly cash transfers) for eligible households.",
    category: "soc.social_protection",
    location: offices.ministryIQ,
    serviceAreas: ["IQ"],
    languages: ["ar", "ckb"],
    eligibility: "Households below the poverty line.",
    capacity: null,
    cost: "free",
    contact: contact("molsa-employment", "+9647807014003"),
    translations: {
      ar: {
        name: "التسجيل في شبكة الحماية الاجتماعية",
        description: "التسجيل في شبكة الحماية الاجتماعية (إعانات نقدية شهرية) للأسر المستحقة.",
        eligibility: "الأسر التي تعيش تحت خط الفقر.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "تۆمارکردن لە تۆڕی پاراستنی کۆمەڵایەتی",
        description: "تۆمارکردن لە تۆڕی پاراستنی کۆمەڵایەتی (پارەی مانگانە) بۆ ئەو خێزانانەی مافیان هەیە.",
        eligibility: "ئەو خێزانانەی لە خوار هێڵی هەژارییەوەن.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "ministryIQ",
    name: "Rent support for returnee families",
    description: "Rent support for up to six months for returnee families without housing.",
    category: "soc.housing",
    location: offices.ministryIQ,
    serviceAreas: ["IQ"],
    languages: ["ar", "ckb"],
    eligibility: "Returnee families without housing or at risk of eviction.",
    capacity: 60,
    cost: "free",
    contact: contact("molsa-employment", "+9647807014004"),
    translations: {
      ar: {
        name: "دعم الإيجار لأسر العائدين",
        description: "دعم بدل الإيجار لمدة تصل إلى ستة أشهر لأسر العائدين التي ليس لديها سكن.",
        eligibility: "أسر العائدين التي ليس لديها سكن أو المهددة بالإخلاء.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "یارمەتیی کرێی خانوو بۆ خێزانە گەڕاوەکان",
        description: "یارمەتیی کرێی خانوو تا شەش مانگ بۆ ئەو خێزانە گەڕاوانەی خانوویان نییە.",
        eligibility: "ئەو خێزانە گەڕاوانەی خانوویان نییە یان مەترسیی دەرکردنیان لەسەرە.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "ministryIQ",
    name: "School re-enrolment for returnee children",
    description: "Placement tests and re-enrolment of children who studied abroad, with catch-up classes.",
    category: "soc.schooling",
    location: offices.ministryIQ,
    serviceAreas: ["IQ"],
    languages: ["ar", "ckb", "kmr"],
    eligibility: "Returnee children aged 6 to 17.",
    capacity: null,
    cost: "free",
    contact: contact("molsa-employment", "+9647807014005"),
    translations: {
      ar: {
        name: "إعادة تسجيل أطفال العائدين في المدارس",
        description: "اختبارات لتحديد المستوى وإعادة تسجيل الأطفال الذين درسوا في الخارج، مع دروس تقوية.",
        eligibility: "أطفال العائدين من عمر 6 إلى 17 سنة.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "دووبارە ناونووسینی منداڵانی گەڕاوە لە قوتابخانە",
        description:
          "تاقیکردنەوەی دیاریکردنی ئاست و دووبارە ناونووسینی ئەو منداڵانەی لە دەرەوەی وڵات خوێندوویانە، لەگەڵ وانەی بەهێزکردن.",
        eligibility: "منداڵانی گەڕاوەی تەمەن 6 تا 17 ساڵ.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
  {
    org: "ministryIQ",
    name: "Investment and savings advice for returnees",
    description: "Advice on investing savings brought home, and on the risks of informal investment schemes.",
    category: "econ.investment_advice",
    location: offices.ministryIQ,
    serviceAreas: ["IQ"],
    languages: ["ar", "ckb"],
    eligibility: "Any returnee.",
    capacity: null,
    cost: "free",
    contact: contact("molsa-employment", "+9647807014006"),
    translations: {
      ar: {
        name: "استشارات الاستثمار والادخار للعائدين",
        description:
          "نصائح حول استثمار المدخرات التي تعود بها إلى الوطن، وحول مخاطر مشاريع الاستثمار غير الرسمية.",
        eligibility: "جميع العائدين.",
        cost: "مجانًا",
        openingHours: "من الأحد إلى الخميس، من 8:00 صباحًا إلى 2:00 ظهرًا",
      },
      ckb: {
        name: "ڕاوێژی وەبەرهێنان و پاشەکەوت بۆ گەڕاوەکان",
        description:
          "ڕاوێژ دەربارەی وەبەرهێنانی ئەو پاشەکەوتەی لەگەڵ خۆت هێناوتەتەوە، و مەترسییەکانی پرۆژەی وەبەرهێنانی نافەرمی.",
        eligibility: "هەموو گەڕاوەیەک.",
        cost: "بێبەرامبەر",
        openingHours: "یەکشەممە تا پێنجشەممە، 8:00ی بەیانی تا 2:00ی پاشنیوەڕۆ",
      },
    },
  },
];
