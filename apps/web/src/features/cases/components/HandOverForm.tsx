import { Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CaseDetail, handOver } from "../api/cases";
import { fieldError } from "../hooks/fieldError";
import { useInvalidateCase } from "../hooks/useInvalidateCase";
import { OpenItemsFields } from "./OpenItemsFields";
import { SaveError } from "./SaveError";

export function HandOverForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const invalidateCase = useInvalidateCase(detail.id);
  const [service, setService] = useState("");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [openReason, setOpenReason] = useState("");
  const open = detail.openItems;
  const save = useMutation({
    mutationFn: () =>
      handOver(detail.id, {
        version: detail.version,
        nationalService: service.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(open.length ? { acknowledgeOpenItems: true, openItemsReason: openReason.trim() } : {}),
      }),
    onSuccess: () => void invalidateCase(),
    onSettled: () => setConfirming(false),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // with items still open, the hand-over is confirmed with a reason first
        if (open.length) setConfirming(true);
        else save.mutate();
      }}
    >
      <Stack gap="sm">
        <SaveError error={save.error} fields={["nationalService", "note", "openItemsReason"]} />
        <TextInput
          label={t("cases.handOver.service")}
          description={t("cases.handOver.serviceHint")}
          value={service}
          onChange={(e) => setService(e.currentTarget.value)}
          error={fieldError(save.error, "nationalService")}
        />
        <Textarea
          label={t("cases.handOver.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(save.error, "note")}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("cases.handOver.submit")}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("cases.handOver.confirmTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <OpenItemsFields
          items={open}
          reason={openReason}
          onReason={setOpenReason}
          error={fieldError(save.error, "openItemsReason")}
        />
        <Group justify="end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
          <Button loading={save.isPending} disabled={openReason.trim() === ""} onClick={() => save.mutate()}>
            {t("cases.handOver.confirm")}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
