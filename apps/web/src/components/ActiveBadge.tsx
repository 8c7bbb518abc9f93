import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Whether a record is in use (a programme taking enrolments, an organisation, a user), in words on a filled badge. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={active ? "teal.9" : "gray.7"} miw="max-content">
      {active ? t("common.status.active") : t("common.status.inactive")}
    </Badge>
  );
}
