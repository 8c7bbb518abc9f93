import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const colours: Record<string, string> = {
  applied: "blue",
  waitlisted: "grape",
  accepted: "teal",
  active: "indigo",
  completed: "cyan",
  rejected: "red",
  dropped: "gray",
};

/** An enrolment's status in words, with its colour as a second cue (filled: AA contrast). */
export function EnrolmentStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={colours[status] ?? "gray"} miw="max-content">
      {t(`programmes.enrolments.statuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}
