import { useTranslation } from "react-i18next";
import type { Programme } from "../api/programmes";
import { useFormat } from "../hooks/format";

/** Places taken against the capacity: "12 of 40", or "3 (not limited)". */
export function Places({ programme: p }: { programme: Pick<Programme, "placesTaken" | "capacity"> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {p.capacity === null
        ? t("programmes.places.unlimited", { taken: f.number(p.placesTaken) })
        : t("programmes.places.limited", { taken: f.number(p.placesTaken), capacity: f.number(p.capacity) })}
    </>
  );
}
