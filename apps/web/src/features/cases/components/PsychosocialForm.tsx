import { type K6Item, k6Items } from "@homecoming/domain/values";
import { Fieldset, Stack, Textarea } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { SaveForm } from "../../../components/SaveForm";
import { addAssessment } from "../api/cases";
import { ScaleInput } from "./ScaleInput";

const items = k6Items;

/** The K6 psychosocial screening (restricted to the lead organisation's case manager and counsellors). */
export function PsychosocialForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [a, setA] = useState<Record<string, number | null>>(Object.fromEntries(items.map((i) => [i, null])));
  const [notes, setNotes] = useState("");
  const save = useMutation({
    mutationFn: () =>
      // items not answered yet go as they are: the server's 400 names the first, which the form shows
      addAssessment(caseId, "psychosocial", {
        ...(a as Record<K6Item, number>),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      }),
    onSuccess: onSaved,
  });
  return (
    <SaveForm
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      fields={[...items.map((i) => `answers.${i}`), "answers.notes"]}
      submitLabel={t("cases.assessments.savePsychosocial")}
    >
      <Fieldset legend={t("cases.psychosocial.legend")}>
        <Stack gap="sm">
          {items.map((i) => (
            <ScaleInput
              key={i}
              label={t(`cases.psychosocial.items.${i}`)}
              value={a[i] ?? null}
              onChange={(v) => setA((prev) => ({ ...prev, [i]: v }))}
              max={4}
              words="k6"
              error={fieldError(save.error, `answers.${i}`)}
            />
          ))}
          <Textarea
            label={t("cases.psychosocial.notes")}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={fieldError(save.error, "answers.notes")}
          />
        </Stack>
      </Fieldset>
    </SaveForm>
  );
}
