import { Stack, Tabs, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { languages } from "../i18n/languages";
import { FoldedSection } from "./FoldedSection";
import { fieldError } from "./fieldError";

/** A field a record writes in other languages: its key, its label, and whether it takes several lines. */
export interface TranslatedField<K extends string> {
  key: K;
  label: string;
  multiline?: boolean;
}

type Texts<K extends string> = Partial<Record<K, string>>;
export type Translations<K extends string> = Partial<Record<(typeof languages)[number]["code"], Texts<K>>>;

/**
 * A record's words in the portal's languages, folded away until asked for, one tab a language, each field
 * typed in its script and direction; a field left empty reads as written. The server's messages appear beside
 * the fields (translations.bn.name), and in the form's summary, since the section may be folded.
 */
export function TranslationsEditor<K extends string>({
  fields,
  value,
  onChange,
  error,
}: {
  fields: readonly TranslatedField<K>[];
  value: Translations<K>;
  onChange: (value: Translations<K>) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const set = (language: (typeof languages)[number]["code"], key: K, text: string) => {
    const texts: Texts<K> = { ...value[language] };
    if (text) texts[key] = text;
    else delete texts[key];
    const next = { ...value };
    if (Object.keys(texts).length) next[language] = texts;
    else delete next[language];
    onChange(next);
  };
  const given = languages.filter((l) => value[l.code]).map((l) => l.name);
  return (
    <FoldedSection
      id="translations"
      title={t("common.translations.title")}
      hint={`${t("common.translations.hint")} ${given.length ? t("common.translations.given", { languages: given.join(", ") }) : t("common.translations.none")}`}
      showLabel={t("common.translations.show")}
      hideLabel={t("common.translations.hide")}
    >
      {() => (
        <Tabs defaultValue="bn" keepMounted={false}>
          <Tabs.List>
            {languages.map((l) => (
              <Tabs.Tab key={l.code} value={l.code} lang={l.code}>
                {l.name}
                {value[l.code] ? " ✓" : ""}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {languages.map((l) => (
            <Tabs.Panel key={l.code} value={l.code} pt="sm">
              <Stack gap="sm">
                {fields.map((f) => {
                  const common = {
                    label: `${f.label} (${l.name})`,
                    lang: l.code,
                    dir: l.dir,
                    value: value[l.code]?.[f.key] ?? "",
                    error: fieldError(error, `translations.${l.code}.${f.key}`),
                  };
                  return f.multiline ? (
                    <Textarea
                      key={f.key}
                      {...common}
                      autosize
                      minRows={2}
                      onChange={(e) => set(l.code, f.key, e.currentTarget.value)}
                    />
                  ) : (
                    <TextInput
                      key={f.key}
                      {...common}
                      onChange={(e) => set(l.code, f.key, e.currentTarget.value)}
                    />
                  );
                })}
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </FoldedSection>
  );
}
