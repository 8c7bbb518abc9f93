-- Every organisation that may ever have seen a person (persons.seen_by), indexed with the name terms so that a
-- search by name skips, inside the index, the matches an organisation could never see. Filled here for the
-- records there are (before the index is built, which is faster than entering each row), then kept by triggers.
DROP INDEX "persons_name_terms_idx";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "seen_by" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- every record's list from its rows (also run by the tests over records whose list was emptied)
CREATE FUNCTION persons_seen_by_fill() RETURNS void LANGUAGE sql AS $$
  UPDATE "persons" p SET "seen_by" = s.orgs
  FROM (
    SELECT person_id, array_agg(DISTINCT org ORDER BY org) AS orgs FROM (
      SELECT id AS person_id, registered_by_organisation_id AS org FROM "persons"
      UNION ALL SELECT person_id, lead_organisation_id FROM "cases"
      UNION ALL SELECT person_id, to_organisation_id FROM "referrals"
      UNION ALL SELECT person_id, unnest(organisation_ids) FROM "consents"
    ) o WHERE org IS NOT NULL GROUP BY person_id
  ) s
  WHERE p.id = s.person_id
$$;--> statement-breakpoint
SELECT persons_seen_by_fill();--> statement-breakpoint
CREATE INDEX "persons_name_terms_idx" ON "persons" USING gin ("name_terms","seen_by") WITH (fastupdate=false);--> statement-breakpoint
-- the registering organisation, on the row itself
CREATE FUNCTION persons_seen_by_registering() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.registered_by_organisation_id IS NOT NULL
     AND NOT NEW.seen_by @> ARRAY[NEW.registered_by_organisation_id] THEN
    NEW.seen_by := NEW.seen_by || NEW.registered_by_organisation_id;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER persons_seen_by_registering BEFORE INSERT OR UPDATE OF registered_by_organisation_id, seen_by ON "persons"
  FOR EACH ROW EXECUTE FUNCTION persons_seen_by_registering();--> statement-breakpoint
-- the organisations of the rows a statement wrote to cases, referrals or consents (a new row, a handover, a
-- referral moved to another service, a merge moving rows to the survivor), added to their persons once per
-- statement; a person who already lists them all is not written. The trigger names the column(s) to read.
CREATE FUNCTION persons_seen_by_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'UPDATE persons p SET seen_by = ARRAY(SELECT DISTINCT o FROM unnest(p.seen_by || n.orgs) o ORDER BY o)
     FROM (SELECT r.person_id, array_agg(DISTINCT o) AS orgs FROM new_rows r, unnest(%s) o GROUP BY r.person_id) n
     WHERE p.id = n.person_id AND NOT p.seen_by @> n.orgs', TG_ARGV[0]);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER cases_seen_by_insert AFTER INSERT ON "cases" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION persons_seen_by_statement('array[r.lead_organisation_id]');--> statement-breakpoint
CREATE TRIGGER cases_seen_by_update AFTER UPDATE ON "cases" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION persons_seen_by_statement('array[r.lead_organisation_id]');--> statement-breakpoint
CREATE TRIGGER referrals_seen_by_insert AFTER INSERT ON "referrals" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION persons_seen_by_statement('array[r.to_organisation_id]');--> statement-breakpoint
CREATE TRIGGER referrals_seen_by_update AFTER UPDATE ON "referrals" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION persons_seen_by_statement('array[r.to_organisation_id]');--> statement-breakpoint
CREATE TRIGGER consents_seen_by_insert AFTER INSERT ON "consents" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION persons_seen_by_statement('r.organisation_ids');--> statement-breakpoint
CREATE TRIGGER consents_seen_by_update AFTER UPDATE ON "consents" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION persons_seen_by_statement('r.organisation_ids');
