import { Button, Fieldset, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { DateField } from "../../../components/DateField";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { SaveError } from "../../../components/SaveError";
import type { RankedOffer, Recommendation } from "../../eligibility/api/eligibility";
import { PlanRecommendations } from "../../eligibility/components/PlanRecommendations";
import { StatusBadge } from "../../referrals/components/StatusBadge";
import {
  actionStatuses,
  type CaseDetail,
  caseKeys,
  categoriesOf,
  type Dimension,
  dimensions,
  type Plan,
  type PlanAction,
  type PlanGoalInput,
  savePlan,
  serviceCategoryCodes,
} from "../api/cases";
import { useInvalidateCase } from "../hooks/useInvalidateCase";

interface ActionDraft {
  key: number;
  id?: string | undefined;
  title: string;
  dueDate: string;
  status: PlanAction["status"];
  serviceCategory: PlanAction["serviceCategory"];
  /** The status of the referral the action follows, shown beside it; the server keeps the link. */
  referralStatus: PlanAction["referralStatus"];
}
interface GoalDraft {
  key: number;
  id?: string | undefined;
  dimension: Dimension;
  title: string;
  actions: ActionDraft[];
}

let nextKey = 1;
const newAction = (): ActionDraft => ({
  key: nextKey++,
  title: "",
  dueDate: "",
  status: "planned",
  serviceCategory: null,
  referralStatus: null,
});

const fromPlan = (plan: Plan): GoalDraft[] =>
  plan.goals.map((g) => ({
    key: nextKey++,
    id: g.id,
    dimension: g.dimension,
    title: g.title,
    actions: g.actions.map((a) => ({
      key: nextKey++,
      id: a.id,
      title: a.title,
      dueDate: a.dueDate ?? "",
      status: a.status,
      serviceCategory: a.serviceCategory,
      referralStatus: a.referralStatus,
    })),
  }));

const toInput = (goals: GoalDraft[]): PlanGoalInput[] =>
  goals.map((g) => ({
    ...(g.id ? { id: g.id } : {}),
    dimension: g.dimension,
    title: g.title,
    actions: g.actions.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      title: a.title,
      status: a.status,
      ...(a.dueDate ? { dueDate: a.dueDate } : {}),
      ...(a.serviceCategory ? { serviceCategory: a.serviceCategory } : {}),
    })),
  }));

