import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { SaveForm } from "../../../components/SaveForm";
import { languages } from "../../../i18n/languages";
import { type SurveyVersion, saveSurveyVersion } from "../api/surveys";
import { editorFields, newIndicator, replaced, without, withText } from "../hooks/editing";
import { IndicatorEditor } from "./IndicatorEditor";

/**
 * The survey in use, to edit and save as the next version: its texts in one language at a time (a text
 * without a translation shows in English), weights, scores, indicators and options, and the threshold.
 */
export function SurveyEditor({ current, onSaved }: { current: SurveyVersion; onSaved: () => void }) {
  const { t } = useTranslation();
  const [definition, setDefinition] = useState(() => structuredClone(current.definition));
  const [language, setLanguage] = useState("en");
  const [note, setNote] = useState("");
  const saved = new Set(current.definition.dimensions.flatMap((d) => d.indicators.map((i) => i.code)));
  const save = useMutation({
    mutationFn: () =>
      saveSurveyVersion({
        basedOn: current.version,
        definition,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (version) => {
      notifications.show({
        color: "green",
        message: t("surveys.editor.saved", { version: version.version }),
      });
      onSaved();
    },
  });
  const setDimension = (i: number, dimension: (typeof definition.dimensions)[number]) =>
    setDefinition({ ...definition, dimensions: replaced(definition.dimensions, i, dimension) });
  return (
    <SaveForm
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      fields={editorFields(definition)}
      submitLabel={t("surveys.editor.save", { version: current.version + 1 })}
    >
      <Group align="flex-end">
        <Select
          label={t("surveys.editor.language")}
          description={t("surveys.editor.languageHelp")}
          data={languages.map((l) => ({ value: l.code, label: l.name }))}
          value={language}
          onChange={(v) => v && setLanguage(v)}
          allowDeselect={false}
          w={240}
        />
        <NumberInput
          label={t("surveys.editor.threshold")}
          description={t("surveys.editor.thresholdHelp")}
          value={definition.threshold}
          min={0}
          max={1}
          step={0.01}
          decimalScale={3}
          onChange={(v) => setDefinition({ ...definition, threshold: typeof v === "number" ? v : 0 })}
          error={fieldError(save.error, "definition.threshold")}
          w={240}
        />
      </Group>
      <TextInput
        label={t("surveys.editor.title")}
        value={definition.title[language] ?? ""}
        placeholder={language === "en" ? undefined : definition.title.en}
        onChange={(e) =>
          setDefinition({ ...definition, title: withText(definition.title, language, e.currentTarget.value) })
        }
        error={fieldError(save.error, "definition.title")}
      />
      {definition.dimensions.map((d, i) => (
        <Fieldset key={d.dimension} legend={t(`cases.dimensions.${d.dimension}`)}>
          <Stack gap="sm">
            <NumberInput
              label={t("surveys.editor.dimensionWeight")}
              value={d.weight}
              min={0}
              max={100}
              decimalScale={3}
              onChange={(v) => setDimension(i, { ...d, weight: typeof v === "number" ? v : 0 })}
              error={fieldError(save.error, `definition.dimensions.${i}.weight`)}
              w={200}
            />
            {d.indicators.map((indicator, j) => (
              <IndicatorEditor
                // biome-ignore lint/suspicious/noArrayIndexKey: a new indicator's code is edited in place; every input is controlled, so a position is all it needs
                key={j}
                indicator={indicator}
                dimension={d.dimension}
                language={language}
                isNew={!saved.has(indicator.code)}
                field={`definition.dimensions.${i}.indicators.${j}`}
                error={save.error}
                onChange={(changed) =>
                  setDimension(i, { ...d, indicators: replaced(d.indicators, j, changed) })
                }
                onRemove={() => setDimension(i, { ...d, indicators: without(d.indicators, j) })}
              />
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setDimension(i, { ...d, indicators: [...d.indicators, newIndicator(definition)] })
                }
              >
                {t("surveys.editor.addIndicator", { dimension: t(`cases.dimensions.${d.dimension}`) })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Textarea
        label={t("surveys.editor.note")}
        description={t("surveys.editor.noteHelp")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(save.error, "note")}
      />
      <Text size="sm" c="dimmed">
        {t("surveys.editor.keeps")}
      </Text>
    </SaveForm>
  );
}
