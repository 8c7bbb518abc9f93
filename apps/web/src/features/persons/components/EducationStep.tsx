import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchIsced } from "../../../api/reference";
import type { SkillForm, StepProps } from "../hooks/registrationForm";

/** Highest education (ISCED 2011) and skills, with where they were learnt. */
export function EducationStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  const isced = useQuery({ queryKey: ["reference", "isced"], queryFn: fetchIsced, staleTime: Infinity });
  const change = (i: number, patch: Partial<SkillForm>) =>
    set({ skills: form.skills.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
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
      {form.skills.map((skill, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows are known by position, as the server names them
        <Fieldset key={i} legend={t("persons.skillLegend", { n: i + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("persons.field.skillName")}
              required
              value={skill.name}
              onChange={(e) => change(i, { name: e.currentTarget.value })}
              error={err(`skills.${i}.name`)}
            />
            <TextInput
              label={t("persons.field.yearsExperience")}
              inputMode="numeric"
              value={skill.yearsExperience}
              onChange={(e) => change(i, { yearsExperience: e.currentTarget.value })}
              error={err(`skills.${i}.yearsExperience`)}
            />
          </SimpleGrid>
          <Group mt="sm" justify="space-between">
            <Group>
              <Checkbox
                label={t("persons.field.certified")}
                checked={skill.certified}
                onChange={(e) => change(i, { certified: e.currentTarget.checked })}
              />
              <Checkbox
                label={t("persons.field.acquiredAbroad")}
                checked={skill.acquiredAbroad}
                onChange={(e) => change(i, { acquiredAbroad: e.currentTarget.checked })}
              />
            </Group>
            <Button
              variant="subtle"
              color="red"
              onClick={() => set({ skills: form.skills.filter((_, j) => j !== i) })}
            >
              {t("persons.removeSkill", { n: i + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="outline"
          onClick={() =>
            set({
              skills: [
                ...form.skills,
                { name: "", yearsExperience: "", certified: false, acquiredAbroad: false },
              ],
            })
          }
        >
          {t("persons.addSkill")}
        </Button>
      </Group>
    </Stack>
  );
}
