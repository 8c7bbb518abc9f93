import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

// filled at the theme's shade 9 so that the white text keeps the AA contrast ratio
const colours: Record<string, string> = {
  applied: "blue",
  accepted: "teal",
  waitlisted: "violet",
  rejected: "red",
  active: "indigo",
  completed: "cyan",
  dropped: "gray",
};

/** An enrolment's status in words on its colour. */
export function EnrolmentStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status] ?? "gray"} variant="filled">
      {t(`cases.enrolments.statuses.${status}`)}
    </Badge>
  );
}
