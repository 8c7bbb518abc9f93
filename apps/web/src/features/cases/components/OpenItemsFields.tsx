import { List, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import type { OpenItem } from "../api/cases";

/**
 * What is still open when the case ends (flagged needs never referred, referrals without an outcome), and
 * the reason it ends anyway, which the server keeps with the closure or hand-over.
 */
export function OpenItemsFields({
  items,
  reason,
  onReason,
  error,
}: {
  items: OpenItem[];
  reason: string;
  onReason: (reason: string) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" mb="md">
      <Text fw={700}>{t("cases.openItems.title")}</Text>
      <Text size="sm">
        {t("cases.openItems.intro", {
          count: items.length,
          n: new Intl.NumberFormat(intlLocale(i18n.language)).format(items.length),
        })}
      </Text>
      <List size="sm" aria-label={t("cases.openItems.title")}>
        {items.map((item) => (
          <List.Item key={item.kind === "flag" ? `flag-${item.code}` : item.referralId}>
            <bdi>
              {item.kind === "flag"
                ? t("cases.openItems.flag", {
                    label: t(`cases.flags.codes.${item.code}`, { defaultValue: item.label }),
                  })
                : t("cases.openItems.referral", {
                    service: item.serviceName,
                    status: t(`referrals.status.${item.status}`),
                  })}
            </bdi>
          </List.Item>
        ))}
      </List>
      <Textarea
        label={t("cases.openItems.reason")}
        required
        value={reason}
        onChange={(e) => onReason(e.currentTarget.value)}
        error={error}
      />
    </Stack>
  );
}
