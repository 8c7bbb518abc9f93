import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { SaveError } from "../../../components/SaveError";
import { type CaseDetail, handOver } from "../api/cases";
import { useEndCase } from "../hooks/useEndCase";
import { EndCaseDialog } from "./EndCaseDialog";

export function HandOverForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [service, setService] = useState("");
  const [note, setNote] = useState("");
  const { save, confirm, dialog } = useEndCase(detail, (acknowledgement) =>
    handOver(detail.id, {
      version: detail.version,
      nationalService: service.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...acknowledgement,
    }),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // with items still open, the hand-over is confirmed with a reason first
        if (detail.openItems.length) confirm();
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
      <EndCaseDialog
        {...dialog}
        title={t("cases.handOver.confirmTitle")}
        confirmLabel={t("cases.handOver.confirm")}
      />
    </form>
  );
}
