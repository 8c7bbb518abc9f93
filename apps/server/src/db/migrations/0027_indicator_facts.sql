CREATE TABLE "indicator_facts" (
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"case_id" uuid,
	"at" date NOT NULL,
	"ended_at" date,
	"organisation_id" uuid,
	"service_category" text,
	"detail" text,
	"flag" boolean,
	"value" double precision,
	"sex" text NOT NULL,
	"age_group" text NOT NULL,
	"country" text NOT NULL,
	"province" text NOT NULL,
	"district" text NOT NULL,
	"return_type" text NOT NULL,
	"destination_country" text NOT NULL,
	"destination_region" text NOT NULL,
	"isic_branch" text NOT NULL,
	CONSTRAINT "indicator_facts_kind_record_id_pk" PRIMARY KEY("kind","record_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_refreshes" (
	"id" serial PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"facts" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_facts_kind_at_idx" ON "indicator_facts" USING btree ("kind","at");