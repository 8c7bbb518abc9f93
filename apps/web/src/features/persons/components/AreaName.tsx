import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { searchAdminAreas } from "../../../api/reference";

/** A district's name with its division, from its p-code; the code itself until the name arrives. */
export function AreaName({ code }: { code: string }) {
  const { t } = useTranslation();
  const area = useQuery({
    queryKey: ["reference", "admin-area", code],
    queryFn: async () => (await searchAdminAreas(code)).items.find((a) => a.code === code) ?? null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const a = area.data;
  if (!a) return <>{code}</>;
  return <>{a.parentName ? t("persons.areaIn", { name: a.name, parent: a.parentName }) : a.name}</>;
}
