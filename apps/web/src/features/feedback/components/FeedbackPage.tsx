import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Rating,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { DateText } from "../../../components/DateText";
import { fieldError } from "../../../components/fieldError";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { SaveError } from "../../../components/SaveError";
import { languages } from "../../../i18n/languages";
import {
  type FeedbackAction,
  type FeedbackDetail,
  feedbackKeys,
  getFeedback,
  noteFeedback,
} from "../api/feedback";
import { FeedbackMoveDialog } from "./FeedbackMoveDialog";
import { FeedbackStatusBadge } from "./FeedbackStatusBadge";

/** One feedback or grievance: what was said and by whom, who sees it, its answer and history, and the moves. */
export function FeedbackPage() {
  const { id = "" } = useParams();
  const query = useQuery({ queryKey: feedbackKeys.one(id), queryFn: () => getFeedback(id) });
  return <QueryState query={query}>{(f) => <FeedbackView feedback={f} />}</QueryState>;
}

function FeedbackView({ feedback: f }: { feedback: FeedbackDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [moving, setMoving] = useState<FeedbackAction | null>(null);
  const handler = f.handlingOrganisationName ?? t("feedback.administrators");
  const about = f.serviceName ?? f.concernedOrganisationName;
  const seenBy =
    f.concernedOrganisationName === null
      ? t("feedback.seenBy.handlerOnly", { handler })
      : f.concernedReads
        ? t("feedback.seenBy.withConcerned", { handler, concerned: f.concernedOrganisationName })
        : t("feedback.seenBy.withoutConcerned", { handler, concerned: f.concernedOrganisationName });
  return (
    <Stack>
      <Anchor component={Link} to="/feedback" size="sm">
        {t("feedback.back")}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={2}>
            {t(`feedback.kind.${f.kind}`)}{" "}
            <Text span ff="monospace" inherit>
              {f.reference}
            </Text>
          </Title>
          <Group gap="xs">
            <FeedbackStatusBadge status={f.status} overdue={f.overdue} />
            {f.priority === "urgent" && (
              <Badge color="red" variant="light" c="red.9">
                {t("feedback.priority.urgent")}
              </Badge>
            )}
            {f.category && <Badge variant="outline">{t(`feedback.category.${f.category}`)}</Badge>}
            <Text size="sm" c="dimmed">
              {t("feedback.dueOn")} <DateText value={f.dueOn} />
            </Text>
          </Group>
        </Stack>
        <Group>
          {f.moves.map((action) => (
            <Button
              key={action}
              variant={action === "answer" ? "filled" : "default"}
              onClick={() => setMoving(action)}
            >
              {t(`feedback.moves.${action}.button`)}
            </Button>
          ))}
        </Group>
      </Group>
      <Alert color="grape" title={t("feedback.restricted")}>
        {seenBy}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-label={t("feedback.message")}>
          <Title order={3} size="h4" mb="sm">
            {t("feedback.message")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{f.message}</Text>
          <Stack gap={4} mt="md">
            <Text size="sm">
              {t("feedback.about")}: {about ?? t("feedback.aboutNothing")}
              {f.staffName ? ` · ${t("feedback.staffNamed", { name: f.staffName })}` : ""}
            </Text>
            {f.rating !== null && (
              <Group gap="xs">
                <Text size="sm">{t("feedback.rating")}:</Text>
                <Rating value={f.rating} readOnly aria-label={t("feedback.ratingOf", { rating: f.rating })} />
              </Group>
            )}
            <Text size="sm" c="dimmed">
              {t(`feedback.channel.${f.channel}`)} · {languages.find((l) => l.code === f.language)?.name} ·{" "}
              <RelativeTime value={f.receivedAt} />
              {f.recordedByName ? ` · ${t("feedback.takenDownBy", { name: f.recordedByName })}` : ""}
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-label={t("feedback.sender")}>
          <Title order={3} size="h4" mb="sm">
            {t("feedback.sender")}
          </Title>
          {f.sender ? (
            <Stack gap={4}>
              <Text fw={500}>{f.sender.name}</Text>
              {f.sender.phone && <Text size="sm">{f.sender.phone}</Text>}
              {f.sender.email && <Text size="sm">{f.sender.email}</Text>}
            </Stack>
          ) : (
            <Text>{t("feedback.anonymous")}</Text>
          )}
          {f.areaName && (
            <Text size="sm" mt="xs">
              {t("feedback.livesIn", { area: f.areaName })}
            </Text>
          )}
          <Title order={3} size="h4" mt="md" mb="sm">
            {t("feedback.answer")}
          </Title>
          {f.answer ? (
            <Stack gap={4}>
              <Text style={{ whiteSpace: "pre-wrap" }}>{f.answer}</Text>
              <Text size="sm" c="dimmed">
                {f.answeredAt && <RelativeTime value={f.answeredAt} />}
                {f.answeredInTime === true && ` · ${t("feedback.inTime")}`}
                {f.answeredInTime === false && ` · ${t("feedback.late")}`}
              </Text>
            </Stack>
          ) : (
            <Text c="dimmed">{t("feedback.notAnswered")}</Text>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-label={t("feedback.history")}>
        <Title order={3} size="h4" mb="sm">
          {t("feedback.history")}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={f.events.length}>
          {f.events.map((e) => (
            <Timeline.Item key={e.seq} title={t(`feedback.event.${e.action}`)}>
              <Text size="xs" c="dimmed">
                <RelativeTime value={e.at} />
                {e.userName ? ` · ${e.userName}` : ""}
                {e.organisationName ? `, ${e.organisationName}` : ""}
              </Text>
              {e.text && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.text}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
        <NoteForm id={f.id} />
      </Paper>
      {moving && (
        <FeedbackMoveDialog
          feedback={f}
          action={moving}
          onClose={() => setMoving(null)}
          onDone={(after) => {
            setMoving(null);
            if (after.side === "none") void navigate("/feedback");
            else queryClient.setQueryData(feedbackKeys.one(f.id), after);
          }}
        />
      )}
    </Stack>
  );
}

/** A note for staff, never shown to the sender. */
function NoteForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const save = useMutation({
    mutationFn: () => noteFeedback(id, text.trim()),
    onSuccess: (after) => {
      setText("");
      queryClient.setQueryData(feedbackKeys.one(id), after);
    },
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) save.mutate();
      }}
    >
      <Stack gap="xs" mt="md">
        <SaveError error={save.error} fields={["text"]} />
        <Textarea
          label={t("feedback.note.label")}
          description={t("feedback.note.hint")}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError(save.error, "text")}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={save.isPending} disabled={!text.trim()}>
            {t("feedback.note.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
