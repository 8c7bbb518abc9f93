ALTER TABLE "persons" ADD COLUMN "match_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_match_keys_idx" ON "persons" USING gin ("match_keys");