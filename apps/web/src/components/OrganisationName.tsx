import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getOrganisation } from "../api/records";

/** An organisation's name from its id (cached); "An organisation" while it loads or when it cannot be read. */
export function OrganisationName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const organisation = useQuery({
    queryKey: ["organisations", id],
    queryFn: () => getOrganisation(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
  return <>{organisation.data?.name ?? t("common.record.someOrganisation")}</>;
}
