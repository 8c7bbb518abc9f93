import { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";
import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { AreaPicker } from "../../../components/AreaPicker";
import { directoryAreaWords } from "../../../components/areas";
import { CategorySelect } from "../../../components/CategorySelect";
import { fieldError, shownBeside } from "../../../components/fieldError";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { pick } from "../../../components/pick";
import { TranslationsEditor } from "../../../components/TranslationsEditor";
import { can, useMe } from "../../auth/hooks/useMe";
import type { RuleResult } from "../../rules/components/RuleEditor";
import { RuleWorkbench } from "../../rules/components/RuleWorkbench";
import type { ServiceInput, ServiceLocation } from "../api/directory";
import { useLanguages } from "../hooks/languages";

export const emptyService = (organisationId: string): ServiceInput => ({
  organisationId,
  name: "",
  description: "",
  category: "",
  locations: [],
  serviceAreas: [],
  languages: [],
  eligibility: "",
  eligibilityRule: null,
  capacity: null,
  cost: "free",
  contact: {},
  translations: {},
});

/** All fields of a directory service; the server's field messages appear beside the fields. */
export function ServiceForm({
  initial,
  areaLabels = {},
  isNew,
  onSave,
  saving,
  error,
}: {
  initial: ServiceInput;
  /** names of the areas `initial` holds, by code */
  areaLabels?: Record<string, string>;
  isNew: boolean;
  onSave: (input: ServiceInput) => void;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const me = useMe().data;
  const [form, setForm] = useState<ServiceInput>(initial);
  const [openToAll, setOpenToAll] = useState(initial.eligibilityRule === null);
  const [rule, setRule] = useState<RuleResult>({ ok: true, rule: initial.eligibilityRule ?? true });
  const [ruleNotReady, setRuleNotReady] = useState<string | null>(null);
  const isAdmin = can(me, "organisation.create");
  const languages = useLanguages();
  const apiError = error instanceof ApiError ? error : null;
  const knownFields = [
    "organisationId",
    "name",
    "description",
    "category",
    "locations",
    "serviceAreas",
    "languages",
    "eligibility",
    "eligibilityRule",
    "capacity",
    "cost",
    "contact",
  ];
  const summary =
    error && !shownBeside(error, knownFields) ? (apiError?.message ?? t("common.error.network")) : null;
  const set = <K extends keyof ServiceInput>(k: K, v: ServiceInput[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setContact = (k: keyof ServiceInput["contact"], v: string) =>
    setForm((f) => {
      const contact = { ...f.contact };
      if (v) contact[k] = v;
      else delete contact[k];
      return { ...f, contact };
    });
  const setLocation = (i: number, patch: Partial<ServiceLocation>) =>
    setForm((f) => ({ ...f, locations: f.locations.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!openToAll && !rule.ok) {
          setRuleNotReady(rule.message);
          return;
        }
        setRuleNotReady(null);
        const locations = form.locations.map((l) => {
          const out: ServiceLocation = { name: l.name, adminAreaCode: l.adminAreaCode };
          if (l.address) out.address = l.address;
          if (l.openingHours) out.openingHours = l.openingHours;
          return out;
        });
        onSave({ ...form, locations, eligibilityRule: openToAll ? null : rule.ok ? rule.rule : null });
      }}
      noValidate
    >
      <Stack>
        {summary && (
          <Alert
            color="red"
            role="alert"
            styles={{ label: { color: "var(--mantine-color-black)" } }}
            title={t("directory.form.failed")}
          >
            {summary}
          </Alert>
        )}
        {isNew && isAdmin && (
          <OrganisationPicker
            label={t("directory.field.organisation")}
            required
            value={form.organisationId}
            onChange={(v) => set("organisationId", v)}
            error={fieldError(error, "organisationId")}
          />
        )}
        <TextInput
          label={t("directory.field.name")}
          required
          value={form.name}
          onChange={(e) => set("name", e.currentTarget.value)}
          error={fieldError(error, "name")}
        />
        <CategorySelect
          label={t("directory.field.category")}
          required
          value={form.category}
          onChange={(v) => set("category", pick(serviceCategoryCodes, v) ?? "")}
          error={fieldError(error, "category")}
        />
        <Textarea
          label={t("directory.field.description")}
          autosize
          minRows={3}
          value={form.description}
          onChange={(e) => set("description", e.currentTarget.value)}
          error={fieldError(error, "description")}
        />
        <Textarea
          label={t("directory.field.eligibility")}
          description={t("directory.form.eligibilityHelp")}
          autosize
          minRows={2}
          value={form.eligibility}
          onChange={(e) => set("eligibility", e.currentTarget.value)}
          error={fieldError(error, "eligibility")}
        />
        <Stack gap="xs">
          <Switch
            label={t("rules.openToAll")}
            description={t("rules.openToAllHelp")}
            checked={openToAll}
            onChange={(e) => {
              setOpenToAll(e.currentTarget.checked);
              setRule({ ok: true, rule: initial.eligibilityRule ?? true });
              setRuleNotReady(null);
            }}
          />
          {openToAll ? (
            fieldError(error, "eligibilityRule") && (
              <Text size="sm" c="red.9" role="alert">
                {fieldError(error, "eligibilityRule")}
              </Text>
            )
          ) : (
            <RuleWorkbench
              initialRule={initial.eligibilityRule ?? true}
              onChange={(r) => {
                setRule(r);
                setRuleNotReady(null);
              }}
              error={ruleNotReady ?? fieldError(error, "eligibilityRule")}
              preview={isAdmin}
            />
          )}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("directory.field.cost")}
            value={form.cost}
            onChange={(e) => set("cost", e.currentTarget.value)}
            error={fieldError(error, "cost")}
          />
          <NumberInput
            label={t("directory.field.capacity")}
            description={t("directory.form.capacityHelp")}
            min={0}
            allowDecimal={false}
            value={form.capacity ?? ""}
            onChange={(v) => set("capacity", v === "" ? null : Number(v))}
            error={fieldError(error, "capacity")}
          />
        </SimpleGrid>
        <AreaPicker
          multiple
          label={t("directory.field.serviceAreas")}
          description={t("directory.form.serviceAreasHelp")}
          required
          countries
          value={form.serviceAreas}
          labels={areaLabels}
          words={directoryAreaWords}
          onChange={(v) => set("serviceAreas", v)}
          error={fieldError(error, "serviceAreas")}
        />
        <MultiSelect
          label={t("directory.field.languages")}
          description={t("directory.form.languagesHelp")}
          searchable
          data={languages.options}
          value={form.languages}
          onChange={(v) => set("languages", v)}
          nothingFoundMessage={t("directory.noLanguage")}
          error={
            fieldError(error, "languages") ??
            (languages.isError ? t("directory.form.languagesFailed") : undefined)
          }
        />
        <Title order={3} size="h5">
          {t("directory.field.contact")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("directory.field.contactPerson")}
            value={form.contact.person ?? ""}
            onChange={(e) => setContact("person", e.currentTarget.value)}
            error={fieldError(error, "contact.person")}
          />
          <TextInput
            label={t("directory.field.phone")}
            type="tel"
            value={form.contact.phone ?? ""}
            onChange={(e) => setContact("phone", e.currentTarget.value)}
            error={fieldError(error, "contact.phone")}
          />
          <TextInput
            label={t("directory.field.email")}
            type="email"
            value={form.contact.email ?? ""}
            onChange={(e) => setContact("email", e.currentTarget.value)}
            error={fieldError(error, "contact.email")}
          />
          <TextInput
            label={t("directory.field.website")}
            type="url"
            value={form.contact.website ?? ""}
            onChange={(e) => setContact("website", e.currentTarget.value)}
            error={fieldError(error, "contact.website")}
          />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t("directory.field.locations")}
        </Title>
        {form.locations.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("directory.form.noLocations")}
          </Text>
        )}
        {form.locations.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: locations have no id; their position is their identity
          <Card withBorder key={i} padding="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("directory.field.locationName")}
                required
                value={l.name}
                onChange={(e) => setLocation(i, { name: e.currentTarget.value })}
                error={fieldError(error, `locations.${i}.name`)}
              />
              <AreaPicker
                label={t("directory.field.locationArea")}
                words={directoryAreaWords}
                required
                labels={areaLabels}
                value={l.adminAreaCode}
                onChange={(v) => setLocation(i, { adminAreaCode: v })}
                error={fieldError(error, `locations.${i}.adminAreaCode`)}
              />
              <TextInput
                label={t("directory.field.address")}
                value={l.address ?? ""}
                onChange={(e) => setLocation(i, { address: e.currentTarget.value })}
                error={fieldError(error, `locations.${i}.address`)}
              />
              <TextInput
                label={t("directory.field.openingHours")}
                value={l.openingHours ?? ""}
                onChange={(e) => setLocation(i, { openingHours: e.currentTarget.value })}
                error={fieldError(error, `locations.${i}.openingHours`)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  set(
                    "locations",
                    form.locations.filter((_, j) => j !== i),
                  )
                }
              >
                {t("directory.form.removeLocation", { name: l.name || String(i + 1) })}
              </Button>
            </Group>
          </Card>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => set("locations", [...form.locations, { name: "", adminAreaCode: "" }])}
          >
            {t("directory.form.addLocation")}
          </Button>
        </Group>
        <TranslationsEditor
          fields={[
            { key: "name", label: t("directory.field.name") },
            { key: "description", label: t("directory.field.description"), multiline: true },
            { key: "eligibility", label: t("directory.field.eligibility"), multiline: true },
            { key: "cost", label: t("directory.field.cost") },
            { key: "openingHours", label: t("directory.field.openingHours") },
          ]}
          value={form.translations}
          onChange={(v) => set("translations", v)}
          error={error}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {isNew ? t("directory.form.create") : t("directory.form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
