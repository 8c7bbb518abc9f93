import { normalizeName, type PersonInput } from "@homecoming/domain";

// How a registration becomes rows; the bulk loader in bench/ writes the same rows through these.

export const profileKeys = [
  "genderIdentity",
  "address",
  "languages",
  "disability",
  "household",
  "education",
  "skills",
  "debts",
  "documents",
  "housing",
] as const;

export function searchNameOf(p: {
  givenName: string;
  familyName?: string | null;
  nameNative?: string | null;
}) {
  return normalizeName([p.givenName, p.familyName, p.nameNative].filter(Boolean).join(" "));
}

export function profileOf(input: Partial<PersonInput>): Record<string, unknown> {
  return Object.fromEntries(profileKeys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
}

export function episodeRows(episodes: PersonInput["migrationEpisodes"]) {
  return episodes.map((e, position) => {
    const {
      destinationCountry,
      startDate,
      endDate,
      occupationIsco,
      sectorIsic,
      legalStatus,
      returnType,
      ...details
    } = e;
    return {
      position,
      destinationCountry,
      startDate: startDate ?? null,
      endDate: endDate ?? null,
      occupationIsco: occupationIsco ?? null,
      sectorIsic: sectorIsic ?? null,
      legalStatus: legalStatus ?? null,
      returnType,
      details,
    };
  });
}
