import { employmentStatuses, noNeeds } from "@homecoming/domain/values";
import { Checkbox, Fieldset, Select, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { SaveForm } from "../../../components/SaveForm";
import { type AnswersOf, addAssessment } from "../api/cases";
import { ScaleInput } from "./ScaleInput";

type NeedsAnswers = AnswersOf<"needs">;
type Economic = NeedsAnswers["economic"];
/** The answers as the form holds them: the employment status is empty until one is chosen. */
type Answers = Omit<NeedsAnswers, "economic"> & {
  economic: Omit<Economic, "employmentStatus"> & { employmentStatus: Economic["employmentStatus"] | null };
};

// a returnee with no need, whose employment the form asks for rather than assumes
const initial: Answers = { ...noNeeds, economic: { ...noNeeds.economic, employmentStatus: null } };

/** The needs assessment in its three dimensions; the server scores it. */
export function NeedsForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [a, setA] = useState<Answers>(initial);
  // an employment status not chosen yet goes as it is: the server's 400 names the field, which the form shows
  const save = useMutation({
    mutationFn: () => addAssessment(caseId, "needs", a as NeedsAnswers),
    onSuccess: onSaved,
  });
  const set = <D extends keyof Answers>(d: D, k: keyof Answers[D], v: unknown) =>
    setA((prev) => ({ ...prev, [d]: { ...prev[d], [k]: v } }));
  const err = (path: string) => fieldError(save.error, `answers.${path}`);
  const check = <D extends keyof Answers>(d: D, k: keyof Answers[D] & string) => (
    <Checkbox
      label={t(`cases.needs.${d}.${k}`)}
      checked={a[d][k] as boolean}
      onChange={(e) => set(d, k, e.currentTarget.checked)}
      error={err(`${d}.${k}`)}
    />
  );
  const fields = [
    "answers.economic.employmentStatus",
    "answers.economic.debtPressure",
    "answers.social.healthNeed",
    "answers.social.familyAcceptance",
  ];
  return (
    <SaveForm
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      fields={fields}
      submitLabel={t("cases.assessments.saveNeeds")}
    >
      <Fieldset legend={t("cases.dimensions.economic")}>
        <Stack gap="sm">
          <Select
            label={t("cases.needs.economic.employmentStatus")}
            value={a.economic.employmentStatus}
            onChange={(v) => set("economic", "employmentStatus", v)}
            data={employmentStatuses.map((v) => ({ value: v, label: t(`cases.needs.employment.${v}`) }))}
            error={err("economic.employmentStatus")}
          />
          {check("economic", "incomeSufficient")}
          <Checkbox
            label={t("cases.needs.economic.hasDebt")}
            checked={a.economic.hasDebt}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setA((prev) => ({
                ...prev,
                economic: {
                  ...prev.economic,
                  hasDebt: on,
                  debtPressure: on ? prev.economic.debtPressure : 0,
                },
              }));
            }}
          />
          {a.economic.hasDebt && (
            <ScaleInput
              label={t("cases.needs.economic.debtPressure")}
              value={a.economic.debtPressure}
              onChange={(v) => set("economic", "debtPressure", v)}
              max={3}
              words="level"
              error={err("economic.debtPressure")}
            />
          )}
          {check("economic", "wantsTraining")}
          {check("economic", "wantsJob")}
          {check("economic", "wantsBusiness")}
          {check("economic", "skillsRecognitionNeeded")}
        </Stack>
      </Fieldset>
      <Fieldset legend={t("cases.dimensions.social")}>
        <Stack gap="sm">
          {check("social", "housingSecure")}
          {check("social", "documentsMissing")}
          <ScaleInput
            label={t("cases.needs.social.healthNeed")}
            value={a.social.healthNeed}
            onChange={(v) => set("social", "healthNeed", v)}
            max={3}
            words="level"
            error={err("social.healthNeed")}
          />
          {check("social", "childrenOutOfSchool")}
          {check("social", "legalIssue")}
          {check("social", "socialProtectionNeeded")}
          <ScaleInput
            label={t("cases.needs.social.familyAcceptance")}
            value={a.social.familyAcceptance}
            onChange={(v) => set("social", "familyAcceptance", v)}
            max={3}
            words="acceptance"
            error={err("social.familyAcceptance")}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t("cases.dimensions.psychosocial")}>
        <Stack gap="sm">
          {(["distress", "isolation", "stigma"] as const).map((k) => (
            <ScaleInput
              key={k}
              label={t(`cases.needs.psychosocial.${k}`)}
              value={a.psychosocial[k]}
              onChange={(v) => set("psychosocial", k, v)}
              max={3}
              words="level"
              error={err(`psychosocial.${k}`)}
            />
          ))}
          {check("psychosocial", "wantsSupport")}
        </Stack>
      </Fieldset>
    </SaveForm>
  );
}
