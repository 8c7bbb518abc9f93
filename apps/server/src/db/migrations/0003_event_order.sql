DROP INDEX "case_events_case_idx";--> statement-breakpoint
DROP INDEX "referral_events_referral_idx";--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "referral_events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","seq");