ALTER TABLE "audit_events" ADD COLUMN "person_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_persons_shown_idx" ON "audit_events" USING gin ("person_ids");