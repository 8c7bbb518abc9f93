import { TextInput, type TextInputProps } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { dateEntryLocale, formatDateEntry, parseDateEntry } from "./dateEntry";

/**
 * A calendar date typed the way the user's language writes it (its order of day, month and year and its
 * digits); the form gets YYYY-MM-DD, or what was typed when it is not a date, so the server can say why.
 */
export function DateField({
  value,
  onChange,
  description,
  ...props
}: Omit<TextInputProps, "value" | "onChange" | "type"> & {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [text, setText] = useState(() => formatDateEntry(value, language));
  // a value set from outside (a saved record, another language) is shown the language's way
  useEffect(() => {
    setText((typed) =>
      parseDateEntry(typed, language) === value ? typed : formatDateEntry(value, language),
    );
  }, [value, language]);
  const parsed = parseDateEntry(text, language);
  const example = formatDateEntry("2027-03-31", language);
  return (
    <TextInput
      {...props}
      inputMode="numeric"
      autoComplete="off"
      placeholder={example}
      value={text}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        onChange(typed.trim() === "" ? "" : (parseDateEntry(typed, language) ?? typed));
      }}
      onBlur={() => {
        if (parsed) setText(formatDateEntry(parsed, language));
      }}
      description={
        <>
          {description}
          {description ? " " : null}
          {parsed
            ? new Intl.DateTimeFormat(dateEntryLocale(language), {
                dateStyle: "long",
                timeZone: "UTC",
              }).format(new Date(`${parsed}T00:00:00Z`))
            : t("common.dateFormat", { example })}
        </>
      }
    />
  );
}
