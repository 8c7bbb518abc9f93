import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { SaveForm } from "../../../components/SaveForm";
import { getCurrentSurvey, questionFields, type SurveyAnswers, surveyKeys } from "../../surveys/api/surveys";
import { SurveyQuestions } from "../../surveys/components/SurveyQuestions";
import { addAssessment } from "../api/cases";

/** The sustainability survey in use, recorded as an assessment (the case's first is its baseline). */
export function SurveyForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const survey = useQuery({ queryKey: surveyKeys.current, queryFn: getCurrentSurvey });
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const save = useMutation({
    mutationFn: () => addAssessment(caseId, "sustainability_survey", answers),
    onSuccess: onSaved,
  });
  return (
    <QueryState query={survey}>
      {(current) => (
        <SaveForm
          onSubmit={() => save.mutate()}
          pending={save.isPending}
          error={save.error}
          fields={questionFields(current.definition, "answers")}
          submitLabel={t("surveys.save")}
        >
          <SurveyQuestions
            definition={current.definition}
            answers={answers}
            onChange={setAnswers}
            error={save.error}
            field="answers"
          />
        </SaveForm>
      )}
    </QueryState>
  );
}
