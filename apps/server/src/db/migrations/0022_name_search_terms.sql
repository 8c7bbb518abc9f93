ALTER TABLE "persons" ADD COLUMN "name_terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_name_terms_idx" ON "persons" USING gin ("name_terms");