import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RowList } from "../../../components/RowList";
import {
  debtLenders,
  disabilityKinds,
  documentStatuses,
  documentTypes,
  housingStatuses,
} from "../api/persons";
import type { StepProps } from "../hooks/registrationForm";

/** Debts, documents, housing, household and disability: what shapes the needs assessment. */
export function CircumstancesStep({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={3} size="h4">
        {t("persons.debtsTitle")}
      </Title>
      <RowList
        rows={form.debts}
        onChange={(debts) => set({ debts })}
        fresh={() => ({ amount: "", currency: "", lender: "" })}
        legend={(n) => t("persons.debtLegend", { n })}
        removeLabel={(n) => t("persons.removeDebt", { n })}
        addLabel={t("persons.addDebt")}
      >
        {(debt, change, i) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t("persons.field.debtAmount")}
              inputMode="decimal"
              required
              value={debt.amount}
              onChange={(e) => change({ amount: e.currentTarget.value })}
              error={err(`debts.${i}.amount`)}
            />
            <TextInput
              label={t("persons.field.currency")}
              description={t("persons.field.currencyHelp")}
              required
              value={debt.currency}
              onChange={(e) => change({ currency: e.currentTarget.value })}
              error={err(`debts.${i}.currency`)}
            />
            <Select
              label={t("persons.field.lender")}
              required
              data={debtLenders.map((l) => ({ value: l, label: t(`persons.lender.${l}`) }))}
              value={debt.lender || null}
              onChange={(v) => change({ lender: v ?? "" })}
              error={err(`debts.${i}.lender`)}
            />
          </SimpleGrid>
        )}
      </RowList>

      <Title order={3} size="h4">
        {t("persons.documentsTitle")}
      </Title>
      <RowList
        rows={form.documents}
        onChange={(documents) => set({ documents })}
        fresh={() => ({ type: "", status: "" })}
        removeLabel={(n) => t("persons.removeDocument", { n })}
        addLabel={t("persons.addDocument")}
      >
        {(doc, change, i) => (
          <>
            <Select
              label={t("persons.field.documentType", { n: i + 1 })}
              required
              data={documentTypes.map((d) => ({ value: d, label: t(`persons.documentType.${d}`) }))}
              value={doc.type || null}
              onChange={(v) => change({ type: v ?? "" })}
              error={err(`documents.${i}.type`)}
            />
            <Select
              label={t("persons.field.documentStatus", { n: i + 1 })}
              required
              data={documentStatuses.map((s) => ({ value: s, label: t(`persons.documentStatus.${s}`) }))}
              value={doc.status || null}
              onChange={(v) => change({ status: v ?? "" })}
              error={err(`documents.${i}.status`)}
            />
          </>
        )}
      </RowList>

      <Title order={3} size="h4">
        {t("persons.housingTitle")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("persons.field.housingStatus")}
          clearable
          data={housingStatuses.map((s) => ({ value: s, label: t(`persons.housing.${s}`) }))}
          value={form.housingStatus || null}
          onChange={(v) => set({ housingStatus: v ?? "" })}
          error={err("housing.status")}
        />
        <Select
          label={t("persons.field.housingAdequate")}
          clearable
          data={[
            { value: "yes", label: t("persons.yes") },
            { value: "no", label: t("persons.no") },
          ]}
          value={form.housingAdequate || null}
          onChange={(v) => set({ housingAdequate: v ?? "" })}
          error={err("housing.adequate")}
        />
      </SimpleGrid>

      <Title order={3} size="h4">
        {t("persons.householdTitle")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t("persons.field.householdSize")}
          inputMode="numeric"
          value={form.householdSize}
          onChange={(e) => set({ householdSize: e.currentTarget.value })}
          error={err("household.size")}
        />
        <TextInput
          label={t("persons.field.dependants")}
          inputMode="numeric"
          value={form.dependants}
          onChange={(e) => set({ dependants: e.currentTarget.value })}
          error={err("household.dependants")}
        />
        <TextInput
          label={t("persons.field.childrenOfSchoolAge")}
          inputMode="numeric"
          value={form.childrenOfSchoolAge}
          onChange={(e) => set({ childrenOfSchoolAge: e.currentTarget.value })}
          error={err("household.childrenOfSchoolAge")}
        />
      </SimpleGrid>
      <Checkbox
        label={t("persons.field.headOfHousehold")}
        checked={form.headOfHousehold}
        onChange={(e) => set({ headOfHousehold: e.currentTarget.checked })}
      />

      <Title order={3} size="h4">
        {t("persons.disabilityTitle")}
      </Title>
      <Radio.Group
        label={t("persons.field.hasDisability")}
        value={form.hasDisability}
        onChange={(hasDisability) =>
          set({ hasDisability, ...(hasDisability === "yes" ? {} : { disabilityKinds: [] }) })
        }
        error={err("disability.hasDisability")}
      >
        <Group mt="xs">
          <Radio value="" label={t("persons.notAsked")} />
          <Radio value="yes" label={t("persons.yes")} />
          <Radio value="no" label={t("persons.no")} />
        </Group>
      </Radio.Group>
      {form.hasDisability === "yes" && (
        <Checkbox.Group
          label={t("persons.field.disabilityKinds")}
          description={t("persons.field.disabilityKindsHelp")}
          value={form.disabilityKinds}
          onChange={(chosen) => set({ disabilityKinds: disabilityKinds.filter((k) => chosen.includes(k)) })}
          error={err("disability.kinds")}
        >
          <Group mt="xs">
            {disabilityKinds.map((k) => (
              <Checkbox key={k} value={k} label={t(`persons.disabilityKind.${k}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
