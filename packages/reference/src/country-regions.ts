export const countryRegionCodes = [
  "gcc",
  "middle_east_other",
  "europe",
  "south_east_asia",
  "east_asia",
  "south_asia",
  "africa",
  "americas",
  "oceania",
  "other",
] as const;

export type CountryRegion = (typeof countryRegionCodes)[number];

/**
 * Destination regions as migration programmes report them: UN M49 geographic regions, except that the GCC
 * states are split from the rest of Western Asia (they receive most workers from Bangladesh and Pakistan),
 * Iran counts as Middle East rather than Southern Asia, and Cyprus and the South Caucasus count as Europe.
 * Central Asia and Antarctica fall under "other". Every ISO 3166-1 alpha-2 code appears exactly once
 * (a test holds this against i18n-iso-countries).
 */
export const countriesByRegion: Record<CountryRegion, readonly string[]> = {
  gcc: ["SA", "AE", "QA", "KW", "BH", "OM"],
  middle_east_other: ["IQ", "IR", "IL", "JO", "LB", "PS", "SY", "TR", "YE"],
  europe: [
    // EU members
    ...["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "DE", "HU", "IE", "IT", "LV"],
    ...["LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"],
    // EEA, United Kingdom, Switzerland
    ...["IS", "LI", "NO", "GB", "CH"],
    // other European countries and territories, and the South Caucasus
    ...["AL", "AD", "BY", "BA", "XK", "MD", "MC", "ME", "MK", "RU", "SM", "RS", "UA", "VA"],
    ...["AX", "FO", "GI", "GG", "IM", "JE", "SJ", "AM", "AZ", "GE"],
  ],
  south_east_asia: ["MY", "SG", "TH", "ID", "PH", "VN", "KH", "LA", "MM", "BN", "TL"],
  east_asia: ["CN", "HK", "MO", "TW", "JP", "KR", "KP", "MN"],
  south_asia: ["AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK"],
  africa: [
    ...["DZ", "EG", "LY", "MA", "SD", "TN", "EH", "SS"],
    ...["BI", "KM", "DJ", "ER", "ET", "KE", "MG", "MW", "MU", "YT", "MZ", "RE", "RW", "SC", "SO", "TZ"],
    ...["UG", "ZM", "ZW", "TF", "IO"],
    ...["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"],
    ...["BW", "SZ", "LS", "NA", "ZA"],
    ...["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH", "SN", "SL", "TG"],
  ],
  americas: [
    ...["CA", "US", "BM", "GL", "PM"],
    ...["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"],
    ...["AI", "AG", "AW", "BS", "BB", "BQ", "VG", "KY", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM"],
    ...["MQ", "MS", "PR", "BL", "KN", "LC", "MF", "VC", "SX", "TT", "TC", "VI"],
    ...["AR", "BO", "BV", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PY", "PE", "GS", "SR", "UY", "VE"],
  ],
  oceania: [
    ...["AU", "NZ", "CX", "CC", "HM", "NF"],
    ...["FJ", "NC", "PG", "SB", "VU"],
    ...["GU", "KI", "MH", "FM", "NR", "MP", "PW", "UM"],
    ...["AS", "CK", "PF", "NU", "PN", "WS", "TK", "TO", "TV", "WF"],
  ],
  other: ["KZ", "KG", "TJ", "TM", "UZ", "AQ"],
};
