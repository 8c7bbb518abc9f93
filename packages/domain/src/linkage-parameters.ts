import type { LinkageParameters } from "./linkage";

// The m and u frequencies of every comparison level (see linkage.ts), estimated from labelled pairs: the
// registrations of bench/linkage.ts with seed 1 (3,000 returnees, each registered again up to twice with the
// variation real desks produce, plus namesakes, relatives sharing a phone and twins), compared wherever
// blocking brings two together. Re-estimate with `npm run bench:linkage -- --fit`, which prints this object;
// the quality figures are then measured on another seed (`npm run bench:linkage`).
//
// The thresholds were chosen on the same seed-1 set: `likely` from 0.9 keeps the precision above 0.99 with a
// recall of 0.91; `possible` from 0.1 reaches a recall of 0.99 while most namesakes stay below it.
export const linkageParameters: LinkageParameters = {
  version: "2026-12-05",
  source: "estimated by bench/linkage.ts --fit --seed 1 from 5808 labelled registrations",
  likely: 0.9,
  possible: 0.1,
  prior: 0.301,
  m: {
    name: {
      exact: 0.71,
      phonetic: 0.223,
      typo: 0.0104,
      subset: 0.0456,
      partial: 0.00998,
      different: 0.000434,
    },
    birth: {
      same_date: 0.336,
      swapped: 0.036,
      same_year: 0.484,
      near_year: 0.118,
      date_differs: 0.0252,
      year_differs: 0.000868,
    },
    sex: {
      same: 0.99,
      different: 0.00956,
    },
    phone: {
      same: 0.932,
      different: 0.0684,
    },
    nationalId: {
      same: 0.924,
      transposed: 0.0747,
      different: 0.000787,
    },
    passport: {
      same: 0.833,
      different: 0.167,
    },
    area: {
      same_district: 0.864,
      same_province: 0.0165,
      different: 0.119,
    },
    household: {
      same: 0.532,
      different: 0.468,
    },
  },
  u: {
    name: {
      exact: 0.214,
      phonetic: 0.0269,
      typo: 0.00187,
      subset: 0.0307,
      partial: 0.727,
      different: 0.000374,
    },
    birth: {
      same_date: 0.0204,
      swapped: 0.00224,
      same_year: 0.193,
      near_year: 0.391,
      date_differs: 0.328,
      year_differs: 0.066,
    },
    sex: {
      same: 0.933,
      different: 0.0668,
    },
    phone: {
      same: 0.114,
      different: 0.886,
    },
    nationalId: {
      same: 0.000427,
      transposed: 0.000427,
      different: 0.999,
    },
    passport: {
      same: 0.000481,
      different: 1,
    },
    area: {
      same_district: 0.217,
      same_province: 0.249,
      different: 0.534,
    },
    household: {
      same: 0.09,
      different: 0.91,
    },
  },
};
