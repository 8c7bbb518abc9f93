import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getUser } from "../api/records";

/**
 * A user's name from their id (cached); "A colleague" while it loads or when the caller may not read that
 * user, and `none` (by default "Not assigned") when there is no id.
 */
export function UserName({ id, none }: { id: string | null; none?: string }) {
  const { t } = useTranslation();
  const user = useQuery({
    queryKey: ["users", id],
    queryFn: () => getUser(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (!id) return <>{none ?? t("common.record.notAssigned")}</>;
  return <>{user.data?.name ?? t("common.record.someone")}</>;
}
