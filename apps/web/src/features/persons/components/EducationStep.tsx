import { Checkbox, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchIsced } from "../../../api/reference";
import { RowList } from "../../../components/RowList";
import type { StepProps } from "../hooks/registrationForm";

/** Highest education (ISCED 2011) and skills, with where they were learnt. */
export function EducationStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  const isced = useQuery({ queryKey: ["reference", "isced"], queryFn: fetchIsced, staleTime: Infinity });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("persons.field.iscedLevel")}
          clearable
          data={(isced.data?.items ?? []).map((l) => ({ value: String(l.level), label: l.title }))}
          value={form.iscedLevel || null}
          onChange={(v) => set({ iscedLevel: v ?? "" })}
          error={err("education.iscedLevel") ?? (isced.isError ? t("persons.picker.failed") : undefined)}
        />
        <TextInput
          label={t("persons.field.fieldOfStudy")}
          value={form.fieldOfStudy}
          onChange={(e) => set({ fieldOfStudy: e.currentTarget.value })}
          error={err("education.fieldOfStudy")}
        />
      </SimpleGrid>
      <Title order={3} size="h4">
        {t("persons.skillsTitle")}
      </Title>
      <RowList
        rows={form.skills}
        onChange={(skills) => set({ skills })}
        fresh={() => ({ name: "", yearsExperience: "", certified: false, acquiredAbroad: false })}
        legend={(n) => t("persons.skillLegend", { n })}
        removeLabel={(n) => t("persons.removeSkill", { n })}
        addLabel={t("persons.addSkill")}
        aside={(skill, change) => (
          <>
            <Checkbox
              label={t("persons.field.certified")}
              checked={skill.certified}
              onChange={(e) => change({ certified: e.currentTarget.checked })}
            />
            <Checkbox
              label={t("persons.field.acquiredAbroad")}
              checked={skill.acquiredAbroad}
              onChange={(e) => change({ acquiredAbroad: e.currentTarget.checked })}
            />
          </>
        )}
      >
        {(skill, change, i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("persons.field.skillName")}
              required
              value={skill.name}
              onChange={(e) => change({ name: e.currentTarget.value })}
              error={err(`skills.${i}.name`)}
            />
            <TextInput
              label={t("persons.field.yearsExperience")}
              inputMode="numeric"
              value={skill.yearsExperience}
              onChange={(e) => change({ yearsExperience: e.currentTarget.value })}
              error={err(`skills.${i}.yearsExperience`)}
            />
          </SimpleGrid>
        )}
      </RowList>
    </Stack>
  );
}
