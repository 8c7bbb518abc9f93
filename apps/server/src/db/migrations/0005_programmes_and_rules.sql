CREATE TABLE "business_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"sector_isic" text NOT NULL,
	"currency" text NOT NULL,
	"capital_needed" numeric(14, 2) NOT NULL,
	"own_contribution" numeric(14, 2) NOT NULL,
	"expected_monthly_income" numeric(14, 2) NOT NULL,
	"market" text NOT NULL,
	"risks" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eligibility_rule_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rule" jsonb NOT NULL,
	"changed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"impact" jsonb
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"rule_version" integer NOT NULL,
	"verdict" jsonb NOT NULL,
	"coaching_enrolment_id" uuid,
	"business_plan_id" uuid,
	"note" text,
	"reason" text,
	"applied_by_user_id" uuid,
	"applied_by_organisation_id" uuid NOT NULL,
	"decided_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"dimension" text NOT NULL,
	"area_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer,
	"opens_on" date,
	"closes_on" date,
	"eligibility_rule" jsonb DEFAULT 'true'::jsonb NOT NULL,
	"rule_version" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "enrolment_id" uuid;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "eligibility_rule" jsonb;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "rule_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_rule_versions" ADD CONSTRAINT "eligibility_rule_versions_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_applied_by_user_id_users_id_fk" FOREIGN KEY ("applied_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_applied_by_organisation_id_organisations_id_fk" FOREIGN KEY ("applied_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "business_plans_case_idx" ON "business_plans" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "eligibility_rule_versions_subject_idx" ON "eligibility_rule_versions" USING btree ("subject_type","subject_id","version");--> statement-breakpoint
CREATE INDEX "enrolments_case_idx" ON "enrolments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "enrolments_programme_status_idx" ON "enrolments" USING btree ("programme_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_open_once_idx" ON "enrolments" USING btree ("programme_id","case_id") WHERE "enrolments"."status" in ('applied', 'accepted', 'waitlisted', 'active');--> statement-breakpoint
CREATE INDEX "programmes_owner_idx" ON "programmes" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "programmes_category_idx" ON "programmes" USING btree ("category");--> statement-breakpoint
CREATE INDEX "programmes_name_trgm_idx" ON "programmes" USING gin ("name" gin_trgm_ops);