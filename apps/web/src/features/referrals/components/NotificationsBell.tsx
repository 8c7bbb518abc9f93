import { ActionIcon, Anchor, Button, Group, Indicator, Popover, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RelativeTime } from "../../../components/RelativeTime";
import { intlLocale } from "../../../i18n/languages";
import { can, useMe } from "../../auth/hooks/useMe";
import { fetchNotifications } from "../api/referrals";

const seenKey = "hc.notifications.seenUpTo";

/** Referral updates for my organisation: an unseen count, polled every minute, and a list with links. */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const allowed = can(me, "notification.list");
  const [seenUpTo, setSeenUpTo] = useState(() => localStorage.getItem(seenKey) ?? undefined);
  const [opened, setOpened] = useState(false);
  const notes = useQuery({
    queryKey: ["notifications", me?.user.id, seenUpTo],
    queryFn: () => fetchNotifications(seenUpTo),
    refetchInterval: 60_000,
    enabled: allowed,
  });
  if (!allowed) return null;
  const unseen = notes.data?.unseen ?? 0;
  const markSeen = () => {
    const newest = notes.data?.items[0]?.at ?? new Date().toISOString();
    const upTo = seenUpTo && seenUpTo > newest ? seenUpTo : newest;
    localStorage.setItem(seenKey, upTo);
    setSeenUpTo(upTo);
  };
  const label = unseen
    ? t("referrals.notifications.unseen", { count: unseen })
    : t("referrals.notifications.label");
  return (
    <Indicator
      label={new Intl.NumberFormat(intlLocale(i18n.language)).format(unseen)}
      size={18}
      disabled={unseen === 0}
      color="red.8"
    >
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withArrow>
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden="true"
            >
              <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.73 21a2 2 0 0 1-3.46 0" />
            </svg>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{t("referrals.notifications.title")}</Text>
            {unseen > 0 && (
              <Button size="xs" variant="subtle" onClick={markSeen}>
                {t("referrals.notifications.markSeen")}
              </Button>
            )}
          </Group>
          {notes.isError && <Text size="sm">{t("common.error.network")}</Text>}
          {notes.data && notes.data.items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("referrals.notifications.none")}
            </Text>
          )}
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {notes.data?.items.map((n) => {
              const isNew = !seenUpTo || n.at > seenUpTo;
              const event = t(`referrals.event.${n.type}`, { defaultValue: n.type });
              return (
                <li key={n.id}>
                  <Anchor
                    component={Link}
                    to={`/inbox${n.direction === "outgoing" ? "?direction=outgoing&filter=all" : "?filter=all"}`}
                    size="sm"
                    fw={isNew ? 700 : 400}
                    onClick={() => {
                      markSeen();
                      setOpened(false);
                    }}
                  >
                    {n.direction === "outgoing"
                      ? t("referrals.notifications.outgoing", {
                          organisation: n.actorOrganisationName ?? "",
                          event,
                          service: n.serviceName,
                          person: n.personName,
                        })
                      : t("referrals.notifications.incoming", {
                          event,
                          service: n.serviceName,
                          person: n.personName,
                        })}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    <RelativeTime value={n.at} />
                  </Text>
                </li>
              );
            })}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
