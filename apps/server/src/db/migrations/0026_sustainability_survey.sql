CREATE TABLE "survey_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "survey_version" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "occasion" text;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_survey_version_survey_versions_version_fk" FOREIGN KEY ("survey_version") REFERENCES "public"."survey_versions"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_baseline_idx" ON "assessments" USING btree ("case_id") WHERE "assessments"."occasion" = 'baseline';