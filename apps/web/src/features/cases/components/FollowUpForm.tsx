import { Button, Checkbox, Group, Select, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { SaveForm } from "../../../components/SaveForm";
import { caseKeys, completeFollowUp, contactMethods, type FollowUp, recordContact } from "../api/cases";
import { useInvalidateCase } from "../hooks/useInvalidateCase";

/**
 * Records that a follow-up took place: how, whether the returnee was reached, a note. Without a follow-up it
 * records an extra contact, outside the schedule.
 */
export function FollowUpForm({
  caseId,
  followUp,
  open,
  onToggle,
}: {
  caseId: string;
  followUp?: FollowUp | undefined;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const invalidateCase = useInvalidateCase(caseId);
  const [method, setMethod] = useState<string | null>(null);
  const [reached, setReached] = useState(true);
  const [note, setNote] = useState("");
  const save = useMutation({
    mutationFn: () => {
      const contactMethod = pick(contactMethods, method) ?? ("" as const);
      const body = { contactMethod, reached, ...(note.trim() ? { note: note.trim() } : {}) };
      return followUp ? completeFollowUp(caseId, followUp.id, body) : recordContact(caseId, body);
    },
    onSuccess: () => {
      onToggle(false);
      void client.invalidateQueries({ queryKey: caseKeys.followUps(caseId) });
      void invalidateCase();
    },
  });
  if (!open)
    return (
      <Group mt="sm">
        <Button variant="outline" onClick={() => onToggle(true)}>
          {followUp
            ? t(`cases.followUps.recordKinds.${followUp.kind}`, {
                defaultValue: t("cases.followUps.record", {
                  kind: t(`cases.followUps.kinds.${followUp.kind}`),
                }),
              })
            : t("cases.followUps.recordContact")}
        </Button>
      </Group>
    );
  return (
    <SaveForm
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      fields={["contactMethod", "note"]}
      submitLabel={t(followUp ? "cases.followUps.save" : "cases.followUps.saveContact")}
      gap="sm"
      mt="sm"
      actions={
        <Button variant="subtle" onClick={() => onToggle(false)}>
          {t("common.cancel")}
        </Button>
      }
    >
      <Select
        label={t("cases.followUps.contactMethod")}
        value={method}
        onChange={setMethod}
        data={contactMethods.map((m) => ({ value: m, label: t(`cases.followUps.methods.${m}`) }))}
        error={fieldError(save.error, "contactMethod")}
      />
      <Checkbox
        label={t("cases.followUps.reached")}
        checked={reached}
        onChange={(e) => setReached(e.currentTarget.checked)}
      />
      <Textarea
        label={t("cases.followUps.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(save.error, "note")}
      />
    </SaveForm>
  );
}
