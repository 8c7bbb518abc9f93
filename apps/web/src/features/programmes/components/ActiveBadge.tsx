import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Whether a programme takes enrolments, in words on a filled badge. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={active ? "teal" : "gray"} miw="max-content">
      {active ? t("programmes.active") : t("programmes.inactive")}
    </Badge>
  );
}
