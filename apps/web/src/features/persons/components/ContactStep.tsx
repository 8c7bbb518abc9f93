import { MultiSelect, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchLanguages } from "../../../api/reference";
import { ReferencePicker } from "../../../components/ReferencePicker";
import type { StepProps } from "../hooks/registrationForm";

/** Phone, home district and address, languages spoken. */
export function ContactStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  const languages = useQuery({
    queryKey: ["reference", "languages"],
    queryFn: fetchLanguages,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <Stack>
      <TextInput
        type="tel"
        label={t("persons.field.phone")}
        description={t("persons.field.phoneHelp")}
        value={form.phone}
        onChange={(e) => set({ phone: e.currentTarget.value })}
        error={err("phone")}
        dir="ltr"
      />
      <ReferencePicker
        list="district"
        label={t("persons.field.adminArea")}
        description={t("persons.field.adminAreaHelp")}
        required
        value={form.adminAreaCode}
        labels={{ [form.adminAreaCode]: form.adminAreaLabel }}
        onChange={(adminAreaCode, adminAreaLabel) => set({ adminAreaCode, adminAreaLabel })}
        error={err("adminAreaCode")}
      />
      <TextInput
        label={t("persons.field.address")}
        value={form.address}
        onChange={(e) => set({ address: e.currentTarget.value })}
        error={err("address")}
      />
      <MultiSelect
        label={t("persons.field.languages")}
        searchable
        data={(languages.data?.items ?? []).map((l) => ({ value: l.code, label: l.name }))}
        value={form.languages}
        onChange={(next) => set({ languages: next })}
        error={err("languages") ?? (languages.isError ? t("persons.picker.failed") : undefined)}
      />
    </Stack>
  );
}
