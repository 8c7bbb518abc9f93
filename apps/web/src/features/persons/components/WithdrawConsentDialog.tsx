import { Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
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
      // referrals that rested on the consent are suspended: the lists showing them are stale
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      if (c.referralsSuspended > 0)
        notifications.show({
          color: "yellow",
          message: t("persons.consents.referralsSuspended", { count: c.referralsSuspended }),
        });
      setReason("");
      onClose();
    },
  });
  return (
    <FormDialog
      opened={consent !== null}
      title={t("persons.consents.withdrawTitle", { purpose: purposeLabel })}
      intro={<Text size="sm">{t("persons.consents.withdrawWarning")}</Text>}
      onClose={onClose}
      onSubmit={() => {
        if (!reason.trim()) return setMissing(true);
        if (consent) withdraw.mutate(consent);
      }}
      submitLabel={t("persons.consents.withdrawConfirm")}
      danger
      pending={withdraw.isPending}
      error={withdraw.error}
      fields={["note"]}
    >
      <Textarea
        label={t("persons.consents.withdrawReason")}
        required
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? t("persons.consents.reasonRequired") : fieldError(withdraw.error, "note")}
      />
    </FormDialog>
  );
}
