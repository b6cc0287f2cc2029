CREATE TABLE "control_attestation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"control_id" uuid NOT NULL,
	"person_id" uuid,
	"outcome" text NOT NULL,
	"statement" text NOT NULL,
	"evidence_url" text,
	"attested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "control_attestation_outcome_check" CHECK ("control_attestation"."outcome" in ('pass', 'fail'))
);
--> statement-breakpoint
CREATE TABLE "control_evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"control_id" uuid NOT NULL,
	"state" text NOT NULL,
	"summary" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "control_evaluation_state_check" CHECK ("control_evaluation"."state" in ('pass', 'fail', 'not_evaluated'))
);
--> statement-breakpoint
CREATE TABLE "governance_policy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"approver_person_id" uuid NOT NULL,
	CONSTRAINT "governance_policy_kind_check" CHECK ("governance_policy"."kind" in ('security_and_privacy', 'information_lifecycle', 'data_quality', 'access', 'other'))
);
--> statement-breakpoint
CREATE TABLE "governance_policy_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"policy_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text,
	"submitted_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	CONSTRAINT "governance_policy_version_status_check" CHECK ("governance_policy_version"."status" in ('draft', 'in_review', 'approved', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "policy_control" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"policy_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"owner_person_id" uuid NOT NULL,
	"frequency" text DEFAULT 'monthly' NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"ticket_id" uuid,
	CONSTRAINT "policy_control_kind_check" CHECK ("policy_control"."kind" in ('quality_rule', 'classification_requirement', 'retention', 'access_review', 'attestation'))
);
--> statement-breakpoint
CREATE TABLE "policy_exception" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"control_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"approved_by" uuid,
	"expires_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "field_classification" ADD COLUMN "masking_note" text;--> statement-breakpoint
ALTER TABLE "control_attestation" ADD CONSTRAINT "control_attestation_control_id_policy_control_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."policy_control"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_attestation" ADD CONSTRAINT "control_attestation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_evaluation" ADD CONSTRAINT "control_evaluation_control_id_policy_control_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."policy_control"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_policy" ADD CONSTRAINT "governance_policy_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_policy" ADD CONSTRAINT "governance_policy_approver_person_id_person_id_fk" FOREIGN KEY ("approver_person_id") REFERENCES "public"."person"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_policy_version" ADD CONSTRAINT "governance_policy_version_policy_id_governance_policy_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."governance_policy"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_control" ADD CONSTRAINT "policy_control_policy_id_governance_policy_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."governance_policy"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_control" ADD CONSTRAINT "policy_control_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_control" ADD CONSTRAINT "policy_control_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_exception" ADD CONSTRAINT "policy_exception_control_id_policy_control_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."policy_control"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_exception" ADD CONSTRAINT "policy_exception_approved_by_person_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "control_attestation_control_idx" ON "control_attestation" USING btree ("control_id","attested_at");--> statement-breakpoint
CREATE INDEX "control_evaluation_control_idx" ON "control_evaluation" USING btree ("control_id","evaluated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_policy_key" ON "governance_policy" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_policy_title_key" ON "governance_policy" USING btree (lower("title"));--> statement-breakpoint
CREATE UNIQUE INDEX "governance_policy_version_number_key" ON "governance_policy_version" USING btree ("policy_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_policy_version_open_key" ON "governance_policy_version" USING btree ("policy_id") WHERE "governance_policy_version"."status" in ('draft', 'in_review');--> statement-breakpoint
CREATE UNIQUE INDEX "governance_policy_version_approved_key" ON "governance_policy_version" USING btree ("policy_id") WHERE "governance_policy_version"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "policy_control_policy_idx" ON "policy_control" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "policy_exception_control_idx" ON "policy_exception" USING btree ("control_id");