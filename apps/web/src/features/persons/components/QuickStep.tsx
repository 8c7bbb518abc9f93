import { Group, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ReferencePicker } from "../../../components/ReferencePicker";
import { sexes } from "../api/persons";
import { type EpisodeForm, emptyEpisode, type StepProps } from "../hooks/registrationForm";
import { EpisodeFields } from "./EpisodeFields";

/** What an airport reception desk takes in a minute; the case manager completes the profile later. */
export function QuickStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  const [first, ...rest] = form.migrationEpisodes;
  const episode = first ?? emptyEpisode();
  const change = (patch: Partial<EpisodeForm>) =>
    set({ migrationEpisodes: [{ ...episode, ...patch }, ...rest] });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("persons.field.givenName")}
          required
          value={form.givenName}
          onChange={(e) => set({ givenName: e.currentTarget.value })}
          error={err("givenName")}
        />
        <TextInput
          label={t("persons.field.familyName")}
          value={form.familyName}
          onChange={(e) => set({ familyName: e.currentTarget.value })}
          error={err("familyName")}
        />
        <TextInput
          label={t("persons.field.birthYear")}
          required
          inputMode="numeric"
          value={form.birthYear}
          onChange={(e) => set({ birthYear: e.currentTarget.value })}
          error={err("birthYear") ?? err("birthDate")}
        />
        <TextInput
          type="tel"
          label={t("persons.field.phone")}
          description={t("persons.field.phoneHelp")}
          value={form.phone}
          onChange={(e) => set({ phone: e.currentTarget.value })}
          error={err("phone")}
          dir="ltr"
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
      <EpisodeFields
        quick
        episode={episode}
        onChange={change}
        err={(field) =>
          err(`migrationEpisodes.0.${field}`) ??
          (field === "destinationCountry" ? err("migrationEpisodes") : undefined)
        }
      />
    </Stack>
  );
}
