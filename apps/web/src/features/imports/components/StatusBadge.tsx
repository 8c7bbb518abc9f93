import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportSummary } from "../api/imports";

const colors: Record<ImportSummary["status"], string> = {
  review: "blue.9",
  committed: "teal",
  discarded: "gray.7",
};

/** Where an import stands: under review, registered, or discarded. */
export function StatusBadge({ status }: { status: ImportSummary["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={colors[status]} miw="max-content">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}
