/**
 * Reference rates for turning debts recorded in any currency into one figure that eligibility rules can
 * compare ("debt above 1,000 USD"). They are indicative mid-market rates (units of the currency per US dollar)
 * as of the date below: the Gulf currencies are pegged; the others are the rounded rates published by the
 * issuing central banks (Bangladesh Bank, State Bank of Pakistan, Central Bank of Iraq, Bank Negara Malaysia,
 * ECB for the euro) in that month. A deployment updates them by editing this table; screening does not need
 * more precision than this.
 */
export const referenceRatesDate = "2026-10-31";

export const unitsPerUsd: Readonly<Record<string, number>> = {
  USD: 1,
  BDT: 122,
  PKR: 281,
  IQD: 1310,
  INR: 88,
  NPR: 141,
  LKR: 300,
  AFN: 68,
  SAR: 3.75,
  AED: 3.6725,
  QAR: 3.64,
  KWD: 0.307,
  BHD: 0.376,
  OMR: 0.3845,
  JOD: 0.709,
  LBP: 89_500,
  TRY: 42,
  IRR: 1_050_000,
  MYR: 4.2,
  SGD: 1.3,
  THB: 32.5,
  KRW: 1_430,
  JPY: 152,
  EUR: 0.86,
  GBP: 0.76,
  CHF: 0.8,
};

/** The amount in US dollars, or undefined when the currency has no reference rate. */
export function toUsd(amount: number, currency: string): number | undefined {
  const rate = unitsPerUsd[currency.toUpperCase()];
  return rate === undefined ? undefined : amount / rate;
}
