import { Group, MultiSelect, NumberInput, Select, TagsInput, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchCountries } from "../../../api/reference";
import { AreaPicker } from "../../../components/AreaPicker";
import type { Fact } from "../api/rules";
import type { ConditionDraft } from "../hooks/model";
import { areaFactLevel, useRuleWords } from "../hooks/words";

const numberOrNull = (v: string | number) => (v === "" || Number.isNaN(Number(v)) ? null : Number(v));

/** The value part of a condition, suited to the fact's type and the test chosen. */
export function ConditionValue({
  condition: c,
  fact,
  onChange,
  error,
}: {
  condition: ConditionDraft;
  fact: Fact;
  onChange: (patch: Partial<ConditionDraft>) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const words = useRuleWords();
  const isCountry = fact.name === "destinationCountry";
  const countries = useQuery({
    queryKey: ["reference", "countries", i18n.language],
    queryFn: () => fetchCountries(i18n.language),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: isCountry,
  });
  const valueLabel = fact.unit
    ? t("rules.condition.valueWithUnit", { unit: words.unitName(fact) })
    : t("rules.condition.value");

  if (fact.type === "number") {
    const input = (
      label: string,
      value: number | null,
      key: "number" | "upper",
      err?: string | undefined,
    ) => (
      <NumberInput
        label={label}
        value={value ?? ""}
        onChange={(v) => onChange({ [key]: numberOrNull(v) })}
        error={err}
        miw={90}
      />
    );
    if (c.operator === "between")
      return (
        <Group grow align="start" wrap="nowrap">
          {input(t("rules.condition.from"), c.number, "number", error)}
          {input(t("rules.condition.to"), c.upper, "upper")}
        </Group>
      );
    return input(valueLabel, c.number, "number", error);
  }

  if (fact.type === "boolean")
    return (
      <Select
        label={t("rules.condition.answer")}
        data={[
          { value: "true", label: t("rules.yes") },
          { value: "false", label: t("rules.no") },
        ]}
        value={c.flag === null ? null : String(c.flag)}
        onChange={(v) => onChange({ flag: v === null ? null : v === "true" })}
        allowDeselect={false}
        error={error}
      />
    );

  const level = areaFactLevel[fact.name];
  const many = c.operator === "isOneOf" || c.operator === "includesAnyOf";
  if (level)
    return many ? (
      <AreaPicker
        multiple
        label={t("rules.condition.values")}
        level={level}
        value={c.values}
        onChange={(values) => onChange({ values })}
        error={error}
      />
    ) : (
      <AreaPicker
        label={valueLabel}
        level={level}
        value={c.value}
        onChange={(value) => onChange({ value })}
        error={error}
      />
    );

  const known = isCountry
    ? (countries.data?.items ?? []).map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))
    : fact.values?.map((v) => ({ value: v, label: words.valueLabel(fact.name, v) }));

  if (!known) {
    // an enum the catalogue gives no values for: its codes are typed
    return many ? (
      <TagsInput
        label={t("rules.condition.values")}
        description={t("rules.condition.typeCode")}
        value={c.values}
        onChange={(values) => onChange({ values: values.map((v) => v.trim()).filter(Boolean) })}
        error={error}
      />
    ) : (
      <TextInput
        label={valueLabel}
        value={c.value}
        onChange={(e) => onChange({ value: e.currentTarget.value.trim() })}
        error={error}
      />
    );
  }
  return many ? (
    <MultiSelect
      label={t("rules.condition.values")}
      data={known}
      value={c.values}
      onChange={(values) => onChange({ values })}
      searchable
      nothingFoundMessage={t("rules.condition.noValue")}
      error={error}
    />
  ) : (
    <Select
      label={valueLabel}
      data={known}
      value={c.value || null}
      onChange={(v) => onChange({ value: v ?? "" })}
      searchable
      nothingFoundMessage={t("rules.condition.noValue")}
      error={error}
    />
  );
}
