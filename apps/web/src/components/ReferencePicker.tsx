import { useTranslation } from "react-i18next";
import { searchAdminAreas, searchIsco, searchIsic } from "../api/reference";
import { type PickerProps, RemoteSelect } from "./RemoteSelect";
import { districtOptions, occupationOptions, sectorOptions } from "./referenceOptions";

/** The reference lists searched by code or words: ISCO-08 occupations, ISIC sectors, districts. */
export type ReferenceList = "occupation" | "sector" | "district";

/**
 * A code of a reference list too large to load whole (an occupation, a sector, a district), searched by
 * title words or code; the caller keeps the chosen code's label, so it shows without another search.
 */
export function ReferencePicker(
  props: PickerProps<"search" | "queryKey" | "staleTime" | "lookup"> & { list: ReferenceList },
) {
  const { t, i18n } = useTranslation();
  const search = {
    occupation: async (q: string) => occupationOptions((await searchIsco(q)).items),
    sector: async (q: string) => sectorOptions((await searchIsic(q)).items),
    district: async (q: string) =>
      districtOptions((await searchAdminAreas(q, 2)).items, (name, parent) =>
        t("persons.areaIn", { name, parent }),
      ),
  }[props.list];
  return (
    <RemoteSelect
      {...props}
      queryKey={["reference", props.list, i18n.language]}
      search={search}
      staleTime={10 * 60_000}
    />
  );
}
