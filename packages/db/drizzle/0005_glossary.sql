CREATE TABLE "glossary" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"reviewer_edits_need_second_reviewer" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "glossary_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"glossary_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "glossary_member_role_check" CHECK ("glossary_member"."role" in ('owner', 'reviewer'))
);
--> statement-breakpoint
CREATE TABLE "glossary_term" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"glossary_id" uuid NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"abbreviation" text,
	"synonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	"examples" text,
	"valid_values" text,
	"business_rules" text,
	"domain_id" uuid,
	"parent_id" uuid,
	"owner_id" uuid,
	"steward_id" uuid,
	"reviewer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"critical_data_element" boolean DEFAULT false NOT NULL,
	"classification" text DEFAULT 'internal' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"external_references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"replaced_by_id" uuid,
	"approved_revision" integer DEFAULT 0 NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(name || ' ' || steward_text_array_to_string(synonyms, ' ') || ' ' || coalesce(abbreviation, ''))) STORED,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, name), 'A') || setweight(to_tsvector('simple'::regconfig, steward_text_array_to_string(synonyms, ' ')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(abbreviation, '')), 'B') || setweight(to_tsvector('simple'::regconfig, definition), 'C')) STORED,
	CONSTRAINT "glossary_term_status_check" CHECK ("glossary_term"."status" in ('draft', 'in_review', 'approved', 'deprecated', 'rejected')),
	CONSTRAINT "glossary_term_classification_check" CHECK ("glossary_term"."classification" in ('public', 'internal', 'confidential', 'restricted')),
	CONSTRAINT "glossary_term_not_own_parent" CHECK ("glossary_term"."parent_id" is distinct from "glossary_term"."id")
);
--> statement-breakpoint
CREATE TABLE "proposal_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"glossary_id" uuid NOT NULL,
	"title" text NOT NULL,
	"source" text,
	"author_account_id" uuid,
	"author_person_id" uuid,
	"author_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "term_proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"term_id" uuid NOT NULL,
	"glossary_id" uuid NOT NULL,
	"batch_id" uuid,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"base_revision" integer NOT NULL,
	"replaced_by_id" uuid,
	"reason" text,
	"author_account_id" uuid,
	"author_person_id" uuid,
	"author_label" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	"decided_by_label" text,
	"decision_comment" text,
	CONSTRAINT "term_proposal_kind_check" CHECK ("term_proposal"."kind" in ('create', 'update', 'deprecate', 'reinstate')),
	CONSTRAINT "term_proposal_status_check" CHECK ("term_proposal"."status" in ('draft', 'pending', 'approved', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "term_relation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"from_term_id" uuid NOT NULL,
	"to_term_id" uuid NOT NULL,
	"type" text NOT NULL,
	CONSTRAINT "term_relation_type_check" CHECK ("term_relation"."type" in ('related_to', 'is_a', 'part_of', 'replaces')),
	CONSTRAINT "term_relation_not_self" CHECK ("term_relation"."from_term_id" <> "term_relation"."to_term_id")
);
--> statement-breakpoint
CREATE TABLE "term_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"term_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"status" text NOT NULL,
	"proposal_id" uuid,
	"reason" text,
	"author_label" text NOT NULL,
	"approved_by_label" text NOT NULL,
	"self_approved" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "glossary_member" ADD CONSTRAINT "glossary_member_glossary_id_glossary_id_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_member" ADD CONSTRAINT "glossary_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_glossary_id_glossary_id_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_domain_id_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domain"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_parent_id_glossary_term_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_term"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_owner_id_person_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_steward_id_person_id_fk" FOREIGN KEY ("steward_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_replaced_by_id_glossary_term_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."glossary_term"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_batch" ADD CONSTRAINT "proposal_batch_glossary_id_glossary_id_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_proposal" ADD CONSTRAINT "term_proposal_term_id_glossary_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_proposal" ADD CONSTRAINT "term_proposal_glossary_id_glossary_id_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_proposal" ADD CONSTRAINT "term_proposal_batch_id_proposal_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."proposal_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_relation" ADD CONSTRAINT "term_relation_from_term_id_glossary_term_id_fk" FOREIGN KEY ("from_term_id") REFERENCES "public"."glossary_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_relation" ADD CONSTRAINT "term_relation_to_term_id_glossary_term_id_fk" FOREIGN KEY ("to_term_id") REFERENCES "public"."glossary_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_revision" ADD CONSTRAINT "term_revision_term_id_glossary_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_term"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_name_key" ON "glossary" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_member_key" ON "glossary_member" USING btree ("glossary_id","person_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_term_name_key" ON "glossary_term" USING btree ("glossary_id",lower("name"));--> statement-breakpoint
CREATE INDEX "glossary_term_tree_idx" ON "glossary_term" USING btree ("glossary_id","parent_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "glossary_term_parent_idx" ON "glossary_term" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "glossary_term_domain_idx" ON "glossary_term" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "glossary_term_status_idx" ON "glossary_term" USING btree ("status");--> statement-breakpoint
CREATE INDEX "glossary_term_search_vector_idx" ON "glossary_term" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "glossary_term_search_text_trgm_idx" ON "glossary_term" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "proposal_batch_glossary_idx" ON "proposal_batch" USING btree ("glossary_id");--> statement-breakpoint
CREATE UNIQUE INDEX "term_proposal_one_open_key" ON "term_proposal" USING btree ("term_id") WHERE "term_proposal"."status" in ('draft', 'pending');--> statement-breakpoint
CREATE INDEX "term_proposal_review_idx" ON "term_proposal" USING btree ("status","glossary_id","created_at");--> statement-breakpoint
CREATE INDEX "term_proposal_batch_idx" ON "term_proposal" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "term_proposal_term_idx" ON "term_proposal" USING btree ("term_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "term_relation_key" ON "term_relation" USING btree ("from_term_id","to_term_id","type");--> statement-breakpoint
CREATE INDEX "term_relation_to_idx" ON "term_relation" USING btree ("to_term_id");--> statement-breakpoint
CREATE UNIQUE INDEX "term_revision_key" ON "term_revision" USING btree ("term_id","revision");