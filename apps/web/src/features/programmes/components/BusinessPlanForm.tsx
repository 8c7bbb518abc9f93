import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { fieldError } from "../../../components/fieldError";
import { money } from "../../../components/money";
import { ReferencePicker } from "../../../components/ReferencePicker";
import { SaveError } from "../../../components/SaveError";
import { intlLocale } from "../../../i18n/languages";
import { caseKeys } from "../../cases/api/cases";
import { useInvalidateCase } from "../../cases/hooks/useInvalidateCase";
import {
  type BusinessPlan,
  type BusinessPlanFields,
  getBusinessPlan,
  saveBusinessPlan,
} from "../api/caseEnrolments";

/** Where the title of a sector code is cached, shared with the section that loads the saved plan. */
export const sectorLabelKey = (code: string) => ["reference", "isic-label", code] as const;

const amountFields = ["capitalNeeded", "ownContribution", "expectedMonthlyIncome"] as const;
const outlookFields = ["market", "risks"] as const;

const legendStyles = { legend: { fontWeight: 700 } };

/** One part of the plan under its bold legend. */
const PlanPart = ({
  legend,
  disabled,
  children,
}: {
  legend: string;
  disabled: boolean;
  children: ReactNode;
}) => (
  <Fieldset legend={legend} disabled={disabled} variant="unstyled" styles={legendStyles}>
    <Stack gap="sm">{children}</Stack>
  </Fieldset>
);

type Amount = number | "";
interface Draft {
  activity: string;
  sectorIsic: string;
  sectorName: string;
  currency: string;
  capitalNeeded: Amount;
  ownContribution: Amount;
  expectedMonthlyIncome: Amount;
  market: string;
  risks: string;
}

const fieldNames = [
  "activity",
  "sectorIsic",
  "currency",
  "capitalNeeded",
  "ownContribution",
  "expectedMonthlyIncome",
  "market",
  "risks",
] as const;

const amountOf = (v: number | string): Amount => (typeof v === "number" ? v : v === "" ? "" : Number(v));

/** The grouping and decimal marks of the user's language, so that amounts are typed the way they are read. */
function separators(lang: string) {
  const parts = new Intl.NumberFormat(intlLocale(lang)).formatToParts(1_000_000.5);
  return {
    thousandSeparator: parts.find((p) => p.type === "group")?.value ?? ",",
    decimalSeparator: parts.find((p) => p.type === "decimal")?.value ?? ".",
  };
}

