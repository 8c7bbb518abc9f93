import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAreaLabels } from "../../../components/areas";
import { RuleSummary } from "../../rules/components/RuleSummary";
import type { Programme } from "../api/programmes";
import { OpenDates } from "./OpenDates";
import { Places } from "./Places";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** A programme to read: what it offers, where and when, its places and who qualifies. */
export function ProgrammeSummary({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const areas = useAreaLabels(p.areaCodes);
  return (
    <Stack>
      {p.description && <Text>{p.description}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Item label={t("programmes.field.category")}>
          {t(`taxonomy.category.${p.category}`, { defaultValue: p.category })}
        </Item>
        <Item label={t("programmes.field.areas")}>
          {p.areaCodes.length
            ? p.areaCodes.map((c) => areas[c] ?? c).join("; ")
            : t("programmes.field.areasEverywhere")}
        </Item>
        <Item label={t("programmes.field.places")}>
          <Places programme={p} />
        </Item>
        <Item label={t("programmes.field.dates")}>
          <OpenDates opensOn={p.opensOn} closesOn={p.closesOn} />
        </Item>
      </SimpleGrid>
      <Title order={3} size="h4">
        {t("programmes.field.rule")} · {t("programmes.ruleVersion", { n: p.ruleVersion })}
      </Title>
      <RuleSummary rule={p.eligibilityRule} />
    </Stack>
  );
}
