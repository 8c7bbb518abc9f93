import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { shownBeside } from "./fieldError";

/**
 * The error summary at the top of a form: everything the server said that is not shown beside a field
 * (fields lists the inputs that show their own message).
 */
export function SaveError({
  error,
  fields = [],
  title,
}: {
  error: unknown;
  fields?: readonly string[];
  title?: string;
}) {
  const { t } = useTranslation();
  if (!error || shownBeside(error, fields)) return null;
  const message =
    error instanceof ApiError
      ? error.code === "stale_version"
        ? t("common.staleVersion")
        : error.message
      : t("common.error.network");
  return (
    <Alert color="red" role="alert" title={title ?? t("common.saveFailed")}>
      {message}
    </Alert>
  );
}
