import { Button, Fieldset, Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Fact } from "../api/rules";
import { type ConditionDraft, type Operator, operatorsFor, withFact } from "../hooks/model";
import { factGroup, factGroups, useRuleWords } from "../hooks/words";
import { ConditionValue } from "./ConditionValue";

/** One condition of the form: a fact, a test suited to its type, and the value(s) it is tested against. */
export function ConditionFields({
  n,
  condition: c,
  facts,
  onChange,
  onRemove,
  factError,
  valueError,
}: {
  /** its place in the list, from 1 */
  n: number;
  condition: ConditionDraft;
  facts: readonly Fact[];
  onChange: (c: ConditionDraft) => void;
  onRemove: () => void;
  factError?: string | undefined;
  valueError?: string | undefined;
}) {
  const { t } = useTranslation();
  const words = useRuleWords();
  const fact = facts.find((f) => f.name === c.fact);
  const data = factGroups
    .map((g) => ({
      group: t(`rules.group.${g}`),
      items: facts
        .filter((f) => factGroup(f.name) === g)
        .map((f) => ({ value: f.name, label: words.factOption(f) })),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <Fieldset legend={t("rules.condition.legend", { n })} variant="filled" p="sm">
      <Group align="start" wrap="wrap" gap="sm" preventGrowOverflow={false}>
        <Select
          label={t("rules.condition.fact")}
          description={fact?.description}
          // the fact's meaning under the box, so that the boxes of a condition line up
          inputWrapperOrder={["label", "input", "description", "error"]}
          data={data}
          value={c.fact || null}
          onChange={(v) =>
            onChange(
              withFact(
                c,
                facts.find((f) => f.name === v),
              ),
            )
          }
          searchable
          allowDeselect={false}
          nothingFoundMessage={t("rules.condition.noFact")}
          error={factError}
          style={{ flex: "2 1 200px" }}
        />
        {fact && (
          <Select
            label={t("rules.condition.operator")}
            data={operatorsFor[fact.type].map((o) => ({ value: o, label: t(`rules.operator.${o}`) }))}
            value={c.operator}
            onChange={(v) => v && onChange({ ...c, operator: v as Operator })}
            allowDeselect={false}
            style={{ flex: "1 1 130px" }}
          />
        )}
        {fact && (
          <div style={{ flex: "2 1 200px", minWidth: 0 }}>
            <ConditionValue
              condition={c}
              fact={fact}
              onChange={(patch) => onChange({ ...c, ...patch })}
              error={valueError}
            />
          </div>
        )}
      </Group>
      <Group justify="flex-end" mt="xs">
        <Button variant="default" size="xs" onClick={onRemove}>
          {t("rules.condition.remove", { n })}
        </Button>
      </Group>
    </Fieldset>
  );
}
