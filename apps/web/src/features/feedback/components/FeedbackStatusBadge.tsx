import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const colours: Record<string, string> = {
  received: "blue",
  in_review: "indigo",
  answered: "teal",
  closed: "gray",
};

/** Where a feedback or grievance stands, in words with its colour as a second cue; late ones say so. */
export function FeedbackStatusBadge({ status, overdue = false }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation();
  const colour = overdue ? "red" : (colours[status] ?? "gray");
  return (
    <Badge color={colour} variant="light" c={`${colour}.9`}>
      {overdue
        ? t("feedback.overdueStatus", { status: t(`feedback.status.${status}`) })
        : t(`feedback.status.${status}`)}
    </Badge>
  );
}
