import { z } from "zod";
import { text } from "./fields";

// A record's own words (a service's, a programme's) in the languages its readers read: per language, the
// fields given; a field not given reads in the language it was written in. The portal shows a returnee the
// words of their language where they exist.

const texts = <const K extends string>(fields: Record<K, number>) =>
  z.strictObject(
    Object.fromEntries(
      Object.entries<number>(fields).map(([k, max]) => [k, text(k, { max }).optional()]),
    ) as {
      [P in K]: z.ZodOptional<ReturnType<typeof text>>;
    },
  );

// a language the portal does not speak is refused rather than dropped without a word
const perLanguage = <T extends z.ZodType>(shape: T) =>
  z.strictObject({
    en: shape.optional(),
    bn: shape.optional(),
    ur: shape.optional(),
    ar: shape.optional(),
    ckb: shape.optional(),
  });

/** A service's words in other languages: its name, what it offers, who it is for, its cost, its opening hours. */
export const ServiceTexts = texts({
  name: 200,
  description: 4000,
  eligibility: 4000,
  cost: 200,
  openingHours: 200,
});
export type ServiceTexts = z.infer<typeof ServiceTexts>;
export const ServiceTranslations = perLanguage(ServiceTexts).meta({
  id: "ServiceTranslations",
  description:
    "the service's words in other languages (en, bn, ur, ar, ckb): name, description, eligibility (who it is for), cost, openingHours (of every location); a field left out reads as written",
});
export type ServiceTranslations = z.infer<typeof ServiceTranslations>;

/** A programme's words in other languages: its name and what it offers. */
export const ProgrammeTexts = texts({ name: 200, description: 4000 });
export type ProgrammeTexts = z.infer<typeof ProgrammeTexts>;
export const ProgrammeTranslations = perLanguage(ProgrammeTexts).meta({
  id: "ProgrammeTranslations",
  description: "the programme's name and description in other languages; a field left out reads as written",
});
export type ProgrammeTranslations = z.infer<typeof ProgrammeTranslations>;

/** An event's or a group's words in other languages: its name (an event's title) and what it is. */
export const CommunityTranslations = perLanguage(ProgrammeTexts).meta({
  id: "CommunityTranslations",
  description:
    "the name and description in other languages (en, bn, ur, ar, ckb); a field left out reads as written",
});
export type CommunityTranslations = z.infer<typeof CommunityTranslations>;

/**
 * A record's words in `language`: each field from its translation where there is one, else as written (in
 * `writtenIn`, English unless said); and whether every field reads in the language asked (the screen marks
 * the others as written in another language).
 */
export function wordsIn<T extends Record<string, string>>(
  written: T,
  translations: Partial<Record<string, Partial<Record<keyof T, string>> | undefined>>,
  language: string,
  writtenIn = "en",
): { words: T; translated: boolean } {
  const own: Partial<Record<keyof T, string>> = translations[language] ?? {};
  let translated = true;
  const words = { ...written };
  for (const key of Object.keys(written) as (keyof T)[]) {
    const said = own[key];
    if (said) words[key] = said as T[keyof T];
    else if (written[key] && language !== writtenIn) translated = false;
  }
  return { words, translated };
}
