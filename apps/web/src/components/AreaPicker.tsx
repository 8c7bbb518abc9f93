import { useTranslation } from "react-i18next";
import { lookUpArea, searchAreas } from "./areas";
import { type PickerProps, RemoteSelect } from "./RemoteSelect";

/**
 * One area, or several with `multiple`, found by name or p-code as the user types, each shown by its
 * name; with `countries`, a whole country (BD, PK, IQ) can be chosen; `level` keeps to provinces (1) or
 * districts (2); `labels` names codes already known (such as the areas of a service being edited).
 */
export function AreaPicker(
  props: PickerProps<"search" | "queryKey" | "lookup" | "staleTime"> & { countries?: boolean; level?: 1 | 2 },
) {
  const { t, i18n } = useTranslation();
  const { countries = false, level } = props;
  return (
    <RemoteSelect
      {...props}
      queryKey={["admin-areas", i18n.language, level ?? 0, countries]}
      search={searchAreas(t, { countries, level })}
      lookup={lookUpArea(t)}
      staleTime={Number.POSITIVE_INFINITY}
    />
  );
}
