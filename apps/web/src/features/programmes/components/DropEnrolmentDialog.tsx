import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SaveError } from "../../../components/SaveError";
import { fieldError } from "../../cases/hooks/fieldError";
import { useInvalidateCase } from "../../cases/hooks/useInvalidateCase";
import { dropEnrolment, type Enrolment } from "../../eligibility/api/eligibility";

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
  const invalidateCase = useInvalidateCase(enrolment.caseId);
  const [reason, setReason] = useState("");
  const drop = useMutation({
    mutationFn: () =>
      dropEnrolment(enrolment.id, {
        version: enrolment.version,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: () => {
      void invalidateCase();
      onClose();
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("cases.enrolments.dropTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          drop.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t("cases.enrolments.dropExplain", { name: enrolment.programmeName })}</Text>
          <SaveError error={drop.error} fields={["reason"]} />
          <Textarea
            label={t("cases.enrolments.reason")}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(drop.error, "reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cases.enrolments.keep")}
            </Button>
            <Button type="submit" color="red" loading={drop.isPending}>
              {t("cases.enrolments.dropConfirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
