import { Alert, Anchor, Button, PasswordInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../../api/client";
import { fieldError } from "../../../components/fieldError";
import { login } from "../api/auth";
import { meKey, useMe } from "../hooks/useMe";
import { AuthCard, EmailField } from "./AuthCard";

/** Only paths inside the app are followed after login, so a crafted link cannot send users elsewhere. */
function safeNext(next: string | null) {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const next = safeNext(params.get("next"));
  const mutation = useMutation({
    mutationFn: () => login(email, password),
    onSuccess: (data) => {
      queryClient.setQueryData(meKey, data);
      navigate(next, { replace: true });
    },
  });
  if (me.data) return <Navigate to={next} replace />;
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <AuthCard title={t("auth.title")} intro={t("auth.intro")} onSubmit={() => mutation.mutate()}>
      {params.get("expired") && !error && (
        <Alert color="yellow" role="status">
          {t("auth.expired")}
        </Alert>
      )}
      {params.get("loggedOut") && !error && <Alert role="status">{t("auth.loggedOut")}</Alert>}
      {(error || mutation.isError) && (
        <Alert color="red" role="alert">
          {error?.message ?? t("common.error.network")}
        </Alert>
      )}
      <EmailField value={email} onChange={setEmail} error={error} />
      <PasswordInput
        label={t("auth.password")}
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fieldError(error, "password")}
      />
      <Button type="submit" loading={mutation.isPending}>
        {t("auth.submit")}
      </Button>
      <Anchor component={Link} to="/recover" size="sm">
        {t("auth.forgot")}
      </Anchor>
    </AuthCard>
  );
}
