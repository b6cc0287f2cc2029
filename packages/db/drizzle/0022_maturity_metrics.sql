CREATE TABLE "maturity_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"current" integer,
	"target" integer,
	"comment" text,
	"evidence_url" text,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_answer_current_check" CHECK ("maturity_answer"."current" is null or "maturity_answer"."current" between 1 and 5),
	CONSTRAINT "maturity_answer_target_check" CHECK ("maturity_answer"."target" is null or "maturity_answer"."target" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "maturity_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"program_id" uuid,
	"scope" text,
	"period_start" date,
	"period_end" date,
	"target_date" date,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"custom_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"facilitator_person_id" uuid,
	"previous_assessment_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"consensus" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"scores" jsonb,
	"report_approved_at" timestamp with time zone,
	"report_approved_by" uuid,
	CONSTRAINT "maturity_assessment_status_check" CHECK ("maturity_assessment"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "maturity_respondent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"side" text NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "maturity_respondent_side_check" CHECK ("maturity_respondent"."side" in ('business', 'it'))
);
--> statement-breakpoint
CREATE TABLE "metric_value" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"metric_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"domain_id" uuid,
	"value" double precision NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "metric_value_source_check" CHECK ("metric_value"."source" in ('snapshot', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "metric" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"built_in" text,
	"name" text NOT NULL,
	"description" text,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"area" text NOT NULL,
	"frequency" text DEFAULT 'monthly' NOT NULL,
	"baseline" double precision,
	"target" double precision,
	"owner_person_id" uuid,
	"step_number" integer,
	"program_id" uuid,
	"action_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "metric_direction_check" CHECK ("metric"."direction" in ('higher_is_better', 'lower_is_better')),
	CONSTRAINT "metric_frequency_check" CHECK ("metric"."frequency" in ('daily', 'weekly', 'monthly', 'quarterly'))
);
--> statement-breakpoint
CREATE TABLE "scorecard_publication" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid,
	"title" text NOT NULL,
	"note" text,
	"snapshot" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"acknowledgements" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roadmap_item" ADD COLUMN "categories" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "maturity_answer" ADD CONSTRAINT "maturity_answer_assessment_id_maturity_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_answer" ADD CONSTRAINT "maturity_answer_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessment" ADD CONSTRAINT "maturity_assessment_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessment" ADD CONSTRAINT "maturity_assessment_facilitator_person_id_person_id_fk" FOREIGN KEY ("facilitator_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessment" ADD CONSTRAINT "maturity_assessment_report_approved_by_person_id_fk" FOREIGN KEY ("report_approved_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_respondent" ADD CONSTRAINT "maturity_respondent_assessment_id_maturity_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_respondent" ADD CONSTRAINT "maturity_respondent_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_value" ADD CONSTRAINT "metric_value_metric_id_metric_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metric"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_value" ADD CONSTRAINT "metric_value_domain_id_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric" ADD CONSTRAINT "metric_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric" ADD CONSTRAINT "metric_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_publication" ADD CONSTRAINT "scorecard_publication_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_publication" ADD CONSTRAINT "scorecard_publication_published_by_person_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "maturity_answer_key" ON "maturity_answer" USING btree ("assessment_id","person_id","question_key");--> statement-breakpoint
CREATE INDEX "maturity_assessment_program_idx" ON "maturity_assessment" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "maturity_respondent_key" ON "maturity_respondent" USING btree ("assessment_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "metric_value_key" ON "metric_value" USING btree ("metric_id","as_of",coalesce("domain_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "metric_value_metric_idx" ON "metric_value" USING btree ("metric_id","as_of");--> statement-breakpoint
CREATE UNIQUE INDEX "metric_built_in_key" ON "metric" USING btree ("built_in") WHERE "metric"."built_in" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "metric_name_key" ON "metric" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "scorecard_publication_program_idx" ON "scorecard_publication" USING btree ("program_id","published_at");