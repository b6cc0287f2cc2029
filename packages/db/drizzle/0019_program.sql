CREATE TABLE "program_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text,
	"reviewed_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "program_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"program_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"owner_person_id" uuid,
	"due_on" date,
	"notes" text,
	"ticked" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"custom_checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"thresholds" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done_at" timestamp with time zone,
	"done_person_id" uuid,
	"override_reason" text,
	CONSTRAINT "program_step_number_check" CHECK ("program_step"."number" between 1 and 14),
	CONSTRAINT "program_step_status_check" CHECK ("program_step"."status" in ('not_started', 'in_progress', 'done'))
);
--> statement-breakpoint
CREATE TABLE "program" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"business_problem" text,
	"scope" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"impact_figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"processes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tracks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead_person_id" uuid,
	"start_date" date,
	"reporting_cadence" text,
	"next_sponsor_review_on" date,
	"iteration" integer DEFAULT 1 NOT NULL,
	"previous_program_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	CONSTRAINT "program_status_check" CHECK ("program"."status" in ('active', 'closed')),
	CONSTRAINT "program_cadence_check" CHECK ("program"."reporting_cadence" is null or "program"."reporting_cadence" in ('monthly', 'quarterly', 'semiannual', 'annual'))
);
--> statement-breakpoint
ALTER TABLE "program_review" ADD CONSTRAINT "program_review_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_review" ADD CONSTRAINT "program_review_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_step" ADD CONSTRAINT "program_step_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_step" ADD CONSTRAINT "program_step_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_lead_person_id_person_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_review_program_idx" ON "program_review" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_step_number_key" ON "program_step" USING btree ("program_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "program_name_key" ON "program" USING btree (lower("name"));