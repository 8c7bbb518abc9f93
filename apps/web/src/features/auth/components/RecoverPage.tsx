import { Alert, Anchor, Button, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../api/client";
import { fieldError, shownBeside } from "../../../components/fieldError";
import { login, recover } from "../api/auth";
import { meKey } from "../hooks/useMe";
import { AuthCard, EmailField } from "./AuthCard";
import { NewPasswordFields, useNewPassword } from "./NewPasswordFields";

const fields = ["email", "code", "newPassword"] as const;

/**
 * For someone who cannot sign in (a forgotten password, or an account that failed logins locked): an email,
 * one of their recovery codes and a new password. It signs them in with it.
 */
export function RecoverPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const newPassword = useNewPassword();
  const mutation = useMutation({
    mutationFn: async () => {
      await recover({ email, code, newPassword: newPassword.value });
      return login(email, newPassword.value);
    },
    onSuccess: (me) => {
      queryClient.setQueryData(meKey, me);
      navigate("/account?recovered=1", { replace: true });
    },
  });
  const error = mutation.error;
  return (
    <AuthCard
      title={t("auth.recover.title")}
      intro={t("auth.recover.intro")}
      width={440}
      onSubmit={() => newPassword.matches() && mutation.mutate()}
    >
      {error && !shownBeside(error, fields) && (
        <Alert color="red" role="alert">
          {error instanceof ApiError ? error.message : t("common.error.network")}
        </Alert>
      )}
      <EmailField value={email} onChange={setEmail} error={error} />
      <TextInput
        label={t("auth.recover.code")}
        description={t("auth.recover.codeHelp")}
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(error, "code")}
      />
      <NewPasswordFields state={newPassword} error={error} />
      <Button type="submit" loading={mutation.isPending}>
        {t("auth.recover.submit")}
      </Button>
      <Text size="sm">{t("auth.recover.noCodes")}</Text>
      <Anchor component={Link} to="/login" size="sm">
        {t("auth.recover.back")}
      </Anchor>
    </AuthCard>
  );
}
