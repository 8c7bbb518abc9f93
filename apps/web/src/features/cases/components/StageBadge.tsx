import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const colors: Record<string, string> = {
  pre_return: "gray",
  registered: "blue",
  assessed: "cyan",
  plan_active: "teal",
  monitoring: "grape",
  handed_over: "orange",
  closed: "dark",
};

/** A case stage in words on its colour. */
export function StageBadge({ stage }: { stage: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[stage] ?? "gray"} variant="filled">
      {t(`cases.stages.${stage}`)}
    </Badge>
  );
}
