import { Code, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { indexFacts, parseRule } from "../hooks/model";
import { factsQuery } from "./RuleEditor";
import { RuleWords } from "./RuleWords";

/** A stored rule to read: in words when the form can show it, else its JSON. */
export function RuleSummary({ rule, withHeading = false }: { rule: unknown; withHeading?: boolean }) {
  const { t } = useTranslation();
  const facts = useQuery(factsQuery);
  const index = useMemo(() => indexFacts(facts.data?.facts ?? []), [facts.data]);
  if (facts.isPending) return null;
  if (facts.isError) return <Text size="sm">{t("rules.factsFailed")}</Text>;
  const form = parseRule(rule, index);
  if (form) return <RuleWords form={form} index={index} withHeading={withHeading} />;
  return <Code block>{JSON.stringify(rule, null, 2)}</Code>;
}
