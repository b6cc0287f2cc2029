CREATE TABLE "asset_profile" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"asset_id" uuid NOT NULL,
	"job_id" uuid,
	"row_count" bigint NOT NULL,
	"profiled_rows" bigint NOT NULL,
	"sampled" boolean NOT NULL,
	"sample_percent" real
);
--> statement-breakpoint
CREATE TABLE "catalog_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"run_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"field_name" text,
	"before" text,
	"after" text
);
--> statement-breakpoint
CREATE TABLE "data_asset" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"source_id" uuid NOT NULL,
	"schema_name" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"row_estimate" bigint,
	"definition" text,
	"domain_id" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "data_asset_kind_check" CHECK ("data_asset"."kind" in ('table', 'view', 'materialized_view', 'foreign_table', 'partitioned_table'))
);
--> statement-breakpoint
CREATE TABLE "data_field" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"asset_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"data_type" text NOT NULL,
	"nullable" boolean NOT NULL,
	"primary_key" boolean DEFAULT false NOT NULL,
	"description" text,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "data_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"domain_id" uuid,
	"connection" jsonb NOT NULL,
	"sealed_password" text,
	"server_version" text,
	"managed_by" text,
	"last_ingest_at" timestamp with time zone,
	"last_ingest_job_id" uuid,
	CONSTRAINT "data_source_kind_check" CHECK ("data_source"."kind" in ('postgresql'))
);
--> statement-breakpoint
CREATE TABLE "field_classification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"field_id" uuid NOT NULL,
	"pii_class" text NOT NULL,
	"status" text NOT NULL,
	"basis" text NOT NULL,
	"confidence" real NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid,
	"decided_by_label" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "field_classification_status_check" CHECK ("field_classification"."status" in ('suggested', 'confirmed', 'rejected')),
	CONSTRAINT "field_classification_basis_check" CHECK ("field_classification"."basis" in ('name', 'values', 'manual')),
	CONSTRAINT "field_classification_class_check" CHECK ("field_classification"."pii_class" in ('email', 'phone', 'national_id', 'person_name', 'address', 'date_of_birth', 'payment_card'))
);
--> statement-breakpoint
CREATE TABLE "field_profile" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"asset_profile_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"null_count" bigint NOT NULL,
	"distinct_count" bigint NOT NULL,
	"min_value" text,
	"max_value" text,
	"min_length" integer,
	"max_length" integer,
	"avg_length" real,
	"top_values" jsonb NOT NULL,
	"patterns" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"source_id" uuid NOT NULL,
	"job_id" uuid,
	"summary" text NOT NULL,
	"counts" jsonb NOT NULL,
	"asset_count" integer NOT NULL,
	"field_count" integer NOT NULL,
	"edge_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lineage_edge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"upstream_asset_id" uuid NOT NULL,
	"downstream_asset_id" uuid NOT NULL,
	"upstream_field_id" uuid,
	"downstream_field_id" uuid,
	"kind" text NOT NULL,
	"label" text,
	"removed_at" timestamp with time zone,
	CONSTRAINT "lineage_edge_kind_check" CHECK ("lineage_edge"."kind" in ('foreign_key', 'view', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "term_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"term_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"field_id" uuid,
	"status" text NOT NULL,
	"score" real NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid,
	"decided_by_label" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "term_link_status_check" CHECK ("term_link"."status" in ('suggested', 'confirmed', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "role_assignment" DROP CONSTRAINT "role_assignment_scope_type_check";--> statement-breakpoint
ALTER TABLE "asset_profile" ADD CONSTRAINT "asset_profile_asset_id_data_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_profile" ADD CONSTRAINT "asset_profile_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_change" ADD CONSTRAINT "catalog_change_run_id_ingest_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."ingest_run"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_change" ADD CONSTRAINT "catalog_change_asset_id_data_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_asset" ADD CONSTRAINT "data_asset_source_id_data_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."data_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_asset" ADD CONSTRAINT "data_asset_domain_id_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domain"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_field" ADD CONSTRAINT "data_field_asset_id_data_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_source" ADD CONSTRAINT "data_source_domain_id_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domain"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_source" ADD CONSTRAINT "data_source_last_ingest_job_id_job_id_fk" FOREIGN KEY ("last_ingest_job_id") REFERENCES "public"."job"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_classification" ADD CONSTRAINT "field_classification_field_id_data_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."data_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_profile" ADD CONSTRAINT "field_profile_asset_profile_id_asset_profile_id_fk" FOREIGN KEY ("asset_profile_id") REFERENCES "public"."asset_profile"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_profile" ADD CONSTRAINT "field_profile_field_id_data_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."data_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_run" ADD CONSTRAINT "ingest_run_source_id_data_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."data_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_run" ADD CONSTRAINT "ingest_run_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_edge" ADD CONSTRAINT "lineage_edge_upstream_asset_id_data_asset_id_fk" FOREIGN KEY ("upstream_asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_edge" ADD CONSTRAINT "lineage_edge_downstream_asset_id_data_asset_id_fk" FOREIGN KEY ("downstream_asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_edge" ADD CONSTRAINT "lineage_edge_upstream_field_id_data_field_id_fk" FOREIGN KEY ("upstream_field_id") REFERENCES "public"."data_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_edge" ADD CONSTRAINT "lineage_edge_downstream_field_id_data_field_id_fk" FOREIGN KEY ("downstream_field_id") REFERENCES "public"."data_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_link" ADD CONSTRAINT "term_link_term_id_glossary_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_link" ADD CONSTRAINT "term_link_asset_id_data_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_link" ADD CONSTRAINT "term_link_field_id_data_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."data_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_profile_asset_idx" ON "asset_profile" USING btree ("asset_id","created_at");--> statement-breakpoint
CREATE INDEX "catalog_change_asset_idx" ON "catalog_change" USING btree ("asset_id","created_at");--> statement-breakpoint
CREATE INDEX "catalog_change_run_idx" ON "catalog_change" USING btree ("run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "data_asset_name_key" ON "data_asset" USING btree ("source_id","schema_name","name");--> statement-breakpoint
CREATE INDEX "data_asset_domain_idx" ON "data_asset" USING btree ("domain_id");--> statement-breakpoint
CREATE UNIQUE INDEX "data_field_name_key" ON "data_field" USING btree ("asset_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "data_source_name_key" ON "data_source" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "field_classification_key" ON "field_classification" USING btree ("field_id","pii_class");--> statement-breakpoint
CREATE INDEX "field_classification_status_idx" ON "field_classification" USING btree ("status");--> statement-breakpoint
CREATE INDEX "field_profile_field_idx" ON "field_profile" USING btree ("field_id","created_at");--> statement-breakpoint
CREATE INDEX "field_profile_asset_profile_idx" ON "field_profile" USING btree ("asset_profile_id");--> statement-breakpoint
CREATE INDEX "ingest_run_source_idx" ON "ingest_run" USING btree ("source_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lineage_edge_key" ON "lineage_edge" USING btree ("upstream_asset_id","downstream_asset_id",coalesce("upstream_field_id", '00000000-0000-0000-0000-000000000000'::uuid),coalesce("downstream_field_id", '00000000-0000-0000-0000-000000000000'::uuid),"kind");--> statement-breakpoint
CREATE INDEX "lineage_edge_downstream_idx" ON "lineage_edge" USING btree ("downstream_asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "term_link_key" ON "term_link" USING btree ("term_id","asset_id",coalesce("field_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "term_link_field_idx" ON "term_link" USING btree ("field_id");--> statement-breakpoint
CREATE INDEX "term_link_asset_idx" ON "term_link" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "term_link_status_idx" ON "term_link" USING btree ("status");--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_scope_type_check" CHECK ("role_assignment"."scope_type" in ('domain', 'asset', 'program'));