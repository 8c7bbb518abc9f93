import {
  linkageKeys,
  nameSearchTerms,
  phoneE164,
  type RiskLevel,
  SurveyDefinition,
  searchNameOf,
  sharedScores,
  sustainabilitySurveyV1,
  type VulnerabilityScores,
} from "@homecoming/domain";
import { adminAreaCountry } from "@homecoming/reference";
import { sql } from "drizzle-orm";
import { rebuildCodedFacts } from "../modules/indicators/coded";
import type { Db } from "./client";
import { dataMigrations } from "./schema";

type Summary = Record<string, number>;

export interface DataMigration {
  name: string;
  run(tx: Db): Promise<Summary>;
}

const batchSize = 5_000;

/**
 * Phones stored before numbers were read with the person's country: each becomes its E.164 form (a trunk 0
 * after the country code goes). A number no country would give is kept as it was, never lost, and counted.
 */
export async function phonesToE164(tx: Db): Promise<Summary> {
  const summary = { read: 0, rewritten: 0, unchanged: 0, keptInvalid: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = (await tx.execute(
      sql`select id, phone, admin_area_code from persons
          where phone is not null and id > ${after}::uuid order by id limit ${batchSize}`,
    )) as unknown as { rows: { id: string; phone: string; admin_area_code: string }[] };
    if (rows.length === 0) return summary;
    after = rows[rows.length - 1]!.id;
    summary.read += rows.length;
    const changes: { id: string; phone: string }[] = [];
    for (const row of rows) {
      const verdict = phoneE164(row.phone, adminAreaCountry(row.admin_area_code));
      if (!verdict.ok) summary.keptInvalid += 1;
      else if (verdict.e164 === row.phone) summary.unchanged += 1;
      else changes.push({ id: row.id, phone: verdict.e164 });
    }
    if (changes.length) {
      const values = sql.join(
        changes.map((c) => sql`(${c.id}::uuid, ${c.phone})`),
        sql`, `,
      );
      await tx.execute(sql`update persons set phone = v.phone from (values ${values}) as v(id, phone)
                           where persons.id = v.id`);
      summary.rewritten += changes.length;
    }
  }
}

/**
 * The shared risk level of every case assessed before it existed. A level that is the latest screening's is
 * worked out again from that screening without its restricted answers; a level set by hand (no screening gave
 * it) is the case worker's judgement and shared as it is; a screening whose answers no longer read leaves the
 * shared level unset rather than guess.
 */
export async function sharedRiskLevels(tx: Db): Promise<Summary> {
  const summary = { read: 0, fromScreening: 0, setByHand: 0, unreadable: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = (await tx.execute(
      sql`select c.id, c.risk_level, v.answers, v.scores from cases c
          left join lateral (select a.answers, a.scores from assessments a
                             where a.case_id = c.id and a.kind = 'vulnerability'
                             order by a.created_at desc limit 1) v on true
          where c.risk_level is not null and c.shared_risk_level is null and c.id > ${after}::uuid
          order by c.id limit ${batchSize}`,
    )) as unknown as {
      rows: { id: string; risk_level: RiskLevel; answers: unknown; scores: VulnerabilityScores | null }[];
    };
    if (rows.length === 0) return summary;
    after = rows[rows.length - 1]!.id;
    summary.read += rows.length;
    const changes: { id: string; level: RiskLevel }[] = [];
    for (const row of rows) {
      if (row.scores?.riskLevel !== row.risk_level) {
        summary.setByHand += 1;
        changes.push({ id: row.id, level: row.risk_level });
        continue;
      }
      const shared = sharedScores("vulnerability", row.answers) as VulnerabilityScores | null;
      if (!shared) summary.unreadable += 1;
      else {
        summary.fromScreening += 1;
        changes.push({ id: row.id, level: shared.riskLevel });
      }
    }
    if (changes.length) {
      const values = sql.join(
        changes.map((c) => sql`(${c.id}::uuid, ${c.level})`),
        sql`, `,
      );
      await tx.execute(sql`update cases set shared_risk_level = v.level from (values ${values}) as v(id, level)
                           where cases.id = v.id`);
    }
  }
}

