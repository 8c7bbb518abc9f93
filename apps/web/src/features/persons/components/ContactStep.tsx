import { MultiSelect, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchLanguages } from "../../../api/reference";
import type { StepProps } from "../hooks/registrationForm";
import { DistrictField, FormText, PhoneField } from "./PersonFields";

/** Phone, home district and address, languages spoken. */
export function ContactStep(step: StepProps) {
  const { form, set, err } = step;
  const { t } = useTranslation();
  const languages = useQuery({
    queryKey: ["reference", "languages"],
    queryFn: fetchLanguages,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <Stack>
      <PhoneField {...step} />
      <DistrictField {...step} />
      <FormText {...step} field="address" />
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
