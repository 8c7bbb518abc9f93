import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";

/** Asks why before a move that ends an enrolment (reject, drop), and to confirm it. */
export function ReasonDialog({
  action,
  caseLabel,
  onConfirm,
  onClose,
  pending,
  error,
}: {
  action: "reject" | "drop" | null;
  caseLabel: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const apiError = error instanceof ApiError ? error : null;
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={action ? t(`programmes.enrolments.reasonTitle.${action}`, { id: caseLabel }) : ""}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) return setMissing(true);
          onConfirm(reason.trim());
        }}
      >
        <Stack>
          {action && <Text size="sm">{t(`programmes.enrolments.reasonWarning.${action}`)}</Text>}
          {error && apiError?.field !== "reason" ? (
            <Alert color="red" role="alert" title={t("programmes.enrolments.moveFailed")}>
              {apiError?.message ?? t("common.error.network")}
            </Alert>
          ) : null}
          <Textarea
            label={t("programmes.enrolments.reason")}
            required
            data-autofocus
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={
              missing
                ? t("programmes.enrolments.reasonRequired")
                : apiError?.field === "reason"
                  ? apiError.message
                  : undefined
            }
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={pending}>
              {action ? t(`programmes.enrolments.action.${action}`) : ""}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
