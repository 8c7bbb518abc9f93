import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RowList } from "../../../components/RowList";
import { emptyEpisode, type StepProps } from "../hooks/registrationForm";
import { EpisodeFields } from "./EpisodeFields";

/** Every stay abroad, most recent first. */
export function MigrationStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <RowList
        rows={form.migrationEpisodes}
        onChange={(migrationEpisodes) => set({ migrationEpisodes })}
        fresh={emptyEpisode}
        legend={(n) => t("persons.episodeLegend", { n })}
        removeLabel={(n) => t("persons.removeEpisode", { n })}
        addLabel={t("persons.addEpisode")}
      >
        {(episode, change, i) => (
          <EpisodeFields
            episode={episode}
            onChange={change}
            err={(field) => err(`migrationEpisodes.${i}.${field}`)}
          />
        )}
      </RowList>
    </Stack>
  );
}
