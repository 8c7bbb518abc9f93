import { Alert, Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/** An error where content should be, with a retry when trying again can help: never a blank page. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.status === 404
        ? t("common.error.notFound")
        : error.message
      : t("common.error.network");
  const retryable = !(error instanceof ApiError) || error.retryable;
  return (
    <Alert color="red" title={t("common.error.title")} role="alert">
      <Group justify="space-between" wrap="nowrap">
        <span>{message}</span>
        {onRetry && retryable && (
          <Button variant="white" color="red" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
