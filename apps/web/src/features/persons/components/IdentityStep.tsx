import { Group, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../components/DateField";
import { sexes } from "../api/persons";
import type { StepProps } from "../hooks/registrationForm";

/** Names as written and transliterated, birth, sex, gender identity and identity documents. */
export function IdentityStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("persons.field.givenName")}
          description={t("persons.field.givenNameHelp")}
          required
          value={form.givenName}
          onChange={(e) => set({ givenName: e.currentTarget.value })}
          error={err("givenName")}
        />
        <TextInput
          label={t("persons.field.familyName")}
          description={t("persons.field.familyNameHelp")}
          value={form.familyName}
          onChange={(e) => set({ familyName: e.currentTarget.value })}
          error={err("familyName")}
        />
      </SimpleGrid>
      <TextInput
        label={t("persons.field.nameNative")}
        description={t("persons.field.nameNativeHelp")}
        value={form.nameNative}
        onChange={(e) => set({ nameNative: e.currentTarget.value })}
        error={err("nameNative")}
        dir="auto"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t("persons.field.birthDate")}
          description={t("persons.field.birthDateHelp")}
          value={form.birthDate}
          onChange={(v) => set({ birthDate: v })}
          error={err("birthDate")}
        />
        <TextInput
          label={t("persons.field.birthYear")}
          description={t("persons.field.birthYearHelp")}
          inputMode="numeric"
          value={form.birthYear}
          onChange={(e) => set({ birthYear: e.currentTarget.value })}
          error={err("birthYear")}
        />
      </SimpleGrid>
      <Radio.Group
        label={t("persons.field.sex")}
        required
        value={form.sex}
        onChange={(sex) => set({ sex })}
        error={err("sex")}
      >
        <Group mt="xs">
          {sexes.map((s) => (
            <Radio key={s} value={s} label={t(`persons.sex.${s}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={t("persons.field.genderIdentity")}
        description={t("persons.field.genderIdentityHelp")}
        value={form.genderIdentity}
        onChange={(e) => set({ genderIdentity: e.currentTarget.value })}
        error={err("genderIdentity")}
        dir="auto"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("persons.field.nationalId")}
          value={form.nationalId}
          onChange={(e) => set({ nationalId: e.currentTarget.value })}
          error={err("nationalId")}
        />
        <TextInput
          label={t("persons.field.passportNumber")}
          value={form.passportNumber}
          onChange={(e) => set({ passportNumber: e.currentTarget.value })}
          error={err("passportNumber")}
        />
      </SimpleGrid>
    </Stack>
  );
}
