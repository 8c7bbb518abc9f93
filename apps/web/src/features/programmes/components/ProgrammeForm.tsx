import { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";
import {
  Alert,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { AreaPicker } from "../../../components/AreaPicker";
import { CategorySelect } from "../../../components/CategorySelect";
import { DateField } from "../../../components/DateField";
import { fieldError, shownBeside } from "../../../components/fieldError";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { pick } from "../../../components/pick";
import { TranslationsEditor } from "../../../components/TranslationsEditor";
import type { RuleResult } from "../../rules/components/RuleEditor";
import { RuleWorkbench } from "../../rules/components/RuleWorkbench";
import {
  createProgramme,
  type Programme,
  type ProgrammeFields,
  programmeKinds,
  updateProgramme,
} from "../api/programmes";
import { KindSelect } from "./KindSelect";

interface Draft {
  name: string;
  description: string;
  kind: ProgrammeFields["kind"];
  category: ProgrammeFields["category"];
  areaCodes: string[];
  capacity: number | null;
  opensOn: string;
  closesOn: string;
  active: boolean;
  translations: ProgrammeFields["translations"];
}

const draftOf = (p: Programme | undefined): Draft => ({
  name: p?.name ?? "",
  description: p?.description ?? "",
  kind: p?.kind ?? "",
  category: p?.category ?? "",
  areaCodes: p?.areaCodes ?? [],
  capacity: p?.capacity ?? null,
  opensOn: p?.opensOn ?? "",
  closesOn: p?.closesOn ?? "",
  active: p?.active ?? true,
  translations: p?.translations ?? {},
});

const fieldsOf = (d: Draft): Omit<ProgrammeFields, "eligibilityRule"> => ({
  name: d.name,
  description: d.description,
  kind: d.kind,
  category: d.category,
  areaCodes: d.areaCodes,
  capacity: d.capacity,
  opensOn: d.opensOn || null,
  closesOn: d.closesOn || null,
  active: d.active,
  translations: d.translations,
});

const formFields = [
  "name",
  "description",
  "kind",
  "category",
  "ownerOrganisationId",
  "areaCodes",
  "capacity",
  "opensOn",
  "closesOn",
  "active",
  "eligibilityRule",
];

/**
 * A programme's fields and its eligibility rule, with a live preview; the server's messages appear beside
 * the fields and nothing typed is lost when a save fails. An edit is saved against the version that was read:
 * when someone else saved in between, the form offers to reload.
 */
export function ProgrammeForm({
  programme,
  defaultOwnerId = "",
  onSaved,
  onReload,
}: {
  /** the programme being changed; none for a new one */
  programme?: Programme;
  defaultOwnerId?: string;
  onSaved: (saved: Programme, ruleChanged: boolean) => void;
  /** for a changed programme: read it again after a stale save */
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(programme));
  const [baseline, setBaseline] = useState<Draft>(() => draftOf(programme));
  const [ownerId, setOwnerId] = useState(defaultOwnerId);
  const [version, setVersion] = useState(programme?.version ?? 0);
  const [savedRule, setSavedRule] = useState<unknown>(programme?.eligibilityRule ?? true);
  const [rule, setRule] = useState<RuleResult>({ ok: true, rule: programme?.eligibilityRule ?? true });
  const [ruleNotReady, setRuleNotReady] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async ({ ruleToSave }: { ruleToSave: unknown }) => {
      const ruleChanged = JSON.stringify(ruleToSave) !== JSON.stringify(savedRule);
      if (!programme) {
        const created = await createProgramme({
          ...fieldsOf(draft),
          eligibilityRule: ruleToSave,
          ...(ownerId ? { ownerOrganisationId: ownerId } : {}),
        });
        return { saved: created, ruleChanged };
      }
      const now = fieldsOf(draft);
      const before = fieldsOf(baseline);
      const changed = Object.fromEntries(
        Object.entries(now).filter(
          ([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof typeof before]),
        ),
      );
      const saved = await updateProgramme(programme.id, {
        ...changed,
        ...(ruleChanged ? { eligibilityRule: ruleToSave } : {}),
        version,
      });
      return { saved, ruleChanged };
    },
    onSuccess: ({ saved, ruleChanged }) => {
      setVersion(saved.version);
      setBaseline(draftOf(saved));
      setSavedRule(saved.eligibilityRule);
      onSaved(saved, ruleChanged);
    },
  });
  const apiError = save.error instanceof ApiError ? save.error : null;
  const stale = apiError?.code === "stale_version";
  const summary =
    save.error && !stale && !shownBeside(save.error, formFields)
      ? (apiError?.message ?? t("common.error.network"))
      : null;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!rule.ok) {
          setRuleNotReady(t("programmes.form.ruleNotReady", { message: rule.message }));
          return;
        }
        setRuleNotReady(null);
        save.mutate({ ruleToSave: rule.rule });
      }}
    >
      <Stack gap="lg">
        {stale && (
          <Alert color="orange" role="alert" title={t("programmes.form.failed")}>
            <Stack gap="xs" align="start">
              <span>{t("programmes.form.stale")}</span>
              {onReload && (
                <Button variant="white" color="dark" onClick={onReload}>
                  {t("programmes.form.reload")}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {summary && (
          <Alert color="red" role="alert" title={t("programmes.form.failed")}>
            {summary}
          </Alert>
        )}
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("programmes.form.details")}
          </Title>
          {!programme && (
            <OrganisationPicker
              label={t("programmes.field.owner")}
              required
              value={ownerId}
              onChange={setOwnerId}
              error={fieldError(save.error, "ownerOrganisationId")}
            />
          )}
          <TextInput
            label={t("programmes.field.name")}
            required
            value={draft.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={fieldError(save.error, "name")}
          />
          <Textarea
            label={t("programmes.field.description")}
            autosize
            minRows={2}
            value={draft.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={fieldError(save.error, "description")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <KindSelect
              label={t("programmes.field.kind")}
              required
              value={draft.kind}
              onChange={(v) => set("kind", pick(programmeKinds, v) ?? "")}
              error={fieldError(save.error, "kind")}
            />
            <CategorySelect
              label={t("programmes.field.category")}
              required
              value={draft.category}
              onChange={(v) => set("category", pick(serviceCategoryCodes, v) ?? "")}
              error={fieldError(save.error, "category")}
            />
          </SimpleGrid>
          <AreaPicker
            multiple
            label={t("programmes.field.areas")}
            description={t("programmes.field.areasHelp")}
            countries
            value={draft.areaCodes}
            onChange={(v) => set("areaCodes", v)}
            error={fieldError(save.error, "areaCodes")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t("programmes.field.capacity")}
              description={t("programmes.field.capacityHelp")}
              min={1}
              allowDecimal={false}
              value={draft.capacity ?? ""}
              onChange={(v) => set("capacity", v === "" ? null : Number(v))}
              error={fieldError(save.error, "capacity")}
            />
            <DateField
              label={t("programmes.field.opensOn")}
              description={t("programmes.field.datesHelp")}
              value={draft.opensOn}
              onChange={(v) => set("opensOn", v)}
              error={fieldError(save.error, "opensOn")}
            />
            <DateField
              label={t("programmes.field.closesOn")}
              description={t("programmes.field.datesHelp")}
              value={draft.closesOn}
              onChange={(v) => set("closesOn", v)}
              error={fieldError(save.error, "closesOn")}
            />
          </SimpleGrid>
          <Switch
            label={t("programmes.field.active")}
            checked={draft.active}
            onChange={(e) => set("active", e.currentTarget.checked)}
            error={fieldError(save.error, "active")}
          />
        </Stack>
        <RuleWorkbench
          initialRule={programme?.eligibilityRule ?? true}
          onChange={(r) => {
            setRule(r);
            setRuleNotReady(null);
            if (apiError?.field === "eligibilityRule") save.reset();
          }}
          error={ruleNotReady ?? fieldError(save.error, "eligibilityRule")}
          preview
        />
        <TranslationsEditor
          fields={[
            { key: "name", label: t("programmes.field.name") },
            { key: "description", label: t("programmes.field.description"), multiline: true },
          ]}
          value={draft.translations}
          onChange={(v) => set("translations", v)}
          error={save.error}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {programme ? t("programmes.form.save") : t("programmes.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
