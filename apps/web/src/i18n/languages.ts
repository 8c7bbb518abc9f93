/** The languages of the workspace, each named in its own script (UX.md). */
export const languages = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "bn", name: "বাংলা", dir: "ltr" },
  { code: "ur", name: "اردو", dir: "rtl" },
  { code: "ar", name: "العربية", dir: "rtl" },
  { code: "ckb", name: "کوردی", dir: "rtl" },
] as const;

export type LanguageCode = (typeof languages)[number]["code"];

export function directionOf(code: string): "ltr" | "rtl" {
  return languages.find((l) => l.code === code)?.dir ?? "ltr";
}
