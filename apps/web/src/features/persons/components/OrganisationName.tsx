import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchOrganisation } from "../api/persons";

/** An organisation's name from its id (cached). */
export function OrganisationName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["organisations", id],
    queryFn: () => fetchOrganisation(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
  return <>{q.data?.name ?? t("persons.someOrganisation")}</>;
}
