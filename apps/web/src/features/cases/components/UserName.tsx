import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getUser } from "../api/cases";

/** A colleague's name from their id; "not assigned" when there is none. */
export function UserName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["users", id],
    queryFn: () => getUser(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (!id) return <>{t("cases.notAssigned")}</>;
  return <>{q.data?.name ?? t("cases.someone")}</>;
}
