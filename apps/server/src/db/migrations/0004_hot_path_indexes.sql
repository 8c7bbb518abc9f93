CREATE INDEX "cases_manager_updated_idx" ON "cases" USING btree ("case_manager_user_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_lead_person_idx" ON "cases" USING btree ("lead_organisation_id","person_id");--> statement-breakpoint
CREATE INDEX "persons_birth_year_idx" ON "persons" USING btree ("birth_year");