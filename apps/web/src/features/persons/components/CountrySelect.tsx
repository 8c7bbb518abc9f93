import { Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchCountries } from "../../../api/reference";

/** A destination country, named in the interface language. */
export function CountrySelect({
  value,
  onChange,
  error,
  required,
}: {
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const countries = useQuery({
    queryKey: ["reference", "countries", i18n.language],
    queryFn: () => fetchCountries(i18n.language),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <Select
      label={t("persons.field.destinationCountry")}
      required={required}
      searchable
      clearable
      data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
      value={value || null}
      onChange={(next) => onChange(next ?? "")}
      nothingFoundMessage={countries.isError ? t("persons.picker.failed") : t("persons.picker.nothing")}
      error={error ?? (countries.isError ? t("persons.picker.failed") : undefined)}
    />
  );
}
