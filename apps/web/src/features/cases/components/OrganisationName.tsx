import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getOrganisation } from "../api/cases";

/** An organisation's name from its id (cached); "an organisation" while it loads or when it cannot be read. */
export function OrganisationName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["organisations", id],
    queryFn: () => getOrganisation(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
  return <>{q.data?.name ?? t("cases.someOrganisation")}</>;
}
