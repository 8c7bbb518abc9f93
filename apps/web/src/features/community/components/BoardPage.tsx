import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../../api/client";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { Pager } from "../../../components/Pager";
import { RelativeTime } from "../../../components/RelativeTime";
import { SaveError } from "../../../components/SaveError";
import { useListParams } from "../../../hooks/useListParams";
import { languages } from "../../../i18n/languages";
import { PersonPicker } from "../../rules/components/PersonPicker";
import {
  answerQuestion,
  hideAnswer,
  type ModerationQuestion,
  moderationList,
  publishQuestion,
  type QuestionStatus,
  refuseQuestion,
  revokeTrust,
  trustedReturnees,
  trustReturnee,
} from "../api/community";

const limit = 20;
const statuses: QuestionStatus[] = ["pending", "published", "rejected", "hidden"];

type Asking =
  | { kind: "refuse"; question: ModerationQuestion }
  | { kind: "answer"; question: ModerationQuestion }
  | { kind: "hide"; answerId: string };

/**
 * The board's moderation: questions waiting (oldest first) to publish or refuse with a reason the asker reads,
 * published ones to answer as the centre or take down, answers to take down; and the returnees the centre
 * trusts to answer. Nobody here reads who asked.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const status = (list.get("status") ?? "pending") as QuestionStatus;
  const [asking, setAsking] = useState<Asking | null>(null);
  const query = { status, limit, offset: list.offset };
  const questions = useQuery({
    queryKey: ["community-board", query],
    queryFn: () => moderationList(query),
    placeholderData: keepPreviousData,
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ["community-board"] });
  const publish = useMutation({ mutationFn: (id: string) => publishQuestion(id), onSuccess: refresh });
  const forbidden = questions.error instanceof ApiError && questions.error.status === 403;
  return (
    <Stack>
      <Title order={2}>{t("community.board.heading")}</Title>
      <Text c="dimmed" size="sm">
        {t("community.board.intro")}
      </Text>
      {forbidden ? (
        <Alert color="gray">{t("community.board.moderatorsOnly")}</Alert>
      ) : (
        <>
          <SegmentedControl
            aria-label={t("community.board.which")}
            data={statuses.map((s) => ({ value: s, label: t(`community.status.${s}`) }))}
            value={status}
            onChange={(v) => list.set({ status: v === "pending" ? null : v, offset: null })}
            w="fit-content"
          />
          <SaveError error={publish.error} />
          {questions.data?.items.length === 0 && <Text>{t(`community.board.none.${status}`)}</Text>}
          {questions.data?.items.map((q) => (
            <Card key={q.id} withBorder>
              <Group justify="space-between" mb="xs">
                <Group gap="xs">
                  <Badge variant="default">{t(`community.topics.${q.topic}`)}</Badge>
                  <Badge variant="default">
                    {languages.find((l) => l.code === q.language)?.name ?? q.language}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  <RelativeTime value={q.createdAt} />
                </Text>
              </Group>
              <Text fw={700} lang={q.language} dir="auto">
                {q.title}
              </Text>
              <Text lang={q.language} dir="auto" style={{ whiteSpace: "pre-line" }}>
                {q.body}
              </Text>
              {q.moderationReason && (
                <Text size="sm" c="dimmed" mt="xs">
                  {t("community.board.reasonGiven", { reason: q.moderationReason })}
                </Text>
              )}
              {q.answerList.map((a) => (
                <Card key={a.id} withBorder mt="sm" bg={a.hiddenAt ? "gray.1" : undefined}>
                  <Text dir="auto" style={{ whiteSpace: "pre-line" }}>
                    {a.body}
                  </Text>
                  <Group justify="space-between" mt="xs">
                    <Text size="sm" c="dimmed">
                      {a.by === "staff"
                        ? a.organisationName
                        : t("community.board.byReturnee", { organisation: a.organisationName ?? "" })}
                      {a.hiddenAt
                        ? ` · ${t("community.board.hiddenBecause", { reason: a.hiddenReason ?? "" })}`
                        : ""}
                    </Text>
                    {!a.hiddenAt && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setAsking({ kind: "hide", answerId: a.id })}
                      >
                        {t("community.board.hideAnswer")}
                      </Button>
                    )}
                  </Group>
                </Card>
              ))}
              <Group mt="sm" gap="xs">
                {q.status === "pending" && (
                  <Button
                    size="xs"
                    loading={publish.isPending && publish.variables === q.id}
                    onClick={() => publish.mutate(q.id)}
                    aria-label={t("community.board.publishTitle", { title: q.title })}
                  >
                    {t("community.board.publish")}
                  </Button>
                )}
                {q.status === "published" && (
                  <Button
                    size="xs"
                    onClick={() => setAsking({ kind: "answer", question: q })}
                    aria-label={t("community.board.answerTitle", { title: q.title })}
                  >
                    {t("community.board.answer")}
                  </Button>
                )}
                {(q.status === "pending" || q.status === "published") && (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => setAsking({ kind: "refuse", question: q })}
                    aria-label={t(`community.board.refuseTitle.${q.status}`, { title: q.title })}
                  >
                    {t(`community.board.refuse.${q.status}`)}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
          {questions.data && (
            <Pager total={questions.data.total} limit={limit} offset={list.offset} onChange={list.page} />
          )}
        </>
      )}
      {asking && (
        <WordsDialog
          asking={asking}
          onClose={() => setAsking(null)}
          onDone={() => {
            setAsking(null);
            refresh();
          }}
        />
      )}
      <Trusted />
    </Stack>
  );
}

/** The words a step needs: the reason of a refusal or a take-down, or the centre's answer. */
function WordsDialog({
  asking,
  onClose,
  onDone,
}: {
  asking: Asking;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const send = useMutation({
    mutationFn: async (): Promise<unknown> =>
      asking.kind === "answer"
        ? answerQuestion(asking.question.id, text)
        : asking.kind === "refuse"
          ? refuseQuestion(asking.question.id, text)
          : hideAnswer(asking.answerId, text),
    onSuccess: onDone,
  });
  const field = asking.kind === "answer" ? "body" : "reason";
  const title =
    asking.kind === "answer"
      ? t("community.board.answerTitle", { title: asking.question.title })
      : asking.kind === "refuse"
        ? t(
            `community.board.refuseTitle.${asking.question.status === "published" ? "published" : "pending"}`,
            {
              title: asking.question.title,
            },
          )
        : t("community.board.hideAnswer");
  return (
    <FormDialog
      title={title}
      intro={
        <Text size="sm">
          {asking.kind === "answer" ? t("community.board.answerHint") : t("community.board.reasonHint")}
        </Text>
      }
      onClose={onClose}
      onSubmit={() => send.mutate()}
      submitLabel={asking.kind === "answer" ? t("community.board.send") : t("community.board.confirm")}
      danger={asking.kind !== "answer"}
      pending={send.isPending}
      error={send.error}
      fields={[field]}
    >
      <Textarea
        label={asking.kind === "answer" ? t("community.board.yourAnswer") : t("community.reason")}
        required
        autosize
        minRows={4}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={fieldError(send.error, field)}
      />
    </FormDialog>
  );
}

/** The returnees the centre trusts to answer on the board; another is trusted by finding their record. */
function Trusted() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [personId, setPersonId] = useState("");
  const trusted = useQuery({ queryKey: ["community-trusted"], queryFn: trustedReturnees, retry: false });
  const refresh = () => void qc.invalidateQueries({ queryKey: ["community-trusted"] });
  const trust = useMutation({
    mutationFn: () => trustReturnee(personId),
    onSuccess: () => {
      setPersonId("");
      refresh();
    },
  });
  const revoke = useMutation({ mutationFn: (id: string) => revokeTrust(id), onSuccess: refresh });
  if (trusted.isError) return null;
  return (
    <Stack mt="lg">
      <Title order={3}>{t("community.trusted.heading")}</Title>
      <Text c="dimmed" size="sm">
        {t("community.trusted.intro")}
      </Text>
      {trusted.data?.items.length === 0 && <Text>{t("community.trusted.none")}</Text>}
      {trusted.data?.items.map((r) => (
        <Group key={r.personId} justify="space-between" maw={560}>
          <Anchor component={Link} to={`/persons/${r.personId}`}>
            {r.name}
          </Anchor>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending && revoke.variables === r.personId}
            onClick={() => revoke.mutate(r.personId)}
            aria-label={t("community.trusted.revokeTitle", { name: r.name })}
          >
            {t("community.trusted.revoke")}
          </Button>
        </Group>
      ))}
      <SaveError error={revoke.error} />
      <Group align="flex-end" maw={560}>
        <PersonPicker label={t("community.trusted.pick")} value={personId} onChange={(v) => setPersonId(v)} />
        <Button disabled={!personId} loading={trust.isPending} onClick={() => trust.mutate()}>
          {t("community.trusted.trust")}
        </Button>
      </Group>
      <SaveError error={trust.error} />
    </Stack>
  );
}