/** Goals per dimension with their actions; saved whole with the case version that was read. */
export function PlanForm({ detail, plan, canWrite }: { detail: CaseDetail; plan: Plan; canWrite: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const invalidateCase = useInvalidateCase(detail.id);
  const [goals, setGoals] = useState<GoalDraft[]>(() => fromPlan(plan));
  const [saved, setSaved] = useState(false);
  const [added, setAdded] = useState("");
  const save = useMutation({
    mutationFn: () => savePlan(detail.id, detail.version, toInput(goals)),
    onSuccess: (p) => {
      setGoals(fromPlan(p));
      setSaved(true);
      client.setQueryData(caseKeys.plan(detail.id), p);
      void client.invalidateQueries({ queryKey: caseKeys.followUps(detail.id) });
      void invalidateCase();
    },
    onError: () => setSaved(false),
  });
  const stale = save.error instanceof ApiError && save.error.code === "stale_version";
  const updateGoal = (key: number, patch: Partial<GoalDraft>) =>
    setGoals((gs) => gs.map((g) => (g.key === key ? { ...g, ...patch } : g)));
  const updateAction = (gKey: number, aKey: number, patch: Partial<ActionDraft>) =>
    setGoals((gs) =>
      gs.map((g) =>
        g.key === gKey
          ? { ...g, actions: g.actions.map((a) => (a.key === aKey ? { ...a, ...patch } : a)) }
          : g,
      ),
    );
  const inPlan = (o: RankedOffer) =>
    goals.some((g) => g.actions.some((a) => a.title === o.name && a.serviceCategory === o.category));
  /** A recommended offer becomes an action of a goal of its dimension (a new goal when there is none); nothing is saved. */
  const addOffer = (o: RankedOffer, need: Recommendation) => {
    const action: ActionDraft = { ...newAction(), title: o.name, serviceCategory: o.category };
    const target =
      goals.find(
        (g) => g.dimension === need.dimension && g.actions.some((a) => a.serviceCategory === o.category),
      ) ?? goals.find((g) => g.dimension === need.dimension);
    setSaved(false);
    if (target) {
      updateGoal(target.key, { actions: [...target.actions, action] });
      setAdded(t("cases.recommendations.added", { name: o.name, goal: goals.indexOf(target) + 1 }));
      return;
    }
    setGoals((gs) => [
      ...gs,
      {
        key: nextKey++,
        dimension: need.dimension,
        title: t(`cases.categories.${need.category}`, { defaultValue: need.category }),
        actions: [action],
      },
    ]);
    setAdded(t("cases.recommendations.added", { name: o.name, goal: goals.length + 1 }));
  };
  const fields = goals.flatMap((g, gi) => [
    `goals.${gi}.title`,
    ...g.actions.flatMap((_, ai) => [`goals.${gi}.actions.${ai}.title`, `goals.${gi}.actions.${ai}.dueDate`]),
  ]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        setAdded("");
        save.mutate();
      }}
    >
      <Stack>
        <Title order={3}>{t("cases.sections.plan")}</Title>
        <SaveError error={save.error} fields={fields} />
        {stale && (
          <Group>
            <Button
              variant="outline"
              onClick={() => {
                void invalidateCase().then(() => save.reset());
              }}
            >
              {t("cases.plan.reload")}
            </Button>
          </Group>
        )}
        {saved && (
          <Text role="status" c="teal.9">
            {t("cases.plan.saved")}
          </Text>
        )}
        {canWrite && <PlanRecommendations detail={detail} inPlan={inPlan} onAdd={addOffer} />}
        <Text role="status" size="sm">
          {added}
        </Text>
        {goals.length === 0 && <Text>{t("cases.plan.empty")}</Text>}
        {goals.map((g, gi) => (
          <Fieldset key={g.key} legend={t("cases.plan.goalN", { n: gi + 1 })} disabled={!canWrite}>
            <Stack gap="sm">
              <Group align="start" grow>
                <Select
                  label={t("cases.plan.dimension")}
                  value={g.dimension}
                  allowDeselect={false}
                  onChange={(v) => v && updateGoal(g.key, { dimension: v as Dimension })}
                  data={dimensions.map((d) => ({ value: d, label: t(`cases.dimensions.${d}`) }))}
                />
                <TextInput
                  label={t("cases.plan.goalTitle")}
                  value={g.title}
                  onChange={(e) => updateGoal(g.key, { title: e.currentTarget.value })}
                  error={fieldError(save.error, `goals.${gi}.title`)}
                />
              </Group>
              {g.actions.map((a, ai) => (
                <Fieldset key={a.key} legend={t("cases.plan.actionN", { n: ai + 1 })} variant="filled">
                  {a.referralStatus && (
                    <Group gap="xs" mb="xs">
                      <Text size="sm">{t("cases.plan.referral")}</Text>
                      <StatusBadge status={a.referralStatus} />
                    </Group>
                  )}
                  <Group align="start" grow>
                    <TextInput
                      label={t("cases.plan.actionTitle")}
                      value={a.title}
                      onChange={(e) => updateAction(g.key, a.key, { title: e.currentTarget.value })}
                      error={fieldError(save.error, `goals.${gi}.actions.${ai}.title`)}
                    />
                    <DateField
                      label={t("cases.plan.dueDate")}
                      value={a.dueDate}
                      onChange={(v) => updateAction(g.key, a.key, { dueDate: v })}
                      error={fieldError(save.error, `goals.${gi}.actions.${ai}.dueDate`)}
                    />
                  </Group>
                  <Group align="end" grow mt="sm">
                    <Select
                      label={t("cases.plan.status")}
                      value={a.status}
                      allowDeselect={false}
                      onChange={(v) =>
                        updateAction(g.key, a.key, { status: pick(actionStatuses, v) ?? a.status })
                      }
                      data={actionStatuses.map((s) => ({ value: s, label: t(`cases.plan.statuses.${s}`) }))}
                    />
                    <Select
                      label={t("cases.plan.serviceCategory")}
                      value={a.serviceCategory}
                      clearable
                      onChange={(v) =>
                        updateAction(g.key, a.key, { serviceCategory: pick(serviceCategoryCodes, v) })
                      }
                      data={categoriesOf(g.dimension).map((c) => ({
                        value: c,
                        label: t(`cases.categories.${c}`),
                      }))}
                    />
                    {canWrite && (
                      <Button
                        variant="subtle"
                        onClick={() =>
                          updateGoal(g.key, { actions: g.actions.filter((x) => x.key !== a.key) })
                        }
                      >
                        {t("cases.plan.removeAction", { n: ai + 1 })}
                      </Button>
                    )}
                  </Group>
                </Fieldset>
              ))}
              {canWrite && (
                <Group>
                  <Button
                    variant="outline"
                    onClick={() => updateGoal(g.key, { actions: [...g.actions, newAction()] })}
                  >
                    {t("cases.plan.addAction")}
                  </Button>
                  <Button
                    variant="subtle"
                    onClick={() => setGoals((gs) => gs.filter((x) => x.key !== g.key))}
                  >
                    {t("cases.plan.removeGoal", { n: gi + 1 })}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        ))}
        {canWrite && (
          <Group>
            <Button
              variant="outline"
              onClick={() =>
                setGoals((gs) => [
                  ...gs,
                  { key: nextKey++, dimension: "economic", title: "", actions: [newAction()] },
                ])
              }
            >
              {t("cases.plan.addGoal")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("cases.plan.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
