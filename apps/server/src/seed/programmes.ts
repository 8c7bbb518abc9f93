// The demo's programmes: schemes of the kind ministries, welfare banks, NGOs and donors run for returnees in
// Bangladesh, Pakistan and Iraq. Names and figures are invented; the shapes of the schemes and of their
// conditions (age limits, months since return, women-only windows, district targeting, debt, documents)
// are those of real reintegration programmes.
import type { ProgrammeKind, ProgrammeTranslations, ServiceCategoryCode } from "@homecoming/domain";
import type { OrgKey } from "./directory";

export interface ProgrammeSpec {
  owner: OrgKey;
  name: string;
  description: string;
  kind: ProgrammeKind;
  category: ServiceCategoryCode;
  areaCodes: string[];
  capacity: number | null;
  /** Days from the seed date; null for open-ended. */
  opensInDays: number | null;
  closesInDays: number | null;
  rule: unknown;
  /** The programme's name and description in the languages of its returnees. */
  translations?: ProgrammeTranslations;
}

const age = (min: number, max: number) => ({ "<=": [min, { var: "age" }, max] });
const returnedWithin = (months: number) => ({ "<=": [{ var: "monthsSinceReturn" }, months] });
const inCountry = (code: string) => ({ "==": [{ var: "country" }, code] });
const need = (dimension: string, ...levels: string[]) => ({ in: [{ var: `needs.${dimension}` }, levels] });

