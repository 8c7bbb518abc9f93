import { List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAreaLabels } from "../../../components/areas";
import type { FactIndex, RuleForm } from "../hooks/model";
import { areaFactLevel, useRuleWords } from "../hooks/words";

/**
 * The rule in plain words: from the form when the form can show it, else the server's own words for each
 * condition (from a preview), else a pointer to the preview.
 */
export function RuleWords({
  form,
  index,
  serverWords,
  withHeading = true,
  withPreview = false,
}: {
  form: RuleForm | null;
  index: FactIndex;
  serverWords?: string[] | undefined;
  withHeading?: boolean;
  /** whether a preview can give the server's words for a rule the form cannot show */
  withPreview?: boolean;
}) {
  const { t } = useTranslation();
  const words = useRuleWords();
  const areaCodes = (form?.conditions ?? [])
    .filter((c) => c.fact in areaFactLevel)
    .flatMap((c) => [c.value, ...c.values])
    .filter(Boolean);
  const areas = useAreaLabels(areaCodes);
  let body: ReactNode;
  if (form && form.conditions.length === 0) body = <Text size="sm">{t("rules.words.everyone")}</Text>;
  else if (form)
    body = (
      <>
        <Text size="sm">{t(`rules.words.${form.join}`)}</Text>
        <List size="sm" spacing={2}>
          {form.conditions.map((c) => (
            <List.Item key={c.key}>
              {words.conditionText(c, index.get(c.fact), areas) ?? t("rules.words.incomplete")}
            </List.Item>
          ))}
        </List>
      </>
    );
  else if (serverWords?.length)
    body = (
      <>
        <Text size="sm">{t("rules.words.fromServer")}</Text>
        <List size="sm" spacing={2}>
          {serverWords.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same words can stand for two conditions
            <List.Item key={i}>{w}</List.Item>
          ))}
        </List>
      </>
    );
  else if (withPreview) body = <Text size="sm">{t("rules.words.needPreview")}</Text>;
  else return null;
  return (
    <Stack gap={4}>
      {withHeading && (
        <Title order={4} size="h5">
          {t("rules.words.heading")}
        </Title>
      )}
      {body}
    </Stack>
  );
}
