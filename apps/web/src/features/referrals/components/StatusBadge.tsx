import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const colours: Record<string, string> = {
  draft: "gray",
  sent: "blue",
  accepted: "teal",
  in_progress: "indigo",
  completed: "green",
  declined: "red",
  not_completed: "orange",
  cancelled: "gray",
  suspended: "yellow",
};

/** A referral status in words, with its colour as a second cue. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status] ?? "gray"} variant="light" c={`${colours[status] ?? "gray"}.9`}>
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}
