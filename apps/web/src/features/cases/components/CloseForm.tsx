import { Select, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { type CaseDetail, closeCase, closureReasons } from "../api/cases";
import { useEndCase } from "../hooks/useEndCase";
import { EndCaseForm } from "./EndCaseForm";

/** Closing is final: a reason from the fixed list, a note, and a confirmation. */
export function CloseForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const end = useEndCase(detail, (acknowledgement) =>
    closeCase(detail.id, {
      version: detail.version,
      reason: pick(closureReasons, reason) ?? "",
      ...(note.trim() ? { note: note.trim() } : {}),
      ...acknowledgement,
    }),
  );
  return (
    <EndCaseForm
      end={end}
      fields={["reason", "note"]}
      submitLabel={t("cases.close.submit")}
      alwaysConfirm
      title={t("cases.close.confirmTitle")}
      confirmLabel={t("cases.close.confirm")}
      confirmText={
        <Text mb="md">
          {t("cases.close.confirmText", {
            name: `${detail.person.givenName} ${detail.person.familyName}`,
            reason: reason ? t(`cases.close.reasons.${reason}`) : t("cases.close.noReason"),
          })}
        </Text>
      }
    >
      <Select
        label={t("cases.close.reason")}
        value={reason}
        onChange={setReason}
        data={closureReasons.map((r) => ({ value: r, label: t(`cases.close.reasons.${r}`) }))}
        error={fieldError(end.save.error, "reason")}
      />
      <Textarea
        label={t("cases.close.note")}
        description={t("cases.close.noteHint")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(end.save.error, "note")}
      />
    </EndCaseForm>
  );
}
