CREATE TABLE "roadmap_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_person_id" uuid,
	"starts_on" date,
	"ends_on" date,
	"step_number" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"depends_on" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "roadmap_item_status_check" CHECK ("roadmap_item"."status" in ('planned', 'in_progress', 'done', 'cancelled')),
	CONSTRAINT "roadmap_item_step_check" CHECK ("roadmap_item"."step_number" is null or "roadmap_item"."step_number" between 1 and 14),
	CONSTRAINT "roadmap_item_dates_check" CHECK ("roadmap_item"."starts_on" is null or "roadmap_item"."ends_on" is null or "roadmap_item"."starts_on" <= "roadmap_item"."ends_on")
);
--> statement-breakpoint
ALTER TABLE "roadmap_item" ADD CONSTRAINT "roadmap_item_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_item" ADD CONSTRAINT "roadmap_item_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roadmap_item_program_idx" ON "roadmap_item" USING btree ("program_id");