export const programmeSpecs: ProgrammeSpec[] = [
  {
    owner: "bank",
    name: "Returnee reintegration loan",
    description:
      "Loans of up to BDT 500,000 at 4% for returnees starting or expanding a business, with a guarantor; given together with the bank's business mentoring.",
    kind: "loan",
    category: "econ.finance",
    areaCodes: ["BD"],
    capacity: 400,
    opensInDays: -365,
    closesInDays: null,
    rule: { and: [inCountry("BD"), age(18, 60), returnedWithin(36)] },
    translations: {
      bn: {
        name: "বিদেশফেরতদের পুনর্বাসন ঋণ",
        description:
          "ব্যবসা শুরু বা বড় করতে বিদেশফেরতদের জন্য ৪% সুদে সর্বোচ্চ ৫,০০,০০০ টাকা ঋণ, একজন জামিনদার লাগবে; সঙ্গে ব্যাংকের ব্যবসা মেন্টরিং দেওয়া হয়।",
      },
    },
  },
  {
    owner: "bank",
    name: "Business mentoring for loan holders",
    description: "Monthly visits by a business mentor for the first year of a reintegration loan.",
    kind: "mentoring",
    category: "econ.business_support",
    areaCodes: ["BD"],
    capacity: 300,
    opensInDays: -365,
    closesInDays: null,
    rule: inCountry("BD"),
    translations: {
      bn: {
        name: "ঋণগ্রহীতাদের জন্য ব্যবসা মেন্টরিং",
        description: "পুনর্বাসন ঋণের প্রথম বছরে প্রতি মাসে একজন ব্যবসা মেন্টর আপনার কাছে আসবেন।",
      },
    },
  },
  {
    owner: "shapla",
    name: "Women returnees' enterprise grant",
    description:
      "A one-off grant of BDT 60,000 and six days of enterprise training for women who came back in the last two years.",
    kind: "grant",
    category: "econ.finance",
    areaCodes: ["BD"],
    capacity: 120,
    opensInDays: -90,
    closesInDays: 275,
    rule: { and: [{ "==": [{ var: "sex" }, "female"] }, age(18, 55), returnedWithin(24)] },
    translations: {
      bn: {
        name: "বিদেশফেরত নারীদের উদ্যোগ অনুদান",
        description: "গত দুই বছরে ফিরে আসা নারীদের জন্য এককালীন ৬০,০০০ টাকা অনুদান ও ছয় দিনের উদ্যোক্তা প্রশিক্ষণ।",
      },
    },
  },
  {
    owner: "shapla",
    name: "Start and improve your business training",
    description:
      "Six-day enterprise and financial-literacy training, in Bangla, for returnees planning a business.",
    kind: "business_training",
    category: "econ.entrepreneurship_training",
    areaCodes: ["BD"],
    capacity: 60,
    opensInDays: -30,
    closesInDays: 180,
    rule: { and: [inCountry("BD"), age(18, 60)] },
    translations: {
      bn: {
        name: "ব্যবসা শুরু ও উন্নয়ন প্রশিক্ষণ",
        description:
          "যেসব বিদেশফেরত কর্মী ব্যবসার পরিকল্পনা করছেন, তাঁদের জন্য বাংলায় ছয় দিনের উদ্যোক্তা ও আর্থিক সাক্ষরতা প্রশিক্ষণ।",
      },
    },
  },
  {
    owner: "tvet",
    name: "Recognition of prior learning and trade testing",
    description:
      "Assessment against the national skills standard for trades learned abroad (construction, electrical, welding, driving), with a certificate on passing.",
    kind: "recognition_of_prior_learning",
    category: "econ.skills_recognition",
    areaCodes: ["BD30", "BD45"],
    capacity: 80,
    opensInDays: -180,
    closesInDays: null,
    rule: { and: [{ ">=": [{ var: "monthsAbroad" }, 12] }, { in: [{ var: "skillLevel" }, [1, 2]] }] },
    translations: {
      bn: {
        name: "আগে শেখা দক্ষতার স্বীকৃতি ও ট্রেড টেস্ট",
        description:
          "বিদেশে শেখা কাজের (নির্মাণ, বৈদ্যুতিক কাজ, ওয়েল্ডিং, গাড়ি চালানো) জাতীয় দক্ষতা মান অনুযায়ী মূল্যায়ন; উত্তীর্ণ হলে সনদ দেওয়া হয়।",
      },
    },
  },
  {
    owner: "tvet",
    name: "Skills for Employment: short courses for returnees aged 18 to 35",
    description:
      "Three-month courses with a stipend; places kept for returnees with no more than lower-secondary education.",
    kind: "training",
    category: "econ.vocational_training",
    areaCodes: ["BD30"],
    capacity: 40,
    opensInDays: -60,
    closesInDays: 120,
    rule: { and: [age(18, 35), { "<=": [{ var: "iscedLevel" }, 3] }] },
    translations: {
      bn: {
        name: "কর্মসংস্থানের জন্য দক্ষতা: ১৮ থেকে ৩৫ বছর বয়সী বিদেশফেরতদের স্বল্পমেয়াদি কোর্স",
        description: "ভাতাসহ তিন মাসের কোর্স; নিম্ন মাধ্যমিক পর্যন্ত বা তার কম পড়াশোনা করা বিদেশফেরতদের জন্য আসন সংরক্ষিত।",
      },
    },
  },
  {
    owner: "ministryBD",
    name: "Cash for work in flood-prone districts",
    description:
      "Sixty days of paid work on embankments and roads for returnees without income in districts hit by floods.",
    kind: "cash_for_work",
    category: "econ.cash_for_work",
    areaCodes: ["BD5549", "BD5532", "BD5552", "BD3093", "BD6090", "BD6091"],
    capacity: 200,
    opensInDays: -20,
    closesInDays: 70,
    rule: { and: [age(18, 60), { in: [{ var: "needs.economic" }, ["medium", "high"]] }] },
    translations: {
      bn: {
        name: "বন্যাপ্রবণ জেলায় কাজের বিনিময়ে টাকা",
        description: "বন্যাকবলিত জেলায় আয় নেই এমন বিদেশফেরতদের জন্য বাঁধ ও রাস্তায় ষাট দিনের মজুরিসহ কাজ।",
      },
    },
  },
  {
    owner: "welfareBoard",
    name: "Children's school re-entry support",
    description:
      "Admission help, uniforms and a stipend for children who came back with their parents or were born abroad.",
    kind: "schooling",
    category: "soc.schooling",
    areaCodes: ["BD"],
    capacity: null,
    opensInDays: null,
    closesInDays: null,
    rule: { ">=": [{ var: "childrenOfSchoolAge" }, 1] },
    translations: {
      bn: {
        name: "শিশুদের আবার স্কুলে ফেরার সহায়তা",
        description: "মা-বাবার সঙ্গে ফিরে আসা বা বিদেশে জন্ম নেওয়া শিশুদের জন্য ভর্তিতে সহায়তা, স্কুলের পোশাক ও উপবৃত্তি।",
      },
    },
  },
  {
    owner: "welfareBoard",
    name: "Support after deportation or crisis return",
    description:
      "A welcome package, three months of cash support and psychosocial first aid for workers deported or evacuated.",
    kind: "psychosocial_support",
    category: "psy.counselling",
    areaCodes: ["BD"],
    capacity: null,
    opensInDays: null,
    closesInDays: null,
    rule: { and: [{ in: [{ var: "returnType" }, ["forced", "crisis"]] }, returnedWithin(6)] },
    translations: {
      bn: {
        name: "দেশে ফেরত পাঠানো বা সংকটে ফেরার পর সহায়তা",
        description:
          "যেসব কর্মীকে দেশে ফেরত পাঠানো হয়েছে বা সংকটের কারণে সরিয়ে আনা হয়েছে, তাঁদের জন্য স্বাগত প্যাকেজ, তিন মাসের নগদ সহায়তা ও মানসিক প্রাথমিক সহায়তা।",
      },
    },
  },
  {
    owner: "nyay",
    name: "Wage claims and debt bondage legal aid",
    description:
      "Free legal help to claim unpaid wages from employers abroad and to contest illegal recruitment debts.",
    kind: "legal_aid",
    category: "soc.legal_aid",
    areaCodes: ["BD"],
    capacity: 150,
    opensInDays: null,
    closesInDays: null,
    rule: {
      or: [
        { "==": [{ var: "informalDebt" }, true] },
        { in: ["debt_bondage", { var: "vulnerabilityFlags" }] },
        { in: ["exploitation_abroad", { var: "vulnerabilityFlags" }] },
      ],
    },
    translations: {
      bn: {
        name: "বকেয়া মজুরি আদায় ও ঋণের দাসত্ব থেকে মুক্তিতে আইনি সহায়তা",
        description:
          "বিদেশের নিয়োগকর্তার কাছ থেকে বকেয়া মজুরি আদায় এবং নিয়োগের জন্য নেওয়া অবৈধ ঋণের বিরুদ্ধে লড়তে বিনামূল্যে আইনি সহায়তা।",
      },
    },
  },
  {
    owner: "roshan",
    name: "Roshan returnee microloan",
    description: "Microloans of up to PKR 300,000 for returnees with a business plan, repaid over 24 months.",
    kind: "loan",
    category: "econ.finance",
    areaCodes: ["PK"],
    capacity: 500,
    opensInDays: -200,
    closesInDays: null,
    rule: { and: [inCountry("PK"), age(21, 60), { "<": [{ var: "debtAmountUsd" }, 5000] }] },
    translations: {
      ur: {
        name: "روشن: واپس آنے والوں کے لیے مائیکرو قرض",
        description:
          "کاروباری منصوبہ رکھنے والے واپس آنے والوں کے لیے 3 لاکھ روپے تک مائیکرو قرض، جو 24 ماہ میں واپس کیا جاتا ہے۔",
      },
    },
  },
  {
    owner: "roshan",
    name: "Roshan enterprise coaching",
    description: "Business training and six months of coaching that go with a Roshan microloan.",
    kind: "business_training",
    category: "econ.entrepreneurship_training",
    areaCodes: ["PK"],
    capacity: 200,
    opensInDays: -200,
    closesInDays: null,
    rule: inCountry("PK"),
    translations: {
      ur: {
        name: "روشن کاروباری کوچنگ",
        description: "کاروباری تربیت اور چھ ماہ کی کوچنگ، جو روشن مائیکرو قرض کے ساتھ ملتی ہے۔",
      },
    },
  },
  {
    owner: "tvetPK",
    name: "Trade testing and certification for Gulf returnees",
    description: "Trade tests with a nationally recognised certificate for skills gained in the Gulf.",
    kind: "recognition_of_prior_learning",
    category: "econ.skills_recognition",
    areaCodes: ["PK6"],
    capacity: 100,
    opensInDays: -120,
    closesInDays: 240,
    rule: { and: [{ "==": [{ var: "destinationRegion" }, "gcc"] }, { ">=": [{ var: "monthsAbroad" }, 24] }] },
    translations: {
      ur: {
        name: "خلیجی ممالک سے واپس آنے والوں کے لیے ٹریڈ ٹیسٹ اور سرٹیفکیٹ",
        description: "خلیجی ممالک میں سیکھے گئے ہنر کے لیے ٹریڈ ٹیسٹ، اور قومی سطح پر تسلیم شدہ سرٹیفکیٹ۔",
      },
    },
  },
  {
    owner: "ministryPK",
    name: "Overseas Employment Promotion job placement",
    description: "Placement with employers in Pakistan for returnees with skilled or semi-skilled trades.",
    kind: "job_placement",
    category: "econ.job_matching",
    areaCodes: ["PK"],
    capacity: null,
    opensInDays: null,
    closesInDays: null,
    rule: { and: [inCountry("PK"), { ">=": [{ var: "skillLevel" }, 2] }] },
    translations: {
      ur: {
        name: "اوورسیز ایمپلائمنٹ پروموشن کے تحت ملازمت",
        description: "ہنرمند یا نیم ہنرمند واپس آنے والوں کو پاکستان میں آجروں کے ہاں ملازمت دلوانا۔",
      },
    },
  },
  {
    owner: "sukoon",
    name: "Sukoon counselling after forced return",
    description: "Eight sessions of individual counselling for returnees who were deported or fled a crisis.",
    kind: "psychosocial_support",
    category: "psy.counselling",
    areaCodes: ["PK5", "PK4"],
    capacity: 60,
    opensInDays: null,
    closesInDays: null,
    rule: {
      and: [{ in: [{ var: "returnType" }, ["forced", "crisis"]] }, need("psychosocial", "medium", "high")],
    },
    translations: {
      ur: {
        name: "جبری واپسی کے بعد سکون کونسلنگ",
        description:
          "ڈی پورٹ ہونے والے یا کسی بحران سے نکل کر آنے والوں کے لیے انفرادی کونسلنگ کی آٹھ نشستیں۔",
      },
    },
  },
  {
    owner: "fundIQ",
    name: "Small grants for returnees in Kurdistan Region",
    description: "Grants of up to IQD 5,000,000 for a small business, with the fund's business coaching.",
    kind: "grant",
    category: "econ.finance",
    areaCodes: ["IQG11", "IQG06", "IQG09"],
    capacity: 80,
    opensInDays: -45,
    closesInDays: 200,
    rule: { and: [age(18, 50), returnedWithin(24)] },
    translations: {
      ar: {
        name: "منح صغيرة للعائدين في إقليم كردستان",
        description: "منح تصل إلى 5,000,000 دينار عراقي لمشروع صغير، مع توجيه الصندوق لأصحاب المشاريع.",
      },
      ckb: {
        name: "بەخشینی بچووک بۆ گەڕاوەکان لە هەرێمی کوردستان",
        description:
          "بەخشین تا 5,000,000 دیناری عێراقی بۆ پرۆژەیەکی بچووک، لەگەڵ ڕێنمایی بازرگانیی سندووقەکە.",
      },
    },
  },
  {
    owner: "fundIQ",
    name: "Business coaching for grant holders",
    description: "Group training and monthly coaching for a year.",
    kind: "business_training",
    category: "econ.entrepreneurship_training",
    areaCodes: ["IQG11", "IQG06", "IQG09"],
    capacity: 80,
    opensInDays: -45,
    closesInDays: 200,
    rule: inCountry("IQ"),
    translations: {
      ar: {
        name: "توجيه المشاريع للحاصلين على المنح",
        description: "تدريب جماعي وتوجيه شهري لمدة سنة.",
      },
      ckb: {
        name: "ڕێنمایی بازرگانی بۆ وەرگرانی بەخشین",
        description: "ڕاهێنانی بە کۆمەڵ و ڕێنمایی مانگانە بۆ ماوەی ساڵێک.",
      },
    },
  },
  {
    owner: "ministryIQ",
    name: "Social protection network enrolment",
    description: "Monthly cash transfers for households without income, with larger households first.",
    kind: "social_protection",
    category: "soc.social_protection",
    areaCodes: ["IQ"],
    capacity: null,
    opensInDays: null,
    closesInDays: null,
    rule: { and: [{ ">=": [{ var: "householdSize" }, 4] }, need("economic", "high")] },
    translations: {
      ar: {
        name: "التسجيل في شبكة الحماية الاجتماعية",
        description: "إعانات نقدية شهرية للأسر التي ليس لديها دخل، والأولوية للأسر الأكبر عددًا.",
      },
      ckb: {
        name: "تۆمارکردن لە تۆڕی پاراستنی کۆمەڵایەتی",
        description: "پارەی مانگانە بۆ ئەو خێزانانەی داهاتیان نییە؛ خێزانە گەورەکان لە پێشترن.",
      },
    },
  },
  {
    owner: "hawkari",
    name: "Civil documentation recovery",
    description: "Help to replace lost or confiscated identity cards, passports and birth certificates.",
    kind: "documentation",
    category: "soc.documentation",
    areaCodes: ["IQ"],
    capacity: null,
    opensInDays: null,
    closesInDays: null,
    rule: {
      some: [
        { var: "documentsMissing" },
        { in: [{ var: "" }, ["passport", "national_id", "birth_certificate"]] },
      ],
    },
    translations: {
      ar: {
        name: "استعادة الوثائق المدنية",
        description: "المساعدة في استبدال بطاقات الهوية وجوازات السفر وشهادات الميلاد المفقودة أو المصادرة.",
      },
      ckb: {
        name: "دەستخستنەوەی بەڵگەنامە شارستانییەکان",
        description:
          "یارمەتی بۆ دەرهێنانەوەی ناسنامە، پاسپۆرت و بڕوانامەی لەدایکبوون کە ون بوون یان دەستیان بەسەردا گیراوە.",
      },
    },
  },
  {
    owner: "dijla",
    name: "Transitional housing for returnees without shelter",
    description: "Up to six months in a shared flat while the household finds a home.",
    kind: "housing",
    category: "soc.housing",
    areaCodes: ["IQG08"],
    capacity: 25,
    opensInDays: null,
    closesInDays: null,
    rule: { in: [{ var: "housingStatus" }, ["homeless", "temporary", "shelter"]] },
    translations: {
      ar: {
        name: "سكن انتقالي للعائدين بلا مأوى",
        description: "إقامة لمدة تصل إلى ستة أشهر في شقة مشتركة، ريثما تجد الأسرة منزلًا.",
      },
      ckb: {
        name: "نیشتەجێبوونی کاتی بۆ ئەو گەڕاوانەی شوێنی مانەوەیان نییە",
        description: "تا شەش مانگ لە شوقەیەکی هاوبەشدا، تا خێزانەکە ماڵێک دەدۆزێتەوە.",
      },
    },
  },
];
