CREATE TABLE "linkage_scans" (
	"id" text PRIMARY KEY NOT NULL,
	"parameters_version" text NOT NULL,
	"cursor" uuid,
	"persons_read" integer DEFAULT 0 NOT NULL,
	"pairs_found" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"requested_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "person_link_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"other_person_id" uuid NOT NULL,
	"level" text NOT NULL,
	"probability" double precision NOT NULL,
	"reasons" jsonb NOT NULL,
	"parameters_version" text NOT NULL,
	"found_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "linkage_scans" ADD CONSTRAINT "linkage_scans_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_link_candidates" ADD CONSTRAINT "person_link_candidates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_link_candidates" ADD CONSTRAINT "person_link_candidates_other_person_id_persons_id_fk" FOREIGN KEY ("other_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_link_candidates_pair_idx" ON "person_link_candidates" USING btree ("person_id","other_person_id");--> statement-breakpoint
CREATE INDEX "person_link_candidates_order_idx" ON "person_link_candidates" USING btree ("probability","id");--> statement-breakpoint
CREATE INDEX "person_link_candidates_other_idx" ON "person_link_candidates" USING btree ("other_person_id");