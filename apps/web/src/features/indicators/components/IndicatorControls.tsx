import { Button, Group, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../components/DateField";
import {
  type Disaggregation,
  type IndicatorAsk,
  type IndicatorResult,
  periodDisaggregations,
} from "../api/indicators";
import { keyLabel } from "../hooks/keyLabel";
import { FilterValue } from "./FilterValue";

const isPeriod = (s: string) => (periodDisaggregations as readonly string[]).includes(s);

/**
 * The period, the splits (when `splits` is given) and the filters of an indicator view. A filter is added by
 * choosing what to filter by, then its value; each filter in force shows as a button that removes it.
 */
export function IndicatorControls({
  ask,
  onChange,
  allowed,
  splits = false,
  labels,
}: {
  ask: IndicatorAsk;
  onChange: (ask: IndicatorAsk) => void;
  allowed: readonly Disaggregation[];
  splits?: boolean;
  /** names of places and organisations, for the filters in force */
  labels?: IndicatorResult["labels"] | undefined;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<Disaggregation | null>(null);
  const options = (keep: (d: Disaggregation) => boolean) =>
    allowed.filter(keep).map((d) => ({ value: d, label: t(`indicators.splits.${d}`) }));
  const setBy = (i: number, value: string | null) => {
    const by = [...ask.by];
    if (value) by[i] = value as Disaggregation;
    else by.splice(i);
    onChange({ ...ask, by: by.filter((d, j) => by.indexOf(d) === j) });
  };
  const filters = Object.entries(ask.filter) as [Disaggregation, string][];
  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <DateField
          label={t("indicators.from")}
          value={ask.from}
          onChange={(from) => onChange({ ...ask, from })}
          w={170}
        />
        <DateField
          label={t("indicators.to")}
          value={ask.to}
          onChange={(to) => onChange({ ...ask, to })}
          w={170}
        />
        {splits && (
          <>
            <Select
              label={t("indicators.splitBy")}
              data={options(() => true)}
              value={ask.by[0] ?? null}
              onChange={(v) => setBy(0, v)}
              clearable
              w={220}
            />
            {ask.by[0] && (
              <Select
                label={t("indicators.thenBy")}
                data={options((d) => d !== ask.by[0])}
                value={ask.by[1] ?? null}
                onChange={(v) => setBy(1, v)}
                clearable
                w={220}
              />
            )}
          </>
        )}
        <Select
          label={t("indicators.addFilter")}
          data={options((d) => !isPeriod(d) && !(d in ask.filter))}
          value={adding}
          onChange={(v) => setAdding(v as Disaggregation | null)}
          clearable
          w={220}
        />
        {adding && (
          <FilterValue
            split={adding}
            value=""
            onChange={(value) => {
              if (!value) return;
              onChange({ ...ask, filter: { ...ask.filter, [adding]: value } });
              setAdding(null);
            }}
          />
        )}
      </Group>
      {filters.length > 0 && (
        <Group gap="xs" aria-label={t("indicators.filtersInForce")} role="group">
          {filters.map(([split, value]) => (
            <Button
              key={split}
              size="xs"
              variant="default"
              aria-label={t("indicators.removeFilter", {
                split: t(`indicators.splits.${split}`),
                value: keyLabel(t, split, value, labels),
              })}
              onClick={() => {
                const { [split]: _removed, ...rest } = ask.filter;
                onChange({ ...ask, filter: rest });
              }}
            >
              {t(`indicators.splits.${split}`)}: {keyLabel(t, split, value, labels)} ×
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
