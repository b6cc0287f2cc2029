CREATE TABLE "mdm_domain" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"hub_style" text NOT NULL,
	"workflow" text DEFAULT 'identify' NOT NULL,
	"business_driver" text,
	"domain_id" uuid,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"relations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "mdm_domain_hub_style_check" CHECK ("mdm_domain"."hub_style" in ('registry', 'consolidation', 'coexistence', 'centralized')),
	CONSTRAINT "mdm_domain_workflow_check" CHECK ("mdm_domain"."workflow" in ('identify', 'link', 'merge'))
);
--> statement-breakpoint
CREATE TABLE "mdm_policy_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"mdm_domain_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"policy" jsonb NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_comment" text,
	"activated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	CONSTRAINT "mdm_policy_version_status_check" CHECK ("mdm_policy_version"."status" in ('draft', 'in_review', 'approved', 'active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "mdm_sample" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"mdm_domain_id" uuid NOT NULL,
	"name" text NOT NULL,
	"file_name" text,
	"id_column" text,
	"truth_column" text,
	"source_column" text,
	"updated_at_column" text,
	"columns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"record_count" integer NOT NULL,
	"records" jsonb NOT NULL,
	"truth" jsonb
);
--> statement-breakpoint
CREATE TABLE "mdm_simulation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mdm_domain_id" uuid NOT NULL,
	"policy_version_id" uuid NOT NULL,
	"sample_id" uuid NOT NULL,
	"job_id" uuid,
	"link" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"policy" jsonb NOT NULL,
	"summary" jsonb,
	"clusters" jsonb,
	"review" jsonb,
	"pairs" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"finished_at" timestamp with time zone,
	CONSTRAINT "mdm_simulation_status_check" CHECK ("mdm_simulation"."status" in ('queued', 'running', 'succeeded', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "mdm_domain" ADD CONSTRAINT "mdm_domain_domain_id_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domain"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_policy_version" ADD CONSTRAINT "mdm_policy_version_mdm_domain_id_mdm_domain_id_fk" FOREIGN KEY ("mdm_domain_id") REFERENCES "public"."mdm_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_sample" ADD CONSTRAINT "mdm_sample_mdm_domain_id_mdm_domain_id_fk" FOREIGN KEY ("mdm_domain_id") REFERENCES "public"."mdm_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_simulation" ADD CONSTRAINT "mdm_simulation_mdm_domain_id_mdm_domain_id_fk" FOREIGN KEY ("mdm_domain_id") REFERENCES "public"."mdm_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_simulation" ADD CONSTRAINT "mdm_simulation_policy_version_id_mdm_policy_version_id_fk" FOREIGN KEY ("policy_version_id") REFERENCES "public"."mdm_policy_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_simulation" ADD CONSTRAINT "mdm_simulation_sample_id_mdm_sample_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."mdm_sample"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_simulation" ADD CONSTRAINT "mdm_simulation_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mdm_domain_name_key" ON "mdm_domain" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "mdm_policy_version_number_key" ON "mdm_policy_version" USING btree ("mdm_domain_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "mdm_policy_version_one_active_key" ON "mdm_policy_version" USING btree ("mdm_domain_id") WHERE "mdm_policy_version"."status" = 'active';--> statement-breakpoint
CREATE INDEX "mdm_sample_domain_idx" ON "mdm_sample" USING btree ("mdm_domain_id");--> statement-breakpoint
CREATE INDEX "mdm_simulation_version_idx" ON "mdm_simulation" USING btree ("policy_version_id","created_at");