import { Center, Loader } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { onSessionExpired } from "../../../api/client";
import { ErrorState } from "../../../components/ErrorState";
import { meKey, useMe } from "../hooks/useMe";

/** Screens behind a session; an expired session sends the user to login and back to where they were. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      onSessionExpired(() => {
        queryClient.setQueryData(meKey, null);
        navigate(`/login?expired=1&next=${encodeURIComponent(here)}`, { replace: true });
      }),
    [navigate, queryClient, here],
  );

  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(here)}`} replace />;
  return <>{children}</>;
}
