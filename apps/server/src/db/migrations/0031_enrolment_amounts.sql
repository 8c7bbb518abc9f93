ALTER TABLE "enrolments" ADD COLUMN "amount_given" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "currency" text;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_amount_with_currency" CHECK (("enrolments"."amount_given" is null) = ("enrolments"."currency" is null));