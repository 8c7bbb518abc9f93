CREATE TABLE "indicator_coded_facts" (
	"value" double precision,
	"at" date NOT NULL,
	"ended_at" date,
	"organisation" integer NOT NULL,
	"kind" smallint NOT NULL,
	"detail" smallint,
	"sex" smallint NOT NULL,
	"age_group" smallint NOT NULL,
	"country" smallint NOT NULL,
	"province" smallint NOT NULL,
	"district" smallint NOT NULL,
	"return_type" smallint NOT NULL,
	"destination_country" smallint NOT NULL,
	"destination_region" smallint NOT NULL,
	"isic_branch" smallint NOT NULL,
	"service_category" smallint NOT NULL,
	"flag" boolean
);
--> statement-breakpoint
CREATE TABLE "indicator_keys" (
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"code" integer NOT NULL,
	CONSTRAINT "indicator_keys_dim_key_pk" PRIMARY KEY("dim","key"),
	CONSTRAINT "indicator_keys_code_key" UNIQUE("dim","code")
);
--> statement-breakpoint
CREATE INDEX "indicator_coded_facts_kind_at_idx" ON "indicator_coded_facts" USING btree ("kind","at");