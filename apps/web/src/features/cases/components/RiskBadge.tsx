import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const colors: Record<string, string> = { low: "green", medium: "yellow", high: "red" };

/** Risk level in words on its colour; "not assessed" when there is none yet. */
export function RiskBadge({ risk }: { risk: string | null }) {
  const { t } = useTranslation();
  if (!risk) return <span>{t("cases.risk.none")}</span>;
  return (
    <Badge color={colors[risk] ?? "gray"} variant="light" c={risk === "medium" ? "dark" : undefined}>
      {t(`cases.risk.${risk}`)}
    </Badge>
  );
}
