import { Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";

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
  return (
    <FormDialog
      opened={action !== null}
      title={action ? t(`programmes.enrolments.reasonTitle.${action}`, { id: caseLabel }) : ""}
      intro={action && <Text size="sm">{t(`programmes.enrolments.reasonWarning.${action}`)}</Text>}
      onClose={onClose}
      onSubmit={() => (reason.trim() ? onConfirm(reason.trim()) : setMissing(true))}
      submitLabel={action ? t(`programmes.enrolments.action.${action}`) : ""}
      danger
      pending={pending}
      error={error}
      fields={["reason"]}
      errorTitle={t("programmes.enrolments.moveFailed")}
    >
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
        error={missing ? t("programmes.enrolments.reasonRequired") : fieldError(error, "reason")}
      />
    </FormDialog>
  );
}
