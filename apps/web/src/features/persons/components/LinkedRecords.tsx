import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "../../../components/DateText";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { can, useMe } from "../../auth/hooks/useMe";
import {
  fetchDuplicatesOf,
  fetchMerges,
  markNotSame,
  type PersonMerge,
  type PossibleDuplicate,
  undoMerge,
} from "../api/persons";
import { DuplicateMatch } from "./DuplicateWarning";
import { MergeDialog } from "./MergeDialog";

/** "Not the same person": a note is optional; the pair is not offered again. */
export function NotSameDialog({
  personId,
  match,
  onClose,
}: {
  personId: string;
  match: PossibleDuplicate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const mark = useMutation({
    mutationFn: () => markNotSame(personId, match.personId, note.trim() || undefined),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["persons", personId, "duplicates"] });
      await queryClient.invalidateQueries({ queryKey: ["link-candidates"] });
      notifications.show({ color: "green", message: t("persons.notSame.done", { name: match.displayName }) });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t("persons.notSame.title", { name: match.displayName })}
      intro={<Text size="sm">{t("persons.notSame.intro")}</Text>}
      onClose={onClose}
      onSubmit={() => mark.mutate()}
      submitLabel={t("persons.notSame.confirm")}
      pending={mark.isPending}
      error={mark.error}
      fields={["note"]}
    >
      <Textarea
        label={t("persons.notSame.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
        error={fieldError(mark.error, "note")}
      />
    </FormDialog>
  );
}

/** Undoing a merge (administrators): asks why. */
function UndoMergeDialog({ merge, onClose }: { merge: PersonMerge; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const undo = useMutation({
    mutationFn: () => undoMerge(merge.id, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      notifications.show({ color: "green", message: t("persons.merges.undone", { name: merge.mergedName }) });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t("persons.merges.undoTitle", { name: merge.mergedName })}
      intro={<Text size="sm">{t("persons.merges.undoIntro")}</Text>}
      onClose={onClose}
      onSubmit={() => (reason.trim().length < 3 ? setMissing(true) : undo.mutate())}
      submitLabel={t("persons.merges.undoConfirm")}
      danger
      pending={undo.isPending}
      error={undo.error}
      fields={["reason"]}
    >
      <Textarea
        label={t("persons.merges.undoReason")}
        required
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? t("persons.merges.reasonRequired") : fieldError(undo.error, "reason")}
      />
    </FormDialog>
  );
}

/**
 * The record's links to other records: its possible duplicates, each with "open", "same person — merge" and
 * "not the same person" (for the lead's case workers), and the records merged into it, which an
 * administrator can take back out.
 */
export function LinkedRecords({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayJudge = can(me.data, "person.duplicates");
  const duplicates = useQuery({
    queryKey: ["persons", personId, "duplicates"],
    queryFn: () => fetchDuplicatesOf(personId),
    enabled: mayJudge,
    retry: false,
  });
  const merges = useQuery({
    queryKey: ["persons", personId, "merges"],
    queryFn: () => fetchMerges(personId),
  });
  const [merging, setMerging] = useState<PossibleDuplicate | null>(null);
  const [apart, setApart] = useState<PossibleDuplicate | null>(null);
  const [undoing, setUndoing] = useState<PersonMerge | null>(null);
  const matches = mayJudge ? (duplicates.data?.possibleDuplicates ?? []) : [];
  const merged = merges.data?.items ?? [];
  if (!matches.length && !merged.length) return null;
  return (
    <Stack gap="sm">
      {matches.length > 0 && (
        <Alert
          variant="outline"
          color={matches.some((m) => m.level === "likely") ? "red" : "orange"}
          title={t("persons.linked.title", { count: matches.length })}
          styles={{
            title: { color: "var(--mantine-color-text)" },
            message: { color: "var(--mantine-color-text)" },
          }}
        >
          <List spacing="sm" size="sm">
            {matches.map((m) => (
              <List.Item key={m.personId}>
                <DuplicateMatch match={m} />
                <Group gap="xs" mt={4}>
                  <Anchor component={Link} to={`/persons/${m.personId}`} size="sm">
                    {t("persons.linked.open", { name: m.displayName })}
                  </Anchor>
                  <Button size="compact-sm" color="red.9" onClick={() => setMerging(m)}>
                    {t("persons.linked.merge")}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setApart(m)}>
                    {t("persons.linked.notSame")}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {merged.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t("persons.merges.title")}
          </Title>
          <List size="sm" spacing="xs">
            {merged.map((m) => (
              <List.Item key={m.id}>
                <Group gap="xs">
                  <Text size="sm">
                    {t(m.undoneAt ? "persons.merges.itemUndone" : "persons.merges.item", {
                      name: m.mergedName,
                      organisation: m.mergedByOrganisationName ?? "",
                    })}{" "}
                    <DateText value={m.createdAt} />
                    {m.undoReason ? ` — ${m.undoReason}` : ""}
                  </Text>
                  {!m.undoneAt && can(me.data, "person.merge_undo") && (
                    <Button size="compact-sm" variant="default" onClick={() => setUndoing(m)}>
                      {t("persons.merges.undo")}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {merging && (
        <MergeDialog personId={personId} otherId={merging.personId} onClose={() => setMerging(null)} />
      )}
      {apart && <NotSameDialog personId={personId} match={apart} onClose={() => setApart(null)} />}
      {undoing && <UndoMergeDialog merge={undoing} onClose={() => setUndoing(null)} />}
    </Stack>
  );
}
