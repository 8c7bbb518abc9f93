import { Alert, Button, Group, Radio, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Loading } from "../../../components/Loading";
import { type Fact, fetchFacts } from "../api/rules";
import {
  type BuiltRule,
  buildRule,
  type ConditionDraft,
  emptyCondition,
  indexFacts,
  type Join,
  parseRule,
  type RuleForm,
} from "../hooks/model";
import { ConditionFields } from "./ConditionFields";
import { RuleWords } from "./RuleWords";

/** The rule the editor holds now, or why it is not a rule yet (an incomplete condition, broken JSON). */
export type RuleResult = { ok: true; rule: unknown } | { ok: false; message: string };

type Mode = "form" | "json";

interface EditorState {
  mode: Mode;
  form: RuleForm;
  json: string;
  /** why the JSON view is showing, or why a switch of view did not happen */
  note: string | null;
}

const pretty = (rule: unknown) => JSON.stringify(rule, null, 2);

export const factsQuery = { queryKey: ["eligibility", "facts"], queryFn: fetchFacts, staleTime: 10 * 60_000 };

/**
 * Edits an eligibility rule: a form for the common conditions, a JSON view for anything else; switching
 * views keeps the rule, and a rule the form cannot show opens as JSON with a note. `error` is the server's
 * message about the rule (from a save or a preview), shown beside it.
 */
export function RuleEditor(props: {
  initialRule: unknown;
  onChange: (result: RuleResult) => void;
  error?: string | undefined;
  /** the server's words for each condition, for a rule the form cannot show */
  serverWords?: string[] | undefined;
  /** whether a preview beside the editor can give the server's words */
  withPreview?: boolean;
}) {
  const facts = useQuery(factsQuery);
  if (facts.isPending) return <Loading />;
  if (facts.isError) return <ErrorState error={facts.error} onRetry={() => void facts.refetch()} />;
  return <LoadedRuleEditor {...props} facts={facts.data.facts} />;
}

function LoadedRuleEditor({
  initialRule,
  onChange,
  error,
  serverWords,
  withPreview = false,
  facts,
}: {
  initialRule: unknown;
  onChange: (result: RuleResult) => void;
  error?: string | undefined;
  serverWords?: string[] | undefined;
  withPreview?: boolean;
  facts: Fact[];
}) {
  const { t } = useTranslation();
  const index = useMemo(() => indexFacts(facts), [facts]);
  const [state, setState] = useState<EditorState>(() => {
    const form = parseRule(initialRule, index);
    return form
      ? { mode: "form", form, json: pretty(initialRule), note: null }
      : {
          mode: "json",
          form: { join: "and", conditions: [] },
          json: pretty(initialRule),
          note: t("rules.json.cannotShow"),
        };
  });

  const problemText = (built: Extract<BuiltRule, { ok: false }>) =>
    t(`rules.problem.${built.problem}`, { n: built.condition + 1 });

  const resultOf = (s: EditorState): RuleResult => {
    if (s.mode === "json") {
      try {
        return { ok: true, rule: JSON.parse(s.json) };
      } catch (e) {
        return { ok: false, message: t("rules.json.invalid", { message: (e as Error).message }) };
      }
    }
    const built = buildRule(s.form, index);
    return built.ok ? built : { ok: false, message: problemText(built) };
  };

  const update = (next: EditorState) => {
    setState(next);
    onChange(resultOf(next));
  };
  const setForm = (form: RuleForm) => update({ ...state, form });
  const setCondition = (key: number, c: ConditionDraft) =>
    setForm({ ...state.form, conditions: state.form.conditions.map((x) => (x.key === key ? c : x)) });

  const switchTo = (mode: Mode) => {
    if (mode === state.mode) return;
    if (mode === "json") {
      const built = buildRule(state.form, index);
      if (!built.ok) return setState({ ...state, note: problemText(built) });
      return update({ ...state, mode, json: pretty(built.rule), note: null });
    }
    let rule: unknown;
    try {
      rule = JSON.parse(state.json);
    } catch (e) {
      return setState({ ...state, note: t("rules.json.invalid", { message: (e as Error).message }) });
    }
    const form = parseRule(rule, index);
    if (!form) return setState({ ...state, note: t("rules.json.stillCannotShow") });
    update({ ...state, mode, form, note: null });
  };

  const current = resultOf(state);
  const jsonProblem = state.mode === "json" && !current.ok ? current.message : undefined;
  const built = state.mode === "form" ? buildRule(state.form, index) : null;
  const firstProblem = built && !built.ok ? built : null;
  const shownForm: RuleForm | null =
    state.mode === "form" ? state.form : current.ok ? parseRule(current.rule, index) : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="end">
        <Title order={3} size="h4">
          {t("rules.title")}
        </Title>
        <SegmentedControl
          aria-label={t("rules.view.label")}
          value={state.mode}
          onChange={(v) => switchTo(v as Mode)}
          data={[
            { value: "form", label: t("rules.view.form") },
            { value: "json", label: t("rules.view.json") },
          ]}
        />
      </Group>
      {state.note && (
        <Alert color="blue" role="status">
          {state.note}
        </Alert>
      )}
      {state.mode === "form" ? (
        <Stack gap="sm">
          {state.form.conditions.length > 1 && (
            <Radio.Group
              label={t("rules.join.label")}
              value={state.form.join}
              onChange={(v) => setForm({ ...state.form, join: v as Join })}
            >
              <Group mt={4}>
                <Radio value="and" label={t("rules.join.and")} />
                <Radio value="or" label={t("rules.join.or")} />
              </Group>
            </Radio.Group>
          )}
          {state.form.conditions.length === 0 && <Text size="sm">{t("rules.condition.none")}</Text>}
          {state.form.conditions.map((c, i) => (
            <ConditionFields
              key={c.key}
              n={i + 1}
              condition={c}
              facts={facts}
              onChange={(next) => setCondition(c.key, next)}
              onRemove={() =>
                setForm({ ...state.form, conditions: state.form.conditions.filter((x) => x.key !== c.key) })
              }
              factError={
                firstProblem?.condition === i && firstProblem.problem === "fact" && error
                  ? problemText(firstProblem)
                  : undefined
              }
              valueError={
                firstProblem?.condition === i && firstProblem.problem !== "fact" && error
                  ? problemText(firstProblem)
                  : undefined
              }
            />
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                setForm({ ...state.form, conditions: [...state.form.conditions, emptyCondition()] })
              }
            >
              {t("rules.condition.add")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Textarea
          label={t("rules.json.label")}
          description={t("rules.json.help")}
          value={state.json}
          onChange={(e) => update({ ...state, json: e.currentTarget.value })}
          error={jsonProblem}
          autosize
          minRows={6}
          maxRows={24}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        />
      )}
      {error && (
        <Alert color="red" role="alert" title={t("rules.problemTitle")}>
          {error}
        </Alert>
      )}
      <RuleWords form={shownForm} index={index} serverWords={serverWords} withPreview={withPreview} />
    </Stack>
  );
}
