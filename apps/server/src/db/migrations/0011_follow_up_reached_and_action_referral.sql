ALTER TABLE "follow_ups" ALTER COLUMN "reached" SET DATA TYPE boolean USING "reached" <> 0;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "referral_status" text;