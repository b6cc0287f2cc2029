CREATE TABLE "program_deliverable_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"step_number" integer NOT NULL,
	"deliverable_key" text,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "program_document_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"change_note" text,
	"author_person_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_comment" text,
	CONSTRAINT "program_document_version_status_check" CHECK ("program_document_version"."status" in ('draft', 'in_review', 'approved', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "program_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"program_id" uuid NOT NULL,
	"step_number" integer NOT NULL,
	"deliverable_key" text,
	"title" text NOT NULL,
	CONSTRAINT "program_document_step_check" CHECK ("program_document"."step_number" between 1 and 14)
);
--> statement-breakpoint
CREATE TABLE "program_step_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"step_number" integer NOT NULL,
	"author_person_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "council_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"council_id" uuid NOT NULL,
	"program_id" uuid,
	"decided_on" date NOT NULL,
	"title" text NOT NULL,
	"details" text,
	"rationale" text NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by_person_id" uuid
);
--> statement-breakpoint
ALTER TABLE "program" ADD COLUMN "roadmap_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "program" ADD COLUMN "roadmap_approved_by" uuid;--> statement-breakpoint
ALTER TABLE "program_deliverable_link" ADD CONSTRAINT "program_deliverable_link_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_document_version" ADD CONSTRAINT "program_document_version_document_id_program_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."program_document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_document_version" ADD CONSTRAINT "program_document_version_author_person_id_person_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_document" ADD CONSTRAINT "program_document_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_step_comment" ADD CONSTRAINT "program_step_comment_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_step_comment" ADD CONSTRAINT "program_step_comment_author_person_id_person_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decision" ADD CONSTRAINT "council_decision_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decision" ADD CONSTRAINT "council_decision_recorded_by_person_id_person_id_fk" FOREIGN KEY ("recorded_by_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_deliverable_link_program_idx" ON "program_deliverable_link" USING btree ("program_id","step_number");--> statement-breakpoint
CREATE UNIQUE INDEX "program_deliverable_link_key" ON "program_deliverable_link" USING btree ("program_id","step_number",coalesce("deliverable_key", ''),"target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_document_version_number_key" ON "program_document_version" USING btree ("document_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "program_document_version_open_key" ON "program_document_version" USING btree ("document_id") WHERE "program_document_version"."status" in ('draft', 'in_review');--> statement-breakpoint
CREATE INDEX "program_document_program_idx" ON "program_document" USING btree ("program_id","step_number");--> statement-breakpoint
CREATE INDEX "program_step_comment_step_idx" ON "program_step_comment" USING btree ("program_id","step_number","created_at");--> statement-breakpoint
CREATE INDEX "council_decision_council_idx" ON "council_decision" USING btree ("council_id","decided_on");--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_roadmap_approved_by_person_id_fk" FOREIGN KEY ("roadmap_approved_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;