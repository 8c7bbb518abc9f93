import { Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { SaveError } from "../../../components/SaveError";
import { type CaseDetail, closeCase, closureReasons } from "../api/cases";
import { useEndCase } from "../hooks/useEndCase";
import { EndCaseDialog } from "./EndCaseDialog";

/** Closing is final: a reason from the fixed list, a note, and a confirmation. */
export function CloseForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const { save, confirm, dialog } = useEndCase(detail, (acknowledgement) =>
    closeCase(detail.id, {
      version: detail.version,
      reason: pick(closureReasons, reason) ?? "",
      ...(note.trim() ? { note: note.trim() } : {}),
      ...acknowledgement,
    }),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
    >
      <Stack gap="sm">
        <SaveError error={save.error} fields={["reason", "note", "openItemsReason"]} />
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
      <EndCaseDialog
        {...dialog}
        title={t("cases.close.confirmTitle")}
        confirmLabel={t("cases.close.confirm")}
      >
        <Text mb="md">
          {t("cases.close.confirmText", {
            name: `${detail.person.givenName} ${detail.person.familyName}`,
            reason: reason ? t(`cases.close.reasons.${reason}`) : t("cases.close.noReason"),
          })}
        </Text>
      </EndCaseDialog>
    </form>
  );
}