/** The record-linkage keys of every person registered before they were stored, and their search name. */
export async function linkageKeysOfPersons(tx: Db): Promise<Summary> {
  const summary = { read: 0, keyed: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = (await tx.execute(
      sql`select id, given_name, family_name, name_native, birth_date::text as birth_date, birth_year,
            admin_area_code from persons where id > ${after}::uuid order by id limit ${batchSize}`,
    )) as unknown as {
      rows: {
        id: string;
        given_name: string;
        family_name: string;
        name_native: string | null;
        birth_date: string | null;
        birth_year: number | null;
        admin_area_code: string;
      }[];
    };
    if (rows.length === 0) return summary;
    after = rows[rows.length - 1]!.id;
    summary.read += rows.length;
    const values = sql.join(
      rows.map((r) => {
        const keys = linkageKeys({
          givenName: r.given_name,
          familyName: r.family_name,
          nameNative: r.name_native,
          birthDate: r.birth_date,
          birthYear: r.birth_year,
          adminAreaCode: r.admin_area_code,
        });
        const searchName = searchNameOf({
          givenName: r.given_name,
          familyName: r.family_name,
          nameNative: r.name_native,
        });
        return sql`(${r.id}::uuid, ${sql.param(keys)}::text[], ${searchName})`;
      }),
      sql`, `,
    );
    await tx.execute(sql`update persons set match_keys = v.keys, search_name = v.search_name
                         from (values ${values}) as v(id, keys, search_name) where persons.id = v.id`);
    summary.keyed += rows.length;
  }
}

/** The terms a search by name meets, for every person registered before they were stored. */
export async function nameTermsOfPersons(tx: Db): Promise<Summary> {
  const summary = { read: 0, termed: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = (await tx.execute(
      sql`select id, given_name, family_name, name_native from persons
          where id > ${after}::uuid order by id limit ${batchSize}`,
    )) as unknown as {
      rows: { id: string; given_name: string; family_name: string; name_native: string | null }[];
    };
    if (rows.length === 0) return summary;
    after = rows[rows.length - 1]!.id;
    summary.read += rows.length;
    const terms = rows.map((r) => ({
      id: r.id,
      terms: nameSearchTerms({
        givenName: r.given_name,
        familyName: r.family_name,
        nameNative: r.name_native,
      }),
    }));
    // one JSON parameter rather than two per person
    await tx.execute(sql`update persons set name_terms = v.terms
                         from jsonb_to_recordset(${JSON.stringify(terms)}::jsonb) as v(id uuid, terms text[])
                         where persons.id = v.id`);
    summary.termed += rows.length;
  }
}

/** The first version of the sustainability survey (the domain's), in a database that has none yet. */
export async function firstSurveyVersion(tx: Db): Promise<Summary> {
  const definition = SurveyDefinition.parse(sustainabilitySurveyV1);
  const { rows } = (await tx.execute(
    sql`insert into survey_versions (version, definition, note)
        values (1, ${JSON.stringify(definition)}::jsonb, 'The first version, after IOM''s Reintegration Sustainability Survey')
        on conflict do nothing returning version`,
  )) as unknown as { rows: unknown[] };
  return { written: rows.length };
}

/**
 * The coded facts of the facts a database holds already (the next rebuild would make them, but answers read
 * them before that): numbered from the cells, which were made from the same facts.
 */
export async function codedFactsOfFacts(tx: Db): Promise<Summary> {
  await rebuildCodedFacts(tx, "indicator_facts");
  const { rows } = (await tx.execute(
    sql`select (select count(*)::int from indicator_coded_facts) as coded, (select count(*)::int from indicator_keys) as keys`,
  )) as unknown as { rows: Summary[] };
  return rows[0] ?? {};
}

export const dataMigrationSteps: DataMigration[] = [
  { name: "0010_phones_e164", run: phonesToE164 },
  { name: "0012_shared_risk_level", run: sharedRiskLevels },
  { name: "0019_linkage_keys", run: linkageKeysOfPersons },
  { name: "0022_name_search_terms", run: nameTermsOfPersons },
  // the keys gained the district (precise blocking): every person's keys worked out again
  { name: "0023_linkage_keys_by_district", run: linkageKeysOfPersons },
  { name: "0026_sustainability_survey_v1", run: firstSurveyVersion },
  { name: "0032_coded_facts", run: codedFactsOfFacts },
];

/**
 * Runs each step not yet recorded, each in one transaction with its record, so that a step runs once even
 * when two servers start together (the second waits on the first one's row, then finds it).
 */
export async function runDataMigrations(db: Db, steps = dataMigrationSteps): Promise<void> {
  for (const step of steps) {
    await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(dataMigrations)
        .values({ name: step.name })
        .onConflictDoNothing()
        .returning({ name: dataMigrations.name });
      if (claimed.length === 0) return;
      const summary = await step.run(tx as unknown as Db);
      await tx.update(dataMigrations).set({ summary }).where(sql`${dataMigrations.name} = ${step.name}`);
    });
  }
}
