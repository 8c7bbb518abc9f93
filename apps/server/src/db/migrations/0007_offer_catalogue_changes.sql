-- A counter of changes to the offer catalogue (programmes, services and the organisations that run them).
-- A case's eligibility reads the whole catalogue on every request; a server keeps what it read and reads it
-- again only when this counter moved. Triggers keep it, so no write path can forget it.
CREATE TABLE "offer_catalogue_changes" (
	"id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
	"changes" bigint NOT NULL DEFAULT 0
);
--> statement-breakpoint
INSERT INTO "offer_catalogue_changes" ("id", "changes") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "offer_catalogue_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "offer_catalogue_changes" SET "changes" = "changes" + 1 WHERE "id" = 1;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "programmes_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programmes"
	FOR EACH STATEMENT EXECUTE FUNCTION "offer_catalogue_changed"();
--> statement-breakpoint
CREATE TRIGGER "services_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "services"
	FOR EACH STATEMENT EXECUTE FUNCTION "offer_catalogue_changed"();
--> statement-breakpoint
CREATE TRIGGER "organisations_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations"
	FOR EACH STATEMENT EXECUTE FUNCTION "offer_catalogue_changed"();
