-- Entries written straight into the linkage and name-search GIN indexes: GIN's pending list made every
-- duplicate check and search by name also read all entries written since the last vacuum. The entries
-- already pending are merged now rather than at the next vacuum.
ALTER INDEX "persons_match_keys_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "persons_name_terms_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('persons_match_keys_idx');--> statement-breakpoint
SELECT gin_clean_pending_list('persons_name_terms_idx');