/** The business plan's fields; a failed save keeps everything typed and names the field at fault beside it. */
export function BusinessPlanForm({
  caseId,
  plan,
  sectorName,
  defaultCurrency,
  canWrite,
}: {
  caseId: string;
  plan: BusinessPlan | null;
  sectorName: string;
  defaultCurrency: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const invalidateCase = useInvalidateCase(caseId);
  const [draft, setDraft] = useState<Draft>(() => ({
    activity: plan?.activity ?? "",
    sectorIsic: plan?.sectorIsic ?? "",
    sectorName,
    currency: plan?.currency ?? defaultCurrency,
    capitalNeeded: plan?.capitalNeeded ?? "",
    ownContribution: plan?.ownContribution ?? "",
    expectedMonthlyIncome: plan?.expectedMonthlyIncome ?? "",
    market: plan?.market ?? "",
    risks: plan?.risks ?? "",
  }));
  const [version, setVersion] = useState(plan?.version);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const save = useMutation({
    mutationFn: () => {
      const body: Partial<BusinessPlanFields> & { version?: number } = {
        activity: draft.activity,
        currency: draft.currency.trim().toUpperCase(),
        market: draft.market,
        risks: draft.risks,
      };
      if (draft.sectorIsic) body.sectorIsic = draft.sectorIsic;
      if (draft.capitalNeeded !== "") body.capitalNeeded = draft.capitalNeeded;
      if (draft.ownContribution !== "") body.ownContribution = draft.ownContribution;
      if (draft.expectedMonthlyIncome !== "") body.expectedMonthlyIncome = draft.expectedMonthlyIncome;
      if (version !== undefined) body.version = version;
      return saveBusinessPlan(caseId, body);
    },
    onSuccess: (p) => {
      setVersion(p.version);
      setSaved(true);
      client.setQueryData(sectorLabelKey(p.sectorIsic), draft.sectorName || p.sectorIsic);
      client.setQueryData(caseKeys.businessPlan(caseId), p);
      void invalidateCase();
    },
  });
  const reload = useMutation({
    mutationFn: () => getBusinessPlan(caseId),
    onSuccess: (p) => {
      setVersion(p?.version);
      save.reset();
    },
  });
  const stale = save.error instanceof ApiError && save.error.code === "stale_version";
  const err = (field: string) => fieldError(save.error, field);
  const inCurrency = draft.currency
    ? t("cases.businessPlan.inCurrency", { currency: draft.currency })
    : undefined;
  const amountProps = {
    min: 0,
    allowNegative: false,
    decimalScale: 2,
    ...separators(i18n.language),
    description: inCurrency,
  };
  const asked =
    draft.capitalNeeded !== "" && draft.ownContribution !== "" && draft.capitalNeeded >= draft.ownContribution
      ? draft.capitalNeeded - draft.ownContribution
      : null;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate();
      }}
      aria-labelledby="business-plan-title"
      noValidate
    >
      <Stack>
        <PlanPart legend={t("cases.businessPlan.business")} disabled={!canWrite}>
          <TextInput
            label={t("cases.businessPlan.activity")}
            description={t("cases.businessPlan.activityHelp")}
            required
            value={draft.activity}
            onChange={(e) => set({ activity: e.currentTarget.value })}
            error={err("activity")}
          />
          <ReferencePicker
            list="sector"
            label={t("cases.businessPlan.sector")}
            description={t("cases.businessPlan.sectorHelp")}
            required
            value={draft.sectorIsic}
            labels={{ [draft.sectorIsic]: draft.sectorName }}
            onChange={(code, name) => set({ sectorIsic: code, sectorName: name })}
            error={err("sectorIsic")}
          />
        </PlanPart>
        <PlanPart legend={t("cases.businessPlan.money")} disabled={!canWrite}>
          <TextInput
            label={t("cases.businessPlan.currency")}
            description={t("cases.businessPlan.currencyHelp")}
            required
            maxLength={3}
            w={200}
            value={draft.currency}
            onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
            error={err("currency")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {amountFields.map((field) => (
              <NumberInput
                key={field}
                label={t(`cases.businessPlan.${field}`)}
                required
                value={draft[field]}
                onChange={(v) => set({ [field]: amountOf(v) })}
                error={err(field)}
                {...amountProps}
              />
            ))}
          </SimpleGrid>
          {asked !== null && /^[A-Z]{3}$/.test(draft.currency) && (
            <Text size="sm">
              {t("cases.businessPlan.asked", { amount: money(i18n.language, asked, draft.currency) })}
            </Text>
          )}
        </PlanPart>
        <PlanPart legend={t("cases.businessPlan.outlook")} disabled={!canWrite}>
          {outlookFields.map((field) => (
            <Textarea
              key={field}
              label={t(`cases.businessPlan.${field}`)}
              description={t(`cases.businessPlan.${field}Help`)}
              required
              autosize
              minRows={2}
              value={draft[field]}
              onChange={(e) => set({ [field]: e.currentTarget.value })}
              error={err(field)}
            />
          ))}
        </PlanPart>
        <SaveError error={save.error} fields={[...fieldNames]} />
        {stale && (
          <Group>
            <Button variant="outline" onClick={() => reload.mutate()} loading={reload.isPending}>
              {t("cases.businessPlan.reload")}
            </Button>
          </Group>
        )}
        {saved && (
          <Text role="status" c="teal.9">
            {t("cases.businessPlan.saved")}
          </Text>
        )}
        {canWrite && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("cases.businessPlan.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
