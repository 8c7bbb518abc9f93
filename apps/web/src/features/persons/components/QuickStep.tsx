import { SimpleGrid, Stack } from "@mantine/core";
import { type EpisodeForm, emptyEpisode, type StepProps } from "../hooks/registrationForm";
import { EpisodeFields } from "./EpisodeFields";
import { DistrictField, FormText, PhoneField, SexField } from "./PersonFields";

/** What an airport reception desk takes in a minute; the case manager completes the profile later. */
export function QuickStep(step: StepProps) {
  const { form, set, err } = step;
  const [first, ...rest] = form.migrationEpisodes;
  const episode = first ?? emptyEpisode();
  const change = (patch: Partial<EpisodeForm>) =>
    set({ migrationEpisodes: [{ ...episode, ...patch }, ...rest] });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormText {...step} field="givenName" required />
        <FormText {...step} field="familyName" />
        <FormText
          {...step}
          field="birthYear"
          required
          inputMode="numeric"
          error={err("birthYear") ?? err("birthDate")}
        />
        <PhoneField {...step} />
      </SimpleGrid>
      <SexField {...step} />
      <DistrictField {...step} />
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
