import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Outcome, Verdict } from "./api";

const verdictColours: Record<Verdict, string> = { eligible: "teal", not_eligible: "red", unknown: "gray" };
const outcomeColours: Record<Outcome, string> = { met: "teal", failed: "red", unknown: "gray" };

/** A verdict in words on a filled badge (its white text keeps AA contrast on the theme's dark shades). */
export function VerdictBadge({ verdict, size = "md" }: { verdict: Verdict; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={verdictColours[verdict]} variant="filled" size={size} miw="max-content">
      {t(`rules.verdict.${verdict}`)}
    </Badge>
  );
}

/** How one condition came out, in words. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColours[outcome]} variant="filled" size="sm" miw="max-content">
      {t(`rules.outcome.${outcome}`)}
    </Badge>
  );
}
