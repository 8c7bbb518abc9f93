import { Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { useCaseChange } from "../../cases/hooks/useInvalidateCase";
import { dropEnrolment } from "../api/caseEnrolments";
import type { Enrolment } from "../api/programmes";

/** Dropping an enrolment cannot be undone: it asks why and confirms. */
export function DropEnrolmentDialog({
  opened,
  onClose,
  enrolment,
}: {
  opened: boolean;
  onClose: () => void;
  enrolment: Enrolment;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const drop = useCaseChange(
    enrolment.caseId,
    () =>
      dropEnrolment(enrolment.id, {
        version: enrolment.version,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onClose,
  );
  return (
    <FormDialog
      opened={opened}
      title={t("cases.enrolments.dropTitle")}
      intro={<Text size="sm">{t("cases.enrolments.dropExplain", { name: enrolment.programmeName })}</Text>}
      onClose={onClose}
      onSubmit={() => drop.mutate()}
      submitLabel={t("cases.enrolments.dropConfirm")}
      cancelLabel={t("cases.enrolments.keep")}
      danger
      pending={drop.isPending}
      error={drop.error}
      fields={["reason"]}
    >
      <Textarea
        label={t("cases.enrolments.reason")}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(drop.error, "reason")}
      />
    </FormDialog>
  );
}
