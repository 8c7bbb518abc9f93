/** The currency of each country a deployment serves, by ISO 3166 code. */
const currencyOfCountry: Readonly<Record<string, string>> = {
  BD: "BDT",
  PK: "PKR",
  IQ: "IQD",
  IN: "INR",
  NP: "NPR",
  LK: "LKR",
  AF: "AFN",
};

/** The currency where the returnee lives, from their address's p-code (it starts with the country code). */
export const currencyOfArea = (adminAreaCode: string) =>
  currencyOfCountry[adminAreaCode.slice(0, 2).toUpperCase()] ?? "";
