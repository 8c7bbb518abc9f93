import { Card, SimpleGrid, Text, Title } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../auth/hooks/useMe";
import { caseloadCount, caseStages } from "../api/home";

export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const fmt = new Intl.NumberFormat(i18n.language);
  const counts = useQueries({
    queries: caseStages.map((stage) => ({
      queryKey: ["caseload", stage],
      queryFn: () => caseloadCount(stage),
    })),
  });
  return (
    <>
      <Title order={2} mb="md">
        {t("home.greeting", { name: me?.user.name })}
      </Title>
      <Title order={3} size="h4" mb="xs">
        {t("home.caseload")}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
        {caseStages.map((stage, i) => (
          <Card key={stage} withBorder component={Link} to={`/cases?mine=true&stage=${stage}`}>
            <Text size="sm" c="dimmed">
              {t(`home.stages.${stage}`)}
            </Text>
            <Text size="xl" fw={700}>
              {counts[i]?.data === undefined ? "…" : fmt.format(counts[i].data)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
