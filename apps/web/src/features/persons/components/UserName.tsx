import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchUser } from "../api/persons";

/** A user's name from their id; "a colleague" when the caller may not read that user. */
export function UserName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["users", id],
    queryFn: () => fetchUser(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (!id) return <>{t("persons.system")}</>;
  return <>{q.data?.name ?? t("persons.someone")}</>;
}
