import { feedbackSubjects, returnTypes, sexes } from "@homecoming/domain/values";
import { adminAreaCountries } from "@homecoming/reference/admin-area-countries";
import { countryRegionCodes } from "@homecoming/reference/country-regions";
import { Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchCountries, searchIsic } from "../../../api/reference";
import { AreaPicker } from "../../../components/AreaPicker";
import { currencyCodes } from "../../../components/money";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { RemoteSelect } from "../../../components/RemoteSelect";
import { closureReasons, serviceCategoryCodes } from "../../cases/api/cases";
import { programmeKinds } from "../../programmes/api/programmes";
import { surveyOccasions } from "../../surveys/api/surveys";
import { ageGroups, type Disaggregation } from "../api/indicators";
import { keyLabel } from "../hooks/keyLabel";

/** The closed lists a filter offers whole. */
const closed: Partial<Record<Disaggregation, readonly string[]>> = {
  sex: sexes,
  ageGroup: ageGroups,
  returnType: returnTypes,
  destinationRegion: countryRegionCodes,
  country: adminAreaCountries,
  serviceCategory: serviceCategoryCodes,
  closureReason: closureReasons,
  occasion: surveyOccasions,
  programmeKind: programmeKinds,
  currency: currencyCodes,
  feedbackSubject: feedbackSubjects,
};

/** The value of one filter, picked the way its split is best found: a list, a place, an organisation. */
export function FilterValue({
  split,
  value,
  onChange,
}: {
  split: Disaggregation;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = t("indicators.filterValue", { split: t(`indicators.splits.${split}`) });
  const countries = useQuery({
    queryKey: ["reference", "countries", i18n.language],
    queryFn: () => fetchCountries(i18n.language),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: split === "destinationCountry",
  });
  const list = closed[split];
  if (list)
    return (
      <Select
        label={label}
        searchable
        data={list.map((k) => ({ value: k, label: keyLabel(t, split, k, {}, i18n.language) }))}
        value={value || null}
        onChange={(v) => onChange(v ?? "")}
        w={260}
      />
    );
  if (split === "destinationCountry")
    return (
      <Select
        label={label}
        searchable
        data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
        value={value || null}
        onChange={(v) => onChange(v ?? "")}
        w={260}
      />
    );
  if (split === "district" || split === "province")
    return (
      <AreaPicker
        label={label}
        level={split === "district" ? 2 : 1}
        value={value}
        onChange={onChange}
        w={260}
      />
    );
  if (split === "organisation")
    return <OrganisationPicker label={label} value={value} onChange={onChange} w={260} />;
  if (split === "isicBranch")
    return (
      <RemoteSelect
        label={label}
        queryKey={["reference", "isic-sections", i18n.language]}
        search={async (q) =>
          (await searchIsic(q)).items
            .filter((e) => e.level === "section")
            .map((e) => ({ value: e.code, label: `${e.code}: ${e.title}` }))
        }
        minLength={0}
        value={value}
        onChange={onChange}
        w={260}
      />
    );
  return null;
}
