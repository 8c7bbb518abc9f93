import { Anchor, Badge, Button, Card, FileInput, Group, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DateText } from "../../../components/DateText";
import { FoldedSection } from "../../../components/FoldedSection";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { SaveError } from "../../../components/SaveError";
import { useListParams } from "../../../hooks/useListParams";
import { intlLocale } from "../../../i18n/languages";
import {
  fetchImports,
  formatOf,
  type ImportSummary,
  importColumns,
  importRowLimit,
  templateUrl,
  uploadImport,
} from "../api/imports";
import { StatusBadge } from "./StatusBadge";

const limit = 20;

/** The template's columns: which are required and what each holds. */
function ColumnsTable() {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("imports.columns.column")}</Table.Th>
            <Table.Th scope="col">{t("imports.columns.holds")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {importColumns.map((c) => (
            <Table.Tr key={c.name}>
              <Table.Th scope="row">
                <Text span ff="monospace" size="sm">
                  {c.name}
                </Text>
                {c.required && (
                  <Badge ml="xs" size="sm" variant="outline">
                    {t("imports.columns.required")}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>{t(`imports.columns.of.${c.name}`, { defaultValue: c.description })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What became of an import's rows, or what waits, in a few words. */
function CountsText({ item }: { item: ImportSummary }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const shown = Object.entries(item.counts).filter(([, n]) => n > 0);
  return (
    <Text size="sm">
      {shown.map(([state, n]) => `${t(`imports.state.${state}`)}: ${fmt.format(n)}`).join(" · ")}
    </Text>
  );
}

/**
 * Imports of registrations: the template to fill in, the upload of a filled file (each row is checked and
 * nothing is registered until the review is committed), and the organisation's imports.
 */
export function ImportsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useListParams();
  const [file, setFile] = useState<File | null>(null);
  const format = file ? formatOf(file.name) : null;
  const imports = useQuery({
    queryKey: ["imports", list.offset],
    queryFn: () => fetchImports({ limit, offset: list.offset }),
    placeholderData: keepPreviousData,
  });
  const upload = useMutation({
    mutationFn: () => uploadImport(file!, format!),
    onSuccess: (created) => navigate(`/imports/${created.id}`),
  });
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  return (
    <Stack>
      <Title order={2}>{t("imports.title")}</Title>
      <Text>{t("imports.intro", { limit: fmt.format(importRowLimit) })}</Text>
      <Card withBorder component="section" aria-labelledby="import-upload">
        <Stack>
          <Title order={3} size="h4" id="import-upload">
            {t("imports.upload.title")}
          </Title>
          <Group gap="md">
            <Text size="sm">{t("imports.template.download")}</Text>
            <Anchor href={templateUrl("xlsx")} download>
              {t("imports.template.xlsx")}
            </Anchor>
            <Anchor href={templateUrl("csv")} download>
              {t("imports.template.csv")}
            </Anchor>
          </Group>
          <FoldedSection
            id="import-columns"
            title={t("imports.columns.title")}
            showLabel={t("imports.columns.show")}
            hideLabel={t("imports.columns.hide")}
          >
            {() => <ColumnsTable />}
          </FoldedSection>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (file && format) upload.mutate();
            }}
          >
            <Stack>
              <FileInput
                label={t("imports.upload.file")}
                description={t("imports.upload.fileHint")}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  upload.reset();
                }}
                clearable
                error={file && !format ? t("imports.upload.wrongType") : undefined}
              />
              <SaveError error={upload.error} title={t("imports.upload.failed")} />
              <Group>
                <Button type="submit" disabled={!file || !format} loading={upload.isPending}>
                  {t("imports.upload.submit")}
                </Button>
                {upload.isPending && (
                  <Text size="sm" c="dimmed" role="status">
                    {t("imports.upload.checking")}
                  </Text>
                )}
              </Group>
            </Stack>
          </form>
        </Stack>
      </Card>
      <Title order={3} size="h4">
        {t("imports.list.title")}
      </Title>
      <QueryState query={imports}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t("imports.list.empty")}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("imports.list.file")}</Table.Th>
                      <Table.Th scope="col">{t("imports.list.uploaded")}</Table.Th>
                      <Table.Th scope="col">{t("imports.list.status")}</Table.Th>
                      <Table.Th scope="col">{t("imports.list.rows")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/imports/${item.id}`}>
                            {item.fileName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <DateText value={item.createdAt} />
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={item.status} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{fmt.format(item.rowCount)}</Text>
                          <CountsText item={item} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={page.total} limit={limit} offset={list.offset} onChange={list.page} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
