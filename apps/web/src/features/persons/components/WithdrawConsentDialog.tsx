import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { type Consent, withdrawConsent } from "../api/persons";

/** Withdrawing a consent cannot be undone: it asks why, and asks to confirm. */
export function WithdrawConsentDialog({
  consent,
  purposeLabel,
  onClose,
}: {
  consent: Consent | null;
  purposeLabel: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const withdraw = useMutation({
    mutationFn: (c: Consent) => withdrawConsent(c.personId, c.id, reason.trim()),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ["persons", c.personId, "consents"] });
      setReason("");
      onClose();
    },
  });
  return (
    <Modal
      opened={consent !== null}
      onClose={onClose}
      title={t("persons.consents.withdrawTitle", { purpose: purposeLabel })}
    >
      <Stack>
        <Text size="sm">{t("persons.consents.withdrawWarning")}</Text>
        {withdraw.isError && (
          <Alert color="red" role="alert">
            {withdraw.error instanceof ApiError ? withdraw.error.message : t("common.error.network")}
          </Alert>
        )}
        <Textarea
          label={t("persons.consents.withdrawReason")}
          required
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={
            missing
              ? t("persons.consents.reasonRequired")
              : withdraw.error instanceof ApiError && withdraw.error.field === "note"
                ? withdraw.error.message
                : undefined
          }
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            color="red"
            loading={withdraw.isPending}
            onClick={() => {
              if (!reason.trim()) return setMissing(true);
              if (consent) withdraw.mutate(consent);
            }}
          >
            {t("persons.consents.withdrawConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
