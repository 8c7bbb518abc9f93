import { Grid, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { previewRule } from "../api/rules";
import { ConditionList } from "./ConditionList";
import { PersonPicker } from "./PersonPicker";
import { RuleEditor, type RuleResult } from "./RuleEditor";
import { VerdictBadge } from "./VerdictBadge";

/**
 * The rule editor with, beside it, a live preview on one returnee (administrators): the verdict and each
 * condition's outcome for the rule as it stands, re-run shortly after each change. A rule the server refuses
 * has its message shown beside the editor.
 */
export function RuleWorkbench({
  initialRule,
  onChange,
  error,
  preview,
}: {
  initialRule: unknown;
  onChange: (result: RuleResult) => void;
  /** the server's message about the rule from a save */
  error?: string | undefined;
  /** whether the user may preview (administrators) */
  preview: boolean;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<RuleResult>({ ok: true, rule: initialRule });
  const [personId, setPersonId] = useState("");
  const ruleKey = result.ok ? JSON.stringify(result.rule) : null;
  const [debouncedKey] = useDebouncedValue(ruleKey, 400);
  const tried = useQuery({
    queryKey: ["eligibility", "preview", personId, debouncedKey],
    queryFn: () => previewRule(JSON.parse(debouncedKey!), personId),
    enabled: preview && Boolean(personId) && debouncedKey !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const refused =
    tried.error instanceof ApiError && tried.error.field === "rule" ? tried.error.message : undefined;
  const editor = (
    <RuleEditor
      initialRule={initialRule}
      onChange={(r) => {
        setResult(r);
        onChange(r);
      }}
      error={error ?? (ruleKey !== null && ruleKey === debouncedKey ? refused : undefined)}
      withPreview={preview}
      serverWords={
        tried.isSuccess && !tried.isPlaceholderData ? tried.data.conditions.map((c) => c.text) : undefined
      }
    />
  );
  if (!preview) return editor;

  const updating = ruleKey !== debouncedKey || tried.isFetching;
  let body: ReactNode;
  if (!personId) body = <Text size="sm">{t("rules.preview.choose")}</Text>;
  else if (!result.ok) body = <Text size="sm">{t("rules.preview.incomplete")}</Text>;
  else if (tried.isError)
    body = (
      <Text size="sm" c="red.9">
        {tried.error instanceof ApiError && tried.error.field
          ? t("rules.preview.failed")
          : tried.error.message}
      </Text>
    );
  else if (tried.data)
    body = (
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t("rules.preview.verdict")}:
          </Text>
          <VerdictBadge verdict={tried.data.verdict} size="lg" />
        </Group>
        <Title order={4} size="h6">
          {t("rules.conditions.label")}
        </Title>
        <ConditionList conditions={tried.data.conditions} anyOf={tried.data.anyOf} />
      </Stack>
    );
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>{editor}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="rule-preview-title">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3} size="h4" id="rule-preview-title">
                {t("rules.preview.title")}
              </Title>
              {personId && result.ok && updating && (
                <Loader size="xs" aria-label={t("rules.preview.updating")} />
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t("rules.preview.help")}
            </Text>
            <PersonPicker
              label={t("rules.preview.person")}
              description={t("rules.preview.personHelp")}
              value={personId}
              onChange={setPersonId}
              error={
                tried.error instanceof ApiError && tried.error.field === "personId"
                  ? tried.error.message
                  : undefined
              }
            />
            <div aria-live="polite">{body}</div>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
