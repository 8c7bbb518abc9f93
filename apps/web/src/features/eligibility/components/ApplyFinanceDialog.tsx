import { Select, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { useCaseChange } from "../../cases/hooks/useInvalidateCase";
import { applyForProgramme } from "../../programmes/api/caseEnrolments";
import type { Enrolment } from "../../programmes/api/programmes";
import type { ApplyTarget } from "./ApplyButton";

/** Applying for a loan or grant: it goes with the returnee's business training or mentoring ("credit plus coaching"). */
export function ApplyFinanceDialog({
  opened,
  onClose,
  caseId,
  programme,
  coaching,
}: {
  opened: boolean;
  onClose: () => void;
  caseId: string;
  programme: ApplyTarget;
  coaching: Enrolment[];
}) {
  const { t } = useTranslation();
  const [coachingId, setCoachingId] = useState<string | null>(coaching.length === 1 ? coaching[0]!.id : null);
  const [note, setNote] = useState("");
  const apply = useCaseChange(
    caseId,
    () =>
      applyForProgramme(caseId, {
        programmeId: programme.id,
        ...(coachingId ? { coachingEnrolmentId: coachingId } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onClose,
  );
  return (
    <FormDialog
      opened={opened}
      title={t("cases.apply.financeTitle", { name: programme.name })}
      intro={<Text size="sm">{t("cases.apply.financeExplain")}</Text>}
      onClose={onClose}
      onSubmit={() => apply.mutate()}
      submitLabel={t("cases.apply.submit")}
      pending={apply.isPending}
      error={apply.error}
      fields={["coachingEnrolmentId", "note"]}
    >
      <Select
        label={t("cases.apply.coaching")}
        required
        data={coaching.map((e) => ({
          value: e.id,
          label: `${e.programmeName} (${t(`programmes.enrolments.statuses.${e.status}`)})`,
        }))}
        value={coachingId}
        onChange={setCoachingId}
        error={fieldError(apply.error, "coachingEnrolmentId")}
      />
      <Textarea
        label={t("cases.apply.note")}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(apply.error, "note")}
      />
    </FormDialog>
  );
}
