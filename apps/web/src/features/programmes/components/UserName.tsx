import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getUser } from "../api/programmes";

/** A colleague's name from their id; "someone" when it cannot be read. */
export function UserName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const user = useQuery({
    queryKey: ["users", id],
    queryFn: () => getUser(id!),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
    retry: false,
  });
  return <>{user.data?.name ?? t("programmes.versions.someone")}</>;
}
