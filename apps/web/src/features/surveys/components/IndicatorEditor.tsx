import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import type { Dimension } from "../../cases/api/cases";
import type { SurveyIndicator } from "../api/surveys";
import { replaced, withNewOption, without, withText } from "../hooks/editing";

/**
 * One indicator of the survey being edited: its code (only while new, so that saved answers keep their
 * meaning), its question in the language being edited, its weight, whether it is restricted, and its options
 * with their scores. `field` is where the server names its mistakes (definition.dimensions.0.indicators.2).
 */
export function IndicatorEditor({
  indicator,
  dimension,
  language,
  isNew,
  field,
  error,
  onChange,
  onRemove,
}: {
  indicator: SurveyIndicator;
  dimension: Dimension;
  language: string;
  isNew: boolean;
  field: string;
  error: unknown;
  onChange: (indicator: SurveyIndicator) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const english = language === "en";
  const err = (path: string) => fieldError(error, `${field}.${path}`);
  const question = indicator.question[language] ?? "";
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("surveys.editor.code")}
            value={indicator.code}
            readOnly={!isNew}
            description={isNew ? t("surveys.editor.codeHelp") : undefined}
            onChange={(e) => onChange({ ...indicator, code: e.currentTarget.value })}
            error={err("code")}
            w={220}
          />
          <NumberInput
            label={t("surveys.editor.weight")}
            value={indicator.weight}
            min={0}
            max={100}
            decimalScale={3}
            onChange={(v) => onChange({ ...indicator, weight: typeof v === "number" ? v : 0 })}
            error={err("weight")}
            w={120}
          />
          <Checkbox
            label={t("surveys.editor.restricted")}
            checked={dimension === "psychosocial" || indicator.restricted}
            disabled={dimension === "psychosocial"}
            onChange={(e) => onChange({ ...indicator, restricted: e.currentTarget.checked })}
            mb={8}
          />
          <Button variant="subtle" color="red" onClick={onRemove} ml="auto">
            {t("surveys.editor.removeIndicator", { code: indicator.code })}
          </Button>
        </Group>
        <TextInput
          label={t("surveys.editor.question")}
          value={question}
          placeholder={english ? undefined : indicator.question.en}
          onChange={(e) =>
            onChange({
              ...indicator,
              question: withText(indicator.question, language, e.currentTarget.value),
            })
          }
          error={err("question")}
        />
        <Table>
          <Table.Caption>{t("surveys.editor.optionsCaption", { code: indicator.code })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("surveys.editor.value")}</Table.Th>
              <Table.Th>{t("surveys.editor.label")}</Table.Th>
              <Table.Th>{t("surveys.editor.score")}</Table.Th>
              <Table.Th>{t("surveys.editor.doesNotApply")}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t("surveys.editor.remove")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicator.options.map((o, i) => {
              const set = (option: typeof o) =>
                onChange({ ...indicator, options: replaced(indicator.options, i, option) });
              const at = `options.${i}`;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: an option's value is edited in place; every input is controlled, so a position is all a row needs
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t("surveys.editor.valueOf", { n: i + 1 })}
                      value={o.value}
                      onChange={(e) => set({ ...o, value: e.currentTarget.value })}
                      error={err(`${at}.value`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t("surveys.editor.labelOf", { n: i + 1 })}
                      value={o.label[language] ?? ""}
                      placeholder={english ? undefined : o.label.en}
                      onChange={(e) =>
                        set({ ...o, label: withText(o.label, language, e.currentTarget.value) })
                      }
                      error={err(`${at}.label`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t("surveys.editor.scoreOf", { n: i + 1 })}
                      value={o.score ?? ""}
                      disabled={o.score === null}
                      min={0}
                      max={1}
                      step={0.05}
                      decimalScale={3}
                      onChange={(v) => set({ ...o, score: typeof v === "number" ? v : 0 })}
                      error={err(`${at}.score`)}
                      w={100}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t("surveys.editor.doesNotApplyOf", { n: i + 1 })}
                      checked={o.score === null}
                      onChange={(e) => set({ ...o, score: e.currentTarget.checked ? null : 0 })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("surveys.editor.removeOption", { n: i + 1 })}
                      onClick={() => onChange({ ...indicator, options: without(indicator.options, i) })}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>
          <Button variant="default" size="xs" onClick={() => onChange(withNewOption(indicator))}>
            {t("surveys.editor.addOption")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
