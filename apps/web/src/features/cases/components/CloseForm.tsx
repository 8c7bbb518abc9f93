import { Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pick } from "../../../components/pick";
import { type CaseDetail, closeCase, closureReasons } from "../api/cases";
import { fieldError } from "../hooks/fieldError";
import { useInvalidateCase } from "../hooks/useInvalidateCase";
import { SaveError } from "./SaveError";

/** Closing is final: a reason from the fixed list, a note, and a confirmation. */
export function CloseForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const invalidateCase = useInvalidateCase(detail.id);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      closeCase(detail.id, {
        version: detail.version,
        reason: pick(closureReasons, reason) ?? "",
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () => void invalidateCase(),
    onSettled: () => setConfirming(false),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      <Stack gap="sm">
        <SaveError error={save.error} fields={["reason", "note"]} />
        <Select
          label={t("cases.close.reason")}
          value={reason}
          onChange={setReason}
          data={closureReasons.map((r) => ({ value: r, label: t(`cases.close.reasons.${r}`) }))}
          error={fieldError(save.error, "reason")}
        />
        <Textarea
          label={t("cases.close.note")}
          description={t("cases.close.noteHint")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(save.error, "note")}
        />
        <Group>
          <Button type="submit">{t("cases.close.submit")}</Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("cases.close.confirmTitle")}>
        <Text mb="md">
          {t("cases.close.confirmText", {
            name: `${detail.person.givenName} ${detail.person.familyName}`,
            reason: reason ? t(`cases.close.reasons.${reason}`) : t("cases.close.noReason"),
          })}
        </Text>
        <Group justify="end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t("cases.close.confirm")}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
