import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FoldedSection } from "../../../components/FoldedSection";
import { intlLocale } from "../../../i18n/languages";
import type { ProgrammeVerdict } from "../api/eligibility";
import { ProgrammeVerdictCard } from "./ProgrammeVerdictCard";

/** Programmes whose areas do not cover the returnee, with their verdicts: the returnee cannot apply to them here. */
export function ProgrammesElsewhere({ programmes }: { programmes: ProgrammeVerdict[] }) {
  const { t, i18n } = useTranslation();
  return (
    <FoldedSection
      id="programmes-elsewhere"
      title={t("cases.eligibility.elsewhere", {
        n: new Intl.NumberFormat(intlLocale(i18n.language)).format(programmes.length),
      })}
      hint={t("cases.eligibility.elsewhereHint")}
      showLabel={t("cases.eligibility.showElsewhere")}
      hideLabel={t("cases.eligibility.hideElsewhere")}
    >
      {() => (
        <Stack gap="xs">
          {programmes.map((p) => (
            <ProgrammeVerdictCard key={p.id} programme={p} />
          ))}
        </Stack>
      )}
    </FoldedSection>
  );
}
