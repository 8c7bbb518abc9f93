/** The countries whose admin areas the reference data holds; each one's code also stands for the whole country. */
export const adminAreaCountries = ["BD", "PK", "IQ"] as const;
export type AdminAreaCountry = (typeof adminAreaCountries)[number];
