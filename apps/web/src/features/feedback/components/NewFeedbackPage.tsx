import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Rating,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AreaPicker } from "../../../components/AreaPicker";
import { DateText } from "../../../components/DateText";
import { fieldError } from "../../../components/fieldError";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { pick } from "../../../components/pick";
import { RemoteSelect } from "../../../components/RemoteSelect";
import { SaveError } from "../../../components/SaveError";
import { languages } from "../../../i18n/languages";
import { listServices } from "../../directory/api/directory";
import {
  type FeedbackInput,
  type FeedbackReceipt,
  feedbackChannels,
  feedbackKeys,
  feedbackKinds,
  feedbackSubjects,
  interfaceLanguages,
  sendFeedback,
} from "../api/feedback";

const searchServices = async (q: string) =>
  (await listServices({ q, limit: 20 })).items.map((s) => ({
    value: s.id,
    label: `${s.name} (${s.organisationName})`,
  }));

const fields = [
  "kind",
  "subject",
  "serviceId",
  "organisationId",
  "staffName",
  "message",
  "rating",
  "language",
  "adminAreaCode",
  "name",
  "phone",
  "email",
  "channel",
] as const;

/**
 * Staff take down feedback or a grievance someone gave by phone, in person, by letter or on the hotline: the
 * same message a returnee sends from the portal, routed the same way; the sender gets its reference.
 */
export function NewFeedbackPage() {
  const [round, setRound] = useState(0);
  return <NewFeedbackForm key={round} onAnother={() => setRound((r) => r + 1)} />;
}

function NewFeedbackForm({ onAnother }: { onAnother: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<FeedbackInput["kind"]>("grievance");
  const [subject, setSubject] = useState<FeedbackInput["subject"]>("service");
  const [serviceId, setServiceId] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [staffName, setStaffName] = useState("");
  const [message, setMessage] = useState("");
  const [rating, setRating] = useState(0);
  const [language, setLanguage] = useState<FeedbackInput["language"]>("en");
  const [area, setArea] = useState("");
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [channel, setChannel] = useState<FeedbackInput["channel"]>("phone");
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null);
  const send = useMutation({
    mutationFn: () =>
      sendFeedback({
        kind,
        subject,
        message: message.trim(),
        language,
        channel,
        anonymous,
        ...(subject === "service" && serviceId ? { serviceId } : {}),
        ...((subject === "organisation" || subject === "staff") && organisationId ? { organisationId } : {}),
        ...(subject === "staff" && staffName.trim() ? { staffName: staffName.trim() } : {}),
        ...(kind === "feedback" && rating > 0 ? { rating } : {}),
        ...(area ? { adminAreaCode: area } : {}),
        ...(anonymous
          ? {}
          : {
              ...(name.trim() ? { name: name.trim() } : {}),
              ...(phone.trim() ? { phone: phone.trim() } : {}),
              ...(email.trim() ? { email: email.trim() } : {}),
            }),
      }),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      setReceipt(answer);
    },
  });
  const error = (field: string) => fieldError(send.error, field);

  if (receipt)
    return (
      <Stack>
        <Title order={2}>{t("feedback.receipt.title")}</Title>
        <Alert color="teal" title={t("feedback.receipt.reference")}>
          <Text size="xl" ff="monospace" fw={700}>
            {receipt.reference}
          </Text>
          <Text mt="xs">
            {t("feedback.receipt.tell", { handler: receipt.handledBy ?? t("feedback.administrators") })}{" "}
            <DateText value={receipt.dueOn} />
          </Text>
        </Alert>
        <Group>
          <Anchor component={Link} to="/feedback">
            {t("feedback.back")}
          </Anchor>
          <Button variant="default" onClick={onAnother}>
            {t("feedback.receipt.another")}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <Stack maw={760}>
        <Anchor component={Link} to="/feedback" size="sm">
          {t("feedback.back")}
        </Anchor>
        <Title order={2}>{t("feedback.new.title")}</Title>
        <Text size="sm">{t("feedback.new.intro")}</Text>
        <SaveError error={send.error} fields={fields} />
        <Paper withBorder p="md">
          <Stack>
            <SegmentedControl
              aria-label={t("feedback.new.kind")}
              value={kind}
              onChange={(v) => setKind(pick(feedbackKinds, v) ?? "grievance")}
              data={feedbackKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
            />
            <Select
              label={t("feedback.new.subject")}
              data={feedbackSubjects.map((s) => ({ value: s, label: t(`feedback.subjectChoice.${s}`) }))}
              value={subject}
              onChange={(v) => setSubject(pick(feedbackSubjects, v) ?? "other")}
              allowDeselect={false}
              error={error("subject")}
            />
            {subject === "service" && (
              <RemoteSelect
                label={t("feedback.new.service")}
                required
                queryKey={["services", "feedback-picker"]}
                search={searchServices}
                minLength={0}
                value={serviceId}
                onChange={(v) => setServiceId(v)}
                error={error("serviceId")}
              />
            )}
            {(subject === "organisation" || subject === "staff") && (
              <OrganisationPicker
                label={t("feedback.new.organisation")}
                required
                value={organisationId}
                onChange={(v) => setOrganisationId(v)}
                error={error("organisationId")}
              />
            )}
            {subject === "staff" && (
              <TextInput
                label={t("feedback.new.staffName")}
                description={t("feedback.new.staffNameHint")}
                value={staffName}
                onChange={(e) => setStaffName(e.currentTarget.value)}
                error={error("staffName")}
              />
            )}
            <Textarea
              label={t("feedback.new.message")}
              description={t("feedback.new.messageHint")}
              required
              autosize
              minRows={4}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              error={error("message")}
            />
            {kind === "feedback" && (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="feedback-rating">
                  {t("feedback.new.rating")}
                </Text>
                <Rating value={rating} onChange={setRating} aria-labelledby="feedback-rating" />
                {error("rating") && (
                  <Text size="xs" c="red">
                    {error("rating")}
                  </Text>
                )}
              </Stack>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t("feedback.new.channel")}
                data={feedbackChannels
                  .filter((c) => c !== "online")
                  .map((c) => ({ value: c, label: t(`feedback.channel.${c}`) }))}
                value={channel}
                onChange={(v) => setChannel(pick(feedbackChannels, v) ?? "phone")}
                allowDeselect={false}
                error={error("channel")}
              />
              <Select
                label={t("feedback.new.language")}
                data={interfaceLanguages.map((code) => ({
                  value: code,
                  label: languages.find((l) => l.code === code)?.name ?? code,
                }))}
                value={language}
                onChange={(v) => setLanguage(pick(interfaceLanguages, v) ?? "en")}
                allowDeselect={false}
                error={error("language")}
              />
            </SimpleGrid>
            <AreaPicker
              label={t("feedback.new.area")}
              description={t("feedback.new.areaHint")}
              level={2}
              value={area}
              onChange={(v) => setArea(v)}
              error={error("adminAreaCode")}
            />
            <Checkbox
              label={t("feedback.new.anonymous")}
              description={t("feedback.new.anonymousHint")}
              checked={anonymous}
              onChange={(e) => setAnonymous(e.currentTarget.checked)}
            />
            {!anonymous && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t("feedback.new.name")}
                  required
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={error("name")}
                />
                <TextInput
                  label={t("feedback.new.phone")}
                  type="tel"
                  value={phone}
                  onChange={(e) => setPhone(e.currentTarget.value)}
                  error={error("phone")}
                />
                <TextInput
                  label={t("feedback.new.email")}
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={error("email")}
                />
              </SimpleGrid>
            )}
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={send.isPending}>
            {t("feedback.new.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
