-- Failed logins are counted per account and client as well as per account: the counts start again.
DELETE FROM "login_attempts";--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "client" text DEFAULT '*' NOT NULL;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "locked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "login_attempts" DROP CONSTRAINT "login_attempts_pkey";--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_email_client_pk" PRIMARY KEY("email","client");--> statement-breakpoint
CREATE INDEX "login_attempts_last_failure_idx" ON "login_attempts" USING btree ("last_failure_at");
