import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Verdict } from "../api/rules";

// filled at the theme's shade 9: white text on these keeps the AA contrast ratio
const colours: Record<Verdict, string> = { eligible: "teal", not_eligible: "red", unknown: "gray" };

/** Eligible, not eligible or unknown, in words on its colour. */
export function VerdictBadge({ verdict, size = "md" }: { verdict: Verdict; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[verdict]} variant="filled" size={size} miw="max-content">
      {t(`rules.verdict.${verdict}`)}
    </Badge>
  );
}
