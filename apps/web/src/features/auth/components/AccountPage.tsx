import {
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DateText } from "../../../components/DateText";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { QueryState } from "../../../components/QueryState";
import { SaveForm } from "../../../components/SaveForm";
import { changePassword, fetchRecoveryCodesStatus, makeRecoveryCodes, type RecoveryCodes } from "../api/auth";
import { useMe } from "../hooks/useMe";
import { NewPasswordFields, useNewPassword } from "./NewPasswordFields";

/** The signed-in user's own account: who they are, their password and their recovery codes. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params] = useSearchParams();
  return (
    <Stack maw={720}>
      <Title order={2}>{t("auth.account.title")}</Title>
      {params.get("recovered") && (
        <Alert color="green" role="status">
          {t("auth.account.recovered")}
        </Alert>
      )}
      {me && (
        <Text>
          {t("auth.account.signedInAs", {
            name: me.user.name,
            email: me.user.email,
            organisation: me.organisation.name,
          })}
        </Text>
      )}
      <PasswordCard />
      <RecoveryCodesCard />
    </Stack>
  );
}

/** One part of the account page: its heading and what it is for, then its content. */
function AccountSection({ part, children }: { part: "password" | "codes"; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby={`${part}-title`}>
      <Title order={3} size="h4" id={`${part}-title`} mb="xs">
        {t(`auth.account.${part}.title`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`auth.account.${part}.intro`)}
      </Text>
      {children}
    </Card>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState("");
  const newPassword = useNewPassword();
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword, newPassword: newPassword.value }),
    onSuccess: () => {
      setCurrent("");
      newPassword.clear();
    },
  });
  return (
    <AccountSection part="password">
      {change.isSuccess && (
        <Alert color="green" role="status" mb="sm">
          {t("auth.account.password.changed")}
        </Alert>
      )}
      <SaveForm
        onSubmit={() => newPassword.matches() && change.mutate()}
        pending={change.isPending}
        error={change.error}
        fields={["currentPassword", "newPassword"]}
        submitLabel={t("auth.account.password.submit")}
      >
        <PasswordInput
          label={t("auth.account.password.current")}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={fieldError(change.error, "currentPassword")}
        />
        <NewPasswordFields state={newPassword} error={change.error} />
      </SaveForm>
    </AccountSection>
  );
}

const statusKey = ["me", "recovery-codes"];

function RecoveryCodesCard() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: statusKey, queryFn: fetchRecoveryCodesStatus });
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState<RecoveryCodes | null>(null);
  const make = useMutation({
    mutationFn: () => makeRecoveryCodes(password),
    onSuccess: (codes) => {
      setShown(codes);
      setAsking(false);
      setPassword("");
      void qc.invalidateQueries({ queryKey: statusKey });
    },
  });
  const text = shown ? `${t("auth.account.codes.fileHeading")}\n\n${shown.codes.join("\n")}\n` : "";
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "homecoming-recovery-codes.txt";
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <AccountSection part="codes">
      <QueryState query={status}>
        {(s) => (
          <Text mb="sm" data-testid="recovery-codes-status">
            {s.createdAt ? (
              <>
                {t("auth.account.codes.status", { count: s.unused })} <DateText value={s.createdAt} />
              </>
            ) : (
              t("auth.account.codes.none")
            )}
          </Text>
        )}
      </QueryState>
      {shown && (
        <Alert color="yellow" role="status" mb="sm" title={t("auth.account.codes.shownTitle")}>
          <Stack gap="sm">
            <Text size="sm">{t("auth.account.codes.shownExplain")}</Text>
            <SimpleGrid
              cols={2}
              spacing="xs"
              component="ul"
              style={{ listStyle: "none", padding: 0, margin: 0 }}
            >
              {shown.codes.map((code) => (
                <li key={code}>
                  <Code fz="md">{code}</Code>
                </li>
              ))}
            </SimpleGrid>
            <Group gap="xs">
              <CopyButton value={text}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t("auth.account.codes.copied") : t("auth.account.codes.copy")}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={download}>
                {t("auth.account.codes.download")}
              </Button>
              <Button size="xs" variant="default" onClick={() => window.print()}>
                {t("auth.account.codes.print")}
              </Button>
              <Button size="xs" onClick={() => setShown(null)}>
                {t("auth.account.codes.done")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {!shown && (
        <Group>
          <Button onClick={() => setAsking(true)}>
            {status.data?.createdAt ? t("auth.account.codes.replace") : t("auth.account.codes.make")}
          </Button>
        </Group>
      )}
      <FormDialog
        opened={asking}
        title={t("auth.account.codes.confirmTitle")}
        intro={
          <Text size="sm">
            {status.data?.createdAt
              ? t("auth.account.codes.confirmReplace")
              : t("auth.account.codes.confirmMake")}
          </Text>
        }
        onClose={() => {
          setAsking(false);
          make.reset();
        }}
        onSubmit={() => make.mutate()}
        submitLabel={t("auth.account.codes.make")}
        pending={make.isPending}
        error={make.error}
        fields={["password"]}
      >
        <PasswordInput
          label={t("auth.password")}
          autoComplete="current-password"
          required
          data-autofocus
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(make.error, "password")}
        />
      </FormDialog>
    </AccountSection>
  );
}
