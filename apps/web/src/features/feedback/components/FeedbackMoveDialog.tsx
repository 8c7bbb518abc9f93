import { Select, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { pick } from "../../../components/pick";
import {
  answerFeedback,
  closeFeedback,
  type FeedbackAction,
  type FeedbackDetail,
  feedbackKeys,
  feedbackPriorities,
  grievanceCategories,
  reopenFeedback,
  sensitiveGrievanceCategories,
  triageFeedback,
} from "../api/feedback";

/**
 * One move of a feedback or grievance: triage (category, priority, another organisation to handle it),
 * an answer the sender will read, closing, or reopening with the reason. The server's message shows beside
 * the field it names.
 */
export function FeedbackMoveDialog({
  feedback,
  action,
  onClose,
  onDone,
}: {
  feedback: FeedbackDetail;
  action: FeedbackAction;
  onClose: () => void;
  onDone: (after: FeedbackDetail) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState<string>(feedback.category ?? "");
  const [priority, setPriority] = useState<string>(feedback.priority);
  const [handler, setHandler] = useState("");
  const [text, setText] = useState(action === "answer" ? (feedback.answer ?? "") : "");
  const [missing, setMissing] = useState(false);
  const needsText = action === "answer" || action === "reopen";
  const { version } = feedback;
  const save = useMutation({
    mutationFn: () => {
      const words = text.trim();
      switch (action) {
        case "triage":
          return triageFeedback(feedback.id, {
            version,
            ...(pick(grievanceCategories, category)
              ? { category: pick(grievanceCategories, category)! }
              : {}),
            ...(pick(feedbackPriorities, priority) ? { priority: pick(feedbackPriorities, priority)! } : {}),
            ...(handler ? { handlingOrganisationId: handler } : {}),
            ...(words ? { note: words } : {}),
          });
        case "answer":
          return answerFeedback(feedback.id, { version, answer: words });
        case "close":
          return closeFeedback(feedback.id, { version, ...(words ? { reason: words } : {}) });
        case "reopen":
          return reopenFeedback(feedback.id, { version, reason: words });
      }
    },
    onSuccess: (after) => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      onDone(after);
    },
  });
  const sensitive = (sensitiveGrievanceCategories as readonly string[]).includes(category);
  const textField = action === "answer" ? "answer" : action === "triage" ? "note" : "reason";
  return (
    <FormDialog
      title={t(`feedback.moves.${action}.title`, { reference: feedback.reference })}
      intro={<Text size="sm">{t(`feedback.moves.${action}.intro`)}</Text>}
      onClose={onClose}
      onSubmit={() => (needsText && !text.trim() ? setMissing(true) : save.mutate())}
      submitLabel={t(`feedback.moves.${action}.submit`)}
      pending={save.isPending}
      error={save.error}
      fields={["category", "priority", "handlingOrganisationId", textField]}
      errorTitle={t("feedback.moveFailed")}
    >
      {action === "triage" && (
        <>
          {feedback.kind === "grievance" && (
            <Select
              label={t("feedback.triage.category")}
              data={grievanceCategories.map((c) => ({ value: c, label: t(`feedback.category.${c}`) }))}
              value={category || null}
              onChange={(v) => setCategory(v ?? "")}
              description={sensitive && feedback.concernedReads ? t("feedback.triage.sensitive") : undefined}
              error={fieldError(save.error, "category")}
            />
          )}
          <Select
            label={t("feedback.triage.priority")}
            data={feedbackPriorities.map((p) => ({ value: p, label: t(`feedback.priority.${p}`) }))}
            value={priority}
            onChange={(v) => setPriority(v ?? "normal")}
            allowDeselect={false}
            description={t("feedback.triage.priorityHint")}
            error={fieldError(save.error, "priority")}
          />
          <OrganisationPicker
            label={t("feedback.triage.passOn")}
            description={t("feedback.triage.passOnHint")}
            value={handler}
            onChange={(v) => setHandler(v)}
            error={fieldError(save.error, "handlingOrganisationId")}
          />
        </>
      )}
      <Textarea
        label={t(`feedback.moves.${action}.text`)}
        required={needsText}
        data-autofocus
        autosize
        minRows={action === "answer" ? 4 : 2}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? t(`feedback.moves.${action}.textRequired`) : fieldError(save.error, textField)}
      />
    </FormDialog>
  );
}
