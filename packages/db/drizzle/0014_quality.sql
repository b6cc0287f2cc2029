CREATE TABLE "quality_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" uuid NOT NULL,
	"job_id" uuid,
	"outcome" text NOT NULL,
	"checked_rows" bigint DEFAULT 0 NOT NULL,
	"failing_rows" bigint DEFAULT 0 NOT NULL,
	"pass_ratio" double precision,
	"observed" text,
	"samples" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "quality_result_outcome_check" CHECK ("quality_result"."outcome" in ('passed', 'failed', 'error'))
);
--> statement-breakpoint
CREATE TABLE "quality_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"asset_id" uuid NOT NULL,
	"field_id" uuid,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"dimension" text NOT NULL,
	"threshold" double precision DEFAULT 1 NOT NULL,
	"severity" text DEFAULT 'medium' NOT NULL,
	"every_minutes" integer,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_run_at" timestamp with time zone,
	"next_run_at" timestamp with time zone,
	"ticket_id" uuid,
	CONSTRAINT "quality_rule_kind_check" CHECK ("quality_rule"."kind" in ('not_null', 'unique', 'accepted_values', 'range', 'regex', 'freshness', 'row_count', 'custom_sql')),
	CONSTRAINT "quality_rule_dimension_check" CHECK ("quality_rule"."dimension" in ('completeness', 'validity', 'uniqueness', 'consistency', 'timeliness', 'accuracy', 'integrity')),
	CONSTRAINT "quality_rule_severity_check" CHECK ("quality_rule"."severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "quality_rule_threshold_check" CHECK ("quality_rule"."threshold" between 0 and 1)
);
--> statement-breakpoint
ALTER TABLE "quality_result" ADD CONSTRAINT "quality_result_rule_id_quality_rule_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."quality_rule"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_result" ADD CONSTRAINT "quality_result_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_rule" ADD CONSTRAINT "quality_rule_asset_id_data_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_rule" ADD CONSTRAINT "quality_rule_field_id_data_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."data_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_rule" ADD CONSTRAINT "quality_rule_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_result_rule_idx" ON "quality_result" USING btree ("rule_id","run_at");--> statement-breakpoint
CREATE INDEX "quality_rule_asset_idx" ON "quality_rule" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "quality_rule_due_idx" ON "quality_rule" USING btree ("next_run_at") WHERE "quality_rule"."enabled" and "quality_rule"."every_minutes" is not null;