import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { RelativeTime } from "../../../components/RelativeTime";
import { askForRecords, fetchRecordRequestsOf, type RecordRequestStatus } from "../api/persons";

export const statusColour: Record<RecordRequestStatus, string> = {
  open: "blue",
  shared: "green",
  declined: "gray",
};

/**
 * For the lead organisation's case workers: possible matches of this returnee held by other organisations
 * (counted, never named), the requests sent to their holders and the button that asks. Nothing shows when
 * there is nothing held elsewhere and nothing was asked, or when the caller does not lead the returnee.
 */
export function RecordRequestsCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = ["persons", personId, "record-requests"];
  const requests = useQuery({ queryKey: key, queryFn: () => fetchRecordRequestsOf(personId), retry: false });
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState("");
  const ask = useMutation({
    mutationFn: () => askForRecords(personId, note.trim() || undefined),
    onSuccess: (view) => {
      qc.setQueryData(key, view);
      setAsking(false);
      setNote("");
    },
  });
  const view = requests.data;
  if (!view || (view.heldElsewhere.count === 0 && view.items.length === 0)) return null;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="record-requests-title"
      data-testid="record-requests"
    >
      <Stack gap="xs">
        <Title order={3} size="h5" id="record-requests-title">
          {t("persons.recordRequests.title")}
        </Title>
        {view.heldElsewhere.count > 0 && <Text size="sm">{view.heldElsewhere.message}</Text>}
        {view.items.map((r) => (
          <Group key={r.id} gap="xs" data-testid="record-request">
            <Badge color={statusColour[r.status]} variant="light">
              {t(`persons.recordRequests.status.${r.status}`)}
            </Badge>
            <Text size="sm">
              {t("persons.recordRequests.asked")} <RelativeTime value={r.createdAt} />
              {r.decidedAt && (
                <>
                  {" · "}
                  {t(`persons.recordRequests.decided.${r.status}`)} <RelativeTime value={r.decidedAt} />
                </>
              )}
            </Text>
            {r.note && <Text size="sm">{t("persons.recordRequests.reason", { reason: r.note })}</Text>}
            {r.sharedPersonId && (
              <Anchor component={Link} to={`/persons/${r.sharedPersonId}`} size="sm">
                {t("persons.recordRequests.open")}
              </Anchor>
            )}
          </Group>
        ))}
        {view.askable > 0 && (
          <Group>
            <Button size="xs" onClick={() => setAsking(true)}>
              {t("persons.recordRequests.ask", { count: view.askable })}
            </Button>
          </Group>
        )}
        {ask.isSuccess && (
          <Alert color="green" role="status">
            {t("persons.recordRequests.sent")}
          </Alert>
        )}
      </Stack>
      <FormDialog
        opened={asking}
        title={t("persons.recordRequests.askTitle")}
        intro={<Text size="sm">{t("persons.recordRequests.askExplain")}</Text>}
        onClose={() => setAsking(false)}
        onSubmit={() => ask.mutate()}
        submitLabel={t("persons.recordRequests.send")}
        pending={ask.isPending}
        error={ask.error}
        fields={["note"]}
      >
        <Textarea
          label={t("persons.recordRequests.note")}
          description={t("persons.recordRequests.noteHelp")}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(ask.error, "note")}
        />
      </FormDialog>
    </Card>
  );
}
