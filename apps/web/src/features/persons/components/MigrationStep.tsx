import { Button, Fieldset, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type EpisodeForm, emptyEpisode, type StepProps } from "../hooks/registrationForm";
import { EpisodeFields } from "./EpisodeFields";

/** Every stay abroad, most recent first. */
export function MigrationStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  const episodes = form.migrationEpisodes;
  const change = (i: number, patch: Partial<EpisodeForm>) =>
    set({ migrationEpisodes: episodes.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  return (
    <Stack>
      {episodes.map((episode, i) => (
        <Fieldset
          // episodes have no identity of their own until saved; their position is what the server names
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          legend={t("persons.episodeLegend", { n: i + 1 })}
        >
          <EpisodeFields
            episode={episode}
            onChange={(patch) => change(i, patch)}
            err={(field) => err(`migrationEpisodes.${i}.${field}`)}
          />
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              color="red"
              onClick={() => set({ migrationEpisodes: episodes.filter((_, j) => j !== i) })}
            >
              {t("persons.removeEpisode", { n: i + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="outline" onClick={() => set({ migrationEpisodes: [...episodes, emptyEpisode()] })}>
          {t("persons.addEpisode")}
        </Button>
      </Group>
    </Stack>
  );
}
