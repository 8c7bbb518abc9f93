import { Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { type CaseDetail, handOver } from "../api/cases";
import { useEndCase } from "../hooks/useEndCase";
import { EndCaseForm } from "./EndCaseForm";

/** Handing the case over to a national service, with a note. */
export function HandOverForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [service, setService] = useState("");
  const [note, setNote] = useState("");
  const end = useEndCase(detail, (acknowledgement) =>
    handOver(detail.id, {
      version: detail.version,
      nationalService: service.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...acknowledgement,
    }),
  );
  // with items still open, the hand-over is confirmed with a reason first
  return (
    <EndCaseForm
      end={end}
      fields={["nationalService", "note"]}
      submitLabel={t("cases.handOver.submit")}
      title={t("cases.handOver.confirmTitle")}
      confirmLabel={t("cases.handOver.confirm")}
    >
      <TextInput
        label={t("cases.handOver.service")}
        description={t("cases.handOver.serviceHint")}
        value={service}
        onChange={(e) => setService(e.currentTarget.value)}
        error={fieldError(end.save.error, "nationalService")}
      />
      <Textarea
        label={t("cases.handOver.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(end.save.error, "note")}
      />
    </EndCaseForm>
  );
}
