import { SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../components/DateField";
import type { StepProps } from "../hooks/registrationForm";
import { FormText, SexField } from "./PersonFields";

/** Names as written and transliterated, birth, sex, gender identity and identity documents. */
export function IdentityStep(step: StepProps) {
  const { t } = useTranslation();
  const { form, set, err } = step;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormText {...step} field="givenName" help required />
        <FormText {...step} field="familyName" help />
      </SimpleGrid>
      <FormText {...step} field="nameNative" help dir="auto" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t("persons.field.birthDate")}
          description={t("persons.field.birthDateHelp")}
          value={form.birthDate}
          onChange={(v) => set({ birthDate: v })}
          error={err("birthDate")}
        />
        <FormText {...step} field="birthYear" help inputMode="numeric" />
      </SimpleGrid>
      <SexField {...step} />
      <FormText {...step} field="genderIdentity" help dir="auto" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormText {...step} field="nationalId" />
        <FormText {...step} field="passportNumber" />
      </SimpleGrid>
    </Stack>
  );
}
