import { adminAreaCountries } from "@homecoming/reference/admin-area-countries";
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { languages } from "../../../i18n/languages";
import { keyLabel } from "../hooks/keyLabel";
import {
  offeredQuarters,
  quarterCode,
  quarterDates,
  type ReportParams,
  type ReportScope,
  reportFileName,
  reportParamsFrom,
  reportSearch,
} from "../hooks/report";
import { reportDates } from "../hooks/reportModel";
import { QuarterlyReport, useReport } from "./QuarterlyReport";
import "./report.css";
import { intlLocale } from "../../../i18n/languages";

/**
 * The quarterly report: the quarter, the scope (a country or an organisation) and the report's language,
 * kept in the address; the report itself below, in its own language, to print or to download as a PDF.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = reportParamsFrom(
    search,
    languages.map((l) => l.code),
    i18n.language,
  );
  const set = (next: Partial<ReportParams>) =>
    setSearch(reportSearch({ ...params, ...next }), { replace: true });
  const setScope = (scope: ReportScope) => set({ scope });
  const container = useRef<HTMLElement>(null);
  const report = useReport(params);
  const model = report.ready ? report.model : null;
  const [making, setMaking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const dates = reportDates(i18n.language);
  const countryName = new Intl.DisplayNames([intlLocale(i18n.language)], { type: "region" });

  const makePdf = async () => {
    if (!model || !container.current) return;
    setMaking(true);
    setFailure(null);
    try {
      const { downloadReportPdf } = await import("../hooks/reportPdfMake");
      await downloadReportPdf(model, container.current, reportFileName(params));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setMaking(false);
    }
  };

  return (
    <Stack>
      <Stack className="hc-report-controls">
        <Anchor component={Link} to="/indicators" size="sm">
          {t("indicators.report.back")}
        </Anchor>
        <Title order={2}>{t("indicators.report.title")}</Title>
        <Text>{t("indicators.report.intro")}</Text>
        <Paper withBorder p="md" component="section" aria-label={t("indicators.report.controls")}>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t("indicators.report.quarter")}
              data={offeredQuarters().map((q) => {
                const { from, to } = quarterDates(q);
                return {
                  value: quarterCode(q),
                  label: t("indicators.report.quarterOption", {
                    quarter: keyLabel(t, "quarter", quarterCode(q), {}, i18n.language),
                    from: dates.day(from),
                    to: dates.day(to),
                  }),
                };
              })}
              value={quarterCode(params.quarter)}
              onChange={(v) => {
                const [year, q] = (v ?? "").split("-Q");
                if (year && q) set({ quarter: { year: Number(year), quarter: Number(q) as 1 | 2 | 3 | 4 } });
              }}
              allowDeselect={false}
              w={300}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="report-scope-kind">
                {t("indicators.report.scopeKind")}
              </Text>
              <SegmentedControl
                aria-labelledby="report-scope-kind"
                value={params.scope.kind}
                onChange={(kind) =>
                  setScope(
                    kind === "country"
                      ? { kind, code: adminAreaCountries[0] }
                      : kind === "organisation"
                        ? { kind, id: "" }
                        : { kind: "all" },
                  )
                }
                data={(["all", "country", "organisation"] as const).map((k) => ({
                  value: k,
                  label: t(`indicators.report.scopeKinds.${k}`),
                }))}
              />
            </Stack>
            {params.scope.kind === "country" && (
              <Select
                label={t("indicators.report.country")}
                data={adminAreaCountries.map((c) => ({ value: c, label: countryName.of(c) ?? c }))}
                value={params.scope.code}
                onChange={(code) => code && setScope({ kind: "country", code })}
                allowDeselect={false}
                w={220}
              />
            )}
            {params.scope.kind === "organisation" && (
              <OrganisationPicker
                label={t("indicators.report.organisation")}
                value={params.scope.id}
                onChange={(id) => setScope({ kind: "organisation", id })}
                w={280}
              />
            )}
            <Select
              label={t("indicators.report.language")}
              data={languages.map((l) => ({ value: l.code, label: l.name }))}
              value={params.lang}
              onChange={(lang) => lang && set({ lang })}
              allowDeselect={false}
              w={180}
            />
          </Group>
        </Paper>
        <Group>
          <Button variant="default" onClick={() => window.print()}>
            {t("indicators.report.print")}
          </Button>
          <Button onClick={() => void makePdf()} loading={making} disabled={!model}>
            {t("indicators.report.pdf")}
          </Button>
          {!model && (
            <Text size="sm" c="dimmed">
              {t("indicators.report.loading")}
            </Text>
          )}
          {making && (
            <Text size="sm" role="status">
              {t("indicators.report.making")}
            </Text>
          )}
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {t("indicators.report.pdfFailed", { message: failure })}
          </Alert>
        )}
      </Stack>
      {(params.scope.kind !== "organisation" || params.scope.id) && (
        <QuarterlyReport ref={container} params={params} report={report} />
      )}
    </Stack>
  );
}
