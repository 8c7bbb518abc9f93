import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/**
 * The error summary at the top of a form: everything the server said that is not shown beside a field
 * (fields lists the inputs that show their own message).
 */
export function SaveError({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.field && fields.includes(error.field)) return null;
  const message =
    error instanceof ApiError
      ? error.code === "stale_version"
        ? t("cases.staleVersion")
        : error.message
      : t("common.error.network");
  return (
    <Alert color="red" role="alert" title={t("cases.saveFailed")}>
      {message}
    </Alert>
  );
}
