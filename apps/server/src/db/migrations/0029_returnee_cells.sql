CREATE TABLE "indicator_returnee_cells" (
	"kind" text NOT NULL,
	"flagged" boolean NOT NULL,
	"month" date NOT NULL,
	"prev_month" date,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_returnee_facts" (
	"kind" text NOT NULL,
	"flagged" boolean NOT NULL,
	"person_id" uuid NOT NULL,
	"at" date NOT NULL,
	"organisation_id" uuid,
	"service_category" text,
	"sex" text NOT NULL,
	"age_group" text NOT NULL,
	"country" text NOT NULL,
	"province" text NOT NULL,
	"district" text NOT NULL,
	"return_type" text NOT NULL,
	"destination_country" text NOT NULL,
	"destination_region" text NOT NULL,
	"isic_branch" text NOT NULL,
	"prev_person" date,
	"next_person" date,
	"prev_age" date,
	"next_age" date,
	"prev_organisation" date,
	"next_organisation" date,
	"prev_service" date,
	"next_service" date
);
--> statement-breakpoint
CREATE INDEX "indicator_returnee_cells_lookup_idx" ON "indicator_returnee_cells" USING btree ("kind","flagged","dim","month");--> statement-breakpoint
CREATE INDEX "indicator_returnee_facts_kind_at_idx" ON "indicator_returnee_facts" USING btree ("kind","flagged","at");