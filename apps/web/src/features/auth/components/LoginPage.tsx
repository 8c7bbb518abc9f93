import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../../api/client";
import { fieldError } from "../../../components/fieldError";
import { login } from "../api/auth";
import { meKey, useMe } from "../hooks/useMe";

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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={400} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t("auth.title")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("auth.intro")}
              </Text>
            </div>
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
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(error, "email")}
            />
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
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
