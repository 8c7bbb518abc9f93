import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../components/DateField";
import { ReferencePicker } from "../../../components/ReferencePicker";
import { legalStatuses, returnTypes } from "../api/persons";
import type { EpisodeForm } from "../hooks/registrationForm";
import { CountrySelect } from "./CountrySelect";

/** One stay abroad; `quick` keeps to what an airport desk asks: where from and how the return happened. */
export function EpisodeFields({
  episode,
  onChange,
  err,
  quick,
}: {
  episode: EpisodeForm;
  onChange: (patch: Partial<EpisodeForm>) => void;
  err: (field: string) => string | undefined;
  quick?: boolean;
}) {
  const { t } = useTranslation();
  const returnType = (
    <Select
      label={t("persons.field.returnType")}
      required
      data={returnTypes.map((r) => ({ value: r, label: t(`persons.returnType.${r}`) }))}
      value={episode.returnType || null}
      onChange={(v) => onChange({ returnType: v ?? "" })}
      error={err("returnType")}
    />
  );
  const country = (
    <CountrySelect
      required
      value={episode.destinationCountry}
      onChange={(destinationCountry) => onChange({ destinationCountry })}
      error={err("destinationCountry")}
    />
  );
  if (quick)
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {country}
        {returnType}
      </SimpleGrid>
    );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {country}
        {returnType}
        <DateField
          label={t("persons.field.startDate")}
          value={episode.startDate}
          onChange={(v) => onChange({ startDate: v })}
          error={err("startDate")}
        />
        <DateField
          label={t("persons.field.endDate")}
          value={episode.endDate}
          onChange={(v) => onChange({ endDate: v })}
          error={err("endDate")}
        />
      </SimpleGrid>
      <ReferencePicker
        list="occupation"
        label={t("persons.field.occupation")}
        description={t("persons.field.occupationHelp")}
        value={episode.occupationIsco}
        labels={{ [episode.occupationIsco]: episode.occupationTitle }}
        onChange={(occupationIsco, occupationTitle) => onChange({ occupationIsco, occupationTitle })}
        error={err("occupationIsco")}
      />
      <ReferencePicker
        list="sector"
        label={t("persons.field.sector")}
        description={t("persons.field.sectorHelp")}
        value={episode.sectorIsic}
        labels={{ [episode.sectorIsic]: episode.sectorTitle }}
        onChange={(sectorIsic, sectorTitle) => onChange({ sectorIsic, sectorTitle })}
        error={err("sectorIsic")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("persons.field.legalStatus")}
          clearable
          data={legalStatuses.map((s) => ({ value: s, label: t(`persons.legalStatus.${s}`) }))}
          value={episode.legalStatus || null}
          onChange={(v) => onChange({ legalStatus: v ?? "" })}
          error={err("legalStatus")}
        />
        <TextInput
          label={t("persons.field.employer")}
          value={episode.employer}
          onChange={(e) => onChange({ employer: e.currentTarget.value })}
          error={err("employer")}
        />
        <TextInput
          label={t("persons.field.monthlyIncomeUsd")}
          description={t("persons.field.monthlyIncomeUsdHelp")}
          inputMode="decimal"
          value={episode.monthlyIncomeUsd}
          onChange={(e) => onChange({ monthlyIncomeUsd: e.currentTarget.value })}
          error={err("monthlyIncomeUsd")}
        />
      </SimpleGrid>
    </Stack>
  );
}
