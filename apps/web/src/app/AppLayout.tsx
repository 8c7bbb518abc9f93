import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from "react-router";
import { Loading } from "../components/Loading";
import { logout } from "../features/auth/api/auth";
import { LanguageSwitcher } from "../features/auth/components/LanguageSwitcher";
import { can, useMe } from "../features/auth/hooks/useMe";
import { NotificationsBell } from "../features/referrals/components/NotificationsBell";
import { switchLanguage } from "../i18n";
import { sections } from "./navigation";

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const me = useMe().data;
  const { i18n } = useTranslation();
  // the language chosen with the account wins over this browser's last choice
  const saved = me?.user.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) void switchLanguage(saved);
  }, [saved, i18n]);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = async () => {
    await logout().catch(() => undefined);
    queryClient.clear();
    navigate("/login?loggedOut=1", { replace: true });
  };
  const isActive = (path: string) =>
    path === "/" ? location.pathname === "/" : location.pathname.startsWith(path);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("common.nav.label")}
            />
            <Title order={1} size="h4">
              {t("common.appName")}
            </Title>
          </Group>
          <Group wrap="nowrap" gap="sm">
            <LanguageSwitcher signedIn />
            <NotificationsBell />
            <UnstyledButton
              component={RouterLink}
              to="/account"
              visibleFrom="sm"
              title={t("common.user.account")}
            >
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {me?.user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {me?.organisation.name}
                </Text>
              </Stack>
            </UnstyledButton>
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              {t("common.user.logout")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("common.nav.label")}>
        {sections
          .filter((s) => can(me, s.action))
          .map((s) => (
            <NavLink
              key={s.path}
              component={RouterLink}
              to={s.path}
              label={t(`common.nav.${s.key}`)}
              active={isActive(s.path)}
              // the filled variant keeps the active item's text at AA contrast
              variant="filled"
              onClick={close}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
