CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"service_id" uuid,
	"concerned_organisation_id" uuid,
	"concerned_reads" boolean NOT NULL,
	"handling_organisation_id" uuid,
	"staff_name" text,
	"message" text NOT NULL,
	"rating" smallint,
	"language" text NOT NULL,
	"admin_area_code" text,
	"anonymous" boolean NOT NULL,
	"sender_name" text,
	"sender_phone" text,
	"sender_email" text,
	"channel" text NOT NULL,
	"recorded_by" uuid,
	"status" text DEFAULT 'received' NOT NULL,
	"category" text,
	"priority" text DEFAULT 'normal' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"first_answered_at" timestamp with time zone,
	"answer" text,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "feedback_rating_range" CHECK ("feedback"."rating" between 1 and 5),
	CONSTRAINT "feedback_anonymous_nameless" CHECK (not "feedback"."anonymous" or ("feedback"."sender_name" is null and "feedback"."sender_phone" is null and "feedback"."sender_email" is null))
);
--> statement-breakpoint
CREATE TABLE "feedback_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"feedback_id" uuid NOT NULL,
	"action" text NOT NULL,
	"user_id" uuid,
	"organisation_id" uuid,
	"text" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_facts" ALTER COLUMN "person_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_concerned_organisation_id_organisations_id_fk" FOREIGN KEY ("concerned_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_handling_organisation_id_organisations_id_fk" FOREIGN KEY ("handling_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_reference_key" ON "feedback" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "feedback_handling_idx" ON "feedback" USING btree ("handling_organisation_id","received_at");--> statement-breakpoint
CREATE INDEX "feedback_concerned_idx" ON "feedback" USING btree ("concerned_organisation_id","received_at");--> statement-breakpoint
CREATE INDEX "feedback_received_idx" ON "feedback" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "feedback_events_feedback_idx" ON "feedback_events" USING btree ("feedback_id","seq");