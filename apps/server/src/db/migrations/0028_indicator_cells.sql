CREATE TABLE "indicator_cells" (
	"kind" text NOT NULL,
	"month" date NOT NULL,
	"by_end" boolean NOT NULL,
	"detail" text,
	"flag" boolean,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"total" double precision,
	"valued" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_cells_lookup_idx" ON "indicator_cells" USING btree ("kind","dim","by_end","month");--> statement-breakpoint
CREATE INDEX "indicator_facts_kind_organisation_at_idx" ON "indicator_facts" USING btree ("kind","organisation_id","at");