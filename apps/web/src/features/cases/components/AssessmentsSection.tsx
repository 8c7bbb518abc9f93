import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { caseKeys, getAssessments } from "../api/cases";
import { useInvalidateCase } from "../hooks/useInvalidateCase";
import { AssessmentCard } from "./AssessmentCard";
import { NeedsForm } from "./NeedsForm";
import { PsychosocialForm } from "./PsychosocialForm";
import { SurveyForm } from "./SurveyForm";
import { SustainabilityTrend } from "./SustainabilityTrend";
import { VulnerabilityForm } from "./VulnerabilityForm";

const kinds = ["needs", "vulnerability", "psychosocial", "sustainability_survey"] as const;
type Kind = (typeof kinds)[number];

/** Recorded assessments with their computed priorities, and the forms to record new ones. */
export function AssessmentsSection({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const invalidateCase = useInvalidateCase(caseId);
  const [open, setOpen] = useState<Kind | null>(null);
  const query = useQuery({ queryKey: caseKeys.assessments(caseId), queryFn: () => getAssessments(caseId) });
  const saved = () => {
    setOpen(null);
    void client.invalidateQueries({ queryKey: caseKeys.assessments(caseId) });
    void invalidateCase();
  };
  return (
    <Stack>
      <Title order={3}>{t("cases.sections.assessments")}</Title>
      {canWrite && (
        <Group>
          {kinds.map((k) => (
            <Button
              key={k}
              variant={open === k ? "filled" : "outline"}
              onClick={() => setOpen(open === k ? null : k)}
              aria-expanded={open === k}
            >
              {t(`cases.assessments.record.${k}`)}
            </Button>
          ))}
        </Group>
      )}
      {open && (
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t(`cases.assessments.record.${open}`)}
          </Title>
          {open === "psychosocial" && (
            <Alert color="grape" variant="light" mb="sm">
              {t("cases.assessments.restricted")}
            </Alert>
          )}
          {open === "needs" && <NeedsForm caseId={caseId} onSaved={saved} />}
          {open === "vulnerability" && <VulnerabilityForm caseId={caseId} onSaved={saved} />}
          {open === "psychosocial" && <PsychosocialForm caseId={caseId} onSaved={saved} />}
          {open === "sustainability_survey" && <SurveyForm caseId={caseId} onSaved={saved} />}
        </Paper>
      )}
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t("cases.assessments.none")}</Text>
          ) : (
            <Stack>
              <SustainabilityTrend assessments={page.items} />
              {page.items.map((a) => (
                <div key={a.id}>
                  {a.kind === "psychosocial" && (
                    <Text size="sm" c="dimmed" mb={4}>
                      {t("cases.assessments.restricted")}
                    </Text>
                  )}
                  <AssessmentCard assessment={a} />
                </div>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
