import { Alert, List, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormDialog } from "../../../components/FormDialog";
import { QueryState } from "../../../components/QueryState";
import { fetchMergePreview, type MergePreview, mergePersons } from "../api/persons";
import { DuplicateMatch } from "./DuplicateWarning";

const moveKeys = [
  "cases",
  "referrals",
  "consents",
  "enrolments",
  "episodes",
  "recordRequests",
  "auditEvents",
] as const;

/** What the merge moves and fills, and what stops it, as the server previews it. */
function PreviewText({ preview }: { preview: MergePreview }) {
  const { t } = useTranslation();
  const moves = moveKeys.filter((k) => preview.moves[k] > 0);
  return (
    <Stack gap="xs">
      {preview.level && (
        <DuplicateMatch
          match={{
            personId: preview.merged.id,
            displayName: preview.merged.displayName,
            level: preview.level,
            probability: preview.probability,
            reasonsFor: preview.reasonsFor,
            reasonsAgainst: preview.reasonsAgainst,
          }}
        />
      )}
      <Text size="sm" fw={600}>
        {t("persons.merge.moves", { from: preview.merged.displayName, to: preview.survivor.displayName })}
      </Text>
      {moves.length ? (
        <List size="sm">
          {moves.map((k) => (
            <List.Item key={k}>{t(`persons.merge.move.${k}`, { count: preview.moves[k] })}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t("persons.merge.nothingMoves")}</Text>
      )}
      {preview.fills.length > 0 && (
        <Text size="sm">
          {t("persons.merge.fills", {
            fields: preview.fills.map((f) => t(`persons.merge.field.${f}`, { defaultValue: f })).join(", "),
          })}
        </Text>
      )}
      <Text size="sm">{t("persons.merge.redirect", { name: preview.merged.displayName })}</Text>
      {preview.markedNotSame && (
        <Alert color="orange" variant="outline" styles={{ message: { color: "var(--mantine-color-text)" } }}>
          {t("persons.merge.markedNotSame")}
        </Alert>
      )}
      {preview.conflicts.length > 0 && (
        <Alert
          color="red"
          variant="outline"
          title={t("persons.merge.blocked")}
          styles={{
            title: { color: "var(--mantine-color-text)" },
            message: { color: "var(--mantine-color-text)" },
          }}
        >
          <List size="sm">
            {preview.conflicts.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Merging two records of one returnee: the user picks the record that stays, reads what will move before it
 * happens, and confirms. The page then shows the record that stayed.
 */
export function MergeDialog({
  personId,
  otherId,
  onClose,
  followSurvivor = true,
}: {
  personId: string;
  otherId: string;
  onClose: () => void;
  /** on a returnee's page: show the record that stayed when it is the other one */
  followSurvivor?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [keep, setKeep] = useState<"this" | "other">("this");
  const [note, setNote] = useState("");
  const [survivorId, fromId] = keep === "this" ? [personId, otherId] : [otherId, personId];
  const preview = useQuery({
    queryKey: ["persons", survivorId, "merge-preview", fromId],
    queryFn: () => fetchMergePreview(survivorId, fromId),
    retry: false,
  });
  const merge = useMutation({
    mutationFn: () => mergePersons(survivorId, fromId, note.trim() || undefined),
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      notifications.show({ color: "green", message: t("persons.merge.done", { name: m.mergedName }) });
      onClose();
      if (followSurvivor && m.survivorId !== personId) navigate(`/persons/${m.survivorId}`);
    },
  });
  return (
    <FormDialog
      title={t("persons.merge.title")}
      onClose={onClose}
      onSubmit={() => merge.mutate()}
      submitLabel={t("persons.merge.confirm")}
      danger
      pending={merge.isPending}
      disabled={!preview.data || preview.data.conflicts.length > 0}
      error={merge.error}
      fields={["note"]}
    >
      <SegmentedControl
        aria-label={t("persons.merge.keep")}
        value={keep}
        onChange={(v) => setKeep(v as "this" | "other")}
        data={[
          { value: "this", label: t("persons.merge.keepThis") },
          { value: "other", label: t("persons.merge.keepOther") },
        ]}
      />
      <QueryState query={preview}>{(p) => <PreviewText preview={p} />}</QueryState>
      <Textarea
        label={t("persons.merge.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
      />
    </FormDialog>
  );
}
