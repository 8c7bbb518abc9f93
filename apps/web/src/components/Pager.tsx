import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../i18n/languages";

/** Server-side paging: shows the count and moves the offset; lists never load a whole table. */
export function Pager({
  total,
  capped = false,
  limit,
  offset,
  onChange,
}: {
  total: number;
  /** the total is a bound the server stopped counting at: more match */
  capped?: boolean | undefined;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t(capped ? "common.pagination.showingCapped" : "common.pagination.showing", {
          from: fmt.format(total === 0 ? 0 : offset + 1),
          to: fmt.format(Math.min(total, offset + limit)),
          total: fmt.format(total),
        })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.floor(offset / limit) + 1}
          onChange={(page) => onChange((page - 1) * limit)}
          getControlProps={(control) => ({
            "aria-label":
              control === "previous" ? t("common.pagination.previous") : t("common.pagination.next"),
          })}
        />
      )}
    </Group>
  );
}
