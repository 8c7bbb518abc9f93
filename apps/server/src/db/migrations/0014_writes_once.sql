CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"response" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
-- One open case per returnee and organisation becomes a constraint. Two submissions at once could have given a
-- returnee two open cases with one organisation before: the earliest stays open, and each later one is closed
-- with a note naming the case that stays, its history kept (nothing is deleted).
CREATE TEMPORARY TABLE "cases_closed_0014" AS
  SELECT "id", "stage", "kept" FROM (
    SELECT "id", "stage",
      first_value("id") OVER w AS "kept",
      row_number() OVER w AS "n"
    FROM "cases" WHERE "stage" <> 'closed'
    WINDOW w AS (PARTITION BY "person_id", "lead_organisation_id" ORDER BY "opened_at", "id")
  ) ranked WHERE "n" > 1;--> statement-breakpoint
UPDATE "cases" SET "stage" = 'closed', "closure_reason" = 'other',
  "closure_note" = 'A second open case of the same returnee with the same organisation; case ' || d."kept" || ' stays open',
  "closed_at" = now(), "updated_at" = now(), "version" = "cases"."version" + 1
  FROM "cases_closed_0014" d WHERE "cases"."id" = d."id";--> statement-breakpoint
INSERT INTO "case_events" ("case_id", "type", "at", "data")
  SELECT "id", 'stage_changed', now(), jsonb_build_object('from', "stage", 'to', 'closed') FROM "cases_closed_0014";--> statement-breakpoint
INSERT INTO "case_events" ("case_id", "type", "at", "data")
  SELECT "id", 'closed', now(),
    jsonb_build_object('reason', 'other', 'note', 'A second open case of the same returnee with the same organisation; case ' || "kept" || ' stays open')
  FROM "cases_closed_0014";--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_open_idx" ON "cases" USING btree ("person_id","lead_organisation_id") WHERE "cases"."stage" <> 'closed';--> statement-breakpoint
DROP TABLE "cases_closed_0014";
