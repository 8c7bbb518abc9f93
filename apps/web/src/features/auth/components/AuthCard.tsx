import { Center, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** The card of the screens before signing in (log in, set a new password): a title, a line, a form. */
export function AuthCard({
  title,
  intro,
  onSubmit,
  width = 400,
  children,
}: {
  title: string;
  intro: string;
  onSubmit: () => void;
  width?: number;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w={width} maw="100%" gap="xs">
        <Group justify="flex-end">
          <LanguageSwitcher signedIn={false} />
        </Group>
        <Paper withBorder shadow="sm" p="xl" w="100%">
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {title}
                </Title>
                <Text c="dimmed" size="sm">
                  {intro}
                </Text>
              </div>
              {children}
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}

/** The email an account signs in with. */
export function EmailField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t("auth.email")}
      type="email"
      autoComplete="username"
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={fieldError(error, "email")}
    />
  );
}
