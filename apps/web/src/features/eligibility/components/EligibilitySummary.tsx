import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import { SectionLink } from "../../cases/components/SectionLink";
import { useEligibility } from "../hooks/useEligibility";

/** "Eligible for 2 programmes" in the case header, leading to the Eligibility section; nothing until known. */
export function EligibilitySummary({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const eligibility = useEligibility(caseId);
  if (!eligibility.data) return null;
  const count = eligibility.data.eligibleProgrammes;
  return (
    <SectionLink tab="eligibility" size="sm" fw={600}>
      {t("cases.header.eligibleFor", {
        count,
        n: new Intl.NumberFormat(intlLocale(i18n.language)).format(count),
      })}
    </SectionLink>
  );
}
