import {
  type LinkageRecord,
  linkageKeys,
  nameSearchTerms,
  type PersonInput,
  searchNameOf,
} from "@homecoming/domain";
import type { migrationEpisodes, persons } from "../../db/schema";

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

/**
 * The columns worked out from a person's name and birth, that search and record linkage look up: the name as
 * written (search_name, trigram index), the linkage blocking keys (match_keys) and the terms of a search by
 * name (name_terms), both GIN-indexed arrays.
 */
export function nameColumnsOf(p: LinkageRecord) {
  return { searchName: searchNameOf(p), matchKeys: linkageKeys(p), nameTerms: nameSearchTerms(p) };
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

/** And back: the stored row and its episodes as the person record the API and the domain read. */
export function personOfRows(
  row: typeof persons.$inferSelect,
  episodes: (typeof migrationEpisodes.$inferSelect)[],
) {
  const {
    profile,
    searchName: _s,
    matchKeys: _k,
    nameTerms: _t,
    seenBy: _o,
    registeredByUserId: _u,
    ...rest
  } = row;
  return {
    ...rest,
    ...(profile as Record<string, never>),
    migrationEpisodes: episodes.map((e) => ({
      destinationCountry: e.destinationCountry,
      ...(e.startDate ? { startDate: e.startDate } : {}),
      ...(e.endDate ? { endDate: e.endDate } : {}),
      ...(e.occupationIsco ? { occupationIsco: e.occupationIsco } : {}),
      ...(e.sectorIsic ? { sectorIsic: e.sectorIsic } : {}),
      ...(e.legalStatus ? { legalStatus: e.legalStatus as "regular" } : {}),
      returnType: e.returnType as "voluntary",
      ...(e.details as Record<string, never>),
    })),
  };
}
