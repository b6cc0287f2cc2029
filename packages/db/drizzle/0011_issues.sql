CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ticket_id" uuid,
	"ticket_event_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_kind_check" CHECK ("notification"."kind" in ('assigned', 'mentioned', 'escalated', 'breached', 'status_changed', 'commented'))
);
--> statement-breakpoint
CREATE TABLE "root_cause" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_calendar" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"time_zone" text NOT NULL,
	"workdays" integer[] NOT NULL,
	"day_start" text NOT NULL,
	"day_end" text NOT NULL,
	"holidays" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"priority" text NOT NULL,
	"triage_minutes" integer NOT NULL,
	"resolve_minutes" integer NOT NULL,
	"clock" text NOT NULL,
	CONSTRAINT "sla_target_priority_check" CHECK ("sla_target"."priority" in ('P1', 'P2', 'P3', 'P4')),
	CONSTRAINT "sla_target_clock_check" CHECK ("sla_target"."clock" in ('calendar', 'business')),
	CONSTRAINT "sla_target_minutes_check" CHECK ("sla_target"."triage_minutes" > 0 and "sla_target"."resolve_minutes" >= "sla_target"."triage_minutes")
);
--> statement-breakpoint
CREATE TABLE "ticket_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_person_id" uuid,
	"actor_label" text NOT NULL,
	"body" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_event_kind_check" CHECK ("ticket_event"."kind" in ('created', 'comment', 'transition', 'assignment', 'priority', 'update', 'link', 'unlink', 'watch', 'sla_breach', 'escalation', 'quality_result'))
);
--> statement-breakpoint
CREATE TABLE "ticket_key_counter" (
	"prefix" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_link" (
	"ticket_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "ticket_link_ticket_id_target_type_target_id_pk" PRIMARY KEY("ticket_id","target_type","target_id"),
	CONSTRAINT "ticket_link_type_check" CHECK ("ticket_link"."target_type" in ('term', 'asset', 'field', 'quality_rule'))
);
--> statement-breakpoint
CREATE TABLE "ticket_watcher" (
	"ticket_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_watcher_ticket_id_person_id_pk" PRIMARY KEY("ticket_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "ticket" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"priority" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reporter_id" uuid,
	"assignee_id" uuid,
	"domain_id" uuid,
	"root_cause_id" uuid,
	"resolution" text,
	"duplicate_of_id" uuid,
	"route" jsonb,
	"sla_started_at" timestamp with time zone NOT NULL,
	"triage_due_at" timestamp with time zone NOT NULL,
	"resolve_due_at" timestamp with time zone NOT NULL,
	"triaged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"triage_breached_at" timestamp with time zone,
	"resolve_breached_at" timestamp with time zone,
	CONSTRAINT "ticket_kind_check" CHECK ("ticket"."kind" in ('data_quality', 'definition', 'access', 'policy_exception', 'duplicate_review', 'other')),
	CONSTRAINT "ticket_priority_check" CHECK ("ticket"."priority" in ('P1', 'P2', 'P3', 'P4')),
	CONSTRAINT "ticket_status_check" CHECK ("ticket"."status" in ('open', 'triaged', 'in_progress', 'blocked', 'resolved', 'closed', 'wont_fix', 'duplicate')),
	CONSTRAINT "ticket_not_own_duplicate" CHECK ("ticket"."duplicate_of_id" is distinct from "ticket"."id")
);
--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_ticket_event_id_ticket_event_id_fk" FOREIGN KEY ("ticket_event_id") REFERENCES "public"."ticket_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_actor_person_id_person_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_link" ADD CONSTRAINT "ticket_link_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_watcher" ADD CONSTRAINT "ticket_watcher_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_watcher" ADD CONSTRAINT "ticket_watcher_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_reporter_id_person_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_assignee_id_person_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_domain_id_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domain"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_root_cause_id_root_cause_id_fk" FOREIGN KEY ("root_cause_id") REFERENCES "public"."root_cause"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_duplicate_of_id_ticket_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."ticket"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_person_idx" ON "notification" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "notification_unread_idx" ON "notification" USING btree ("person_id") WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "root_cause_code_key" ON "root_cause" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_target_priority_key" ON "sla_target" USING btree ("priority");--> statement-breakpoint
CREATE INDEX "ticket_event_ticket_idx" ON "ticket_event" USING btree ("ticket_id","at","id");--> statement-breakpoint
CREATE INDEX "ticket_link_target_idx" ON "ticket_link" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "ticket_watcher_person_idx" ON "ticket_watcher" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_key_key" ON "ticket" USING btree ("key");--> statement-breakpoint
CREATE INDEX "ticket_assignee_status_idx" ON "ticket" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "ticket_status_due_idx" ON "ticket" USING btree ("status","resolve_due_at");--> statement-breakpoint
CREATE INDEX "ticket_domain_idx" ON "ticket" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "ticket_created_idx" ON "ticket" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "ticket_title_trgm_idx" ON "ticket" USING gin ("title" gin_trgm_ops);