import { planFollowUpKinds } from "@homecoming/domain/values";
import { Button, Checkbox, Group, Paper, Select, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
import { SaveForm } from "../../../components/SaveForm";
import { getCurrentSurvey, questionFields, type SurveyAnswers, surveyKeys } from "../../surveys/api/surveys";
import { SurveyQuestions } from "../../surveys/components/SurveyQuestions";
import { caseKeys, completeFollowUp, contactMethods, type FollowUp, recordContact } from "../api/cases";
import { useInvalidateCase } from "../hooks/useInvalidateCase";

/**
 * Records that a follow-up took place: how, whether the returnee was reached, a note, and the sustainability
 * survey taken then (offered at once at the 3-, 6- and 12-month follow-ups). Without a follow-up it records an
 * extra contact, outside the schedule.
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
  const [takeSurvey, setTakeSurvey] = useState(
    followUp !== undefined && (planFollowUpKinds as readonly string[]).includes(followUp.kind),
  );
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const withSurvey = reached && takeSurvey;
  const survey = useQuery({ queryKey: surveyKeys.current, queryFn: getCurrentSurvey, enabled: withSurvey });
  const save = useMutation({
    mutationFn: () => {
      const contactMethod = pick(contactMethods, method) ?? ("" as const);
      const body = {
        contactMethod,
        reached,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(withSurvey ? { survey: answers } : {}),
      };
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
      fields={[
        "contactMethod",
        "note",
        ...(survey.data ? questionFields(survey.data.definition, "survey") : []),
      ]}
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
      {reached && (
        <Checkbox
          label={t("surveys.takeNow")}
          checked={takeSurvey}
          onChange={(e) => setTakeSurvey(e.currentTarget.checked)}
        />
      )}
      {withSurvey && (
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t("cases.assessments.kinds.sustainability_survey")}
          </Title>
          <QueryState query={survey}>
            {(current) => (
              <SurveyQuestions
                definition={current.definition}
                answers={answers}
                onChange={setAnswers}
                error={save.error}
                field="survey"
              />
            )}
          </QueryState>
        </Paper>
      )}
    </SaveForm>
  );
}
