CREATE TABLE "mdm_pair_label" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mdm_domain_id" uuid NOT NULL,
	"record_a" text NOT NULL,
	"record_b" text NOT NULL,
	"values_a" jsonb NOT NULL,
	"values_b" jsonb NOT NULL,
	"match" boolean NOT NULL,
	"note" text,
	"review_task_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdm_review_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mdm_domain_id" uuid NOT NULL,
	"simulation_id" uuid NOT NULL,
	"ticket_id" uuid,
	"records" jsonb NOT NULL,
	"pairs" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	CONSTRAINT "mdm_review_task_status_check" CHECK ("mdm_review_task"."status" in ('open', 'decided'))
);
--> statement-breakpoint
ALTER TABLE "mdm_simulation" ADD COLUMN "label_check" jsonb;--> statement-breakpoint
ALTER TABLE "mdm_pair_label" ADD CONSTRAINT "mdm_pair_label_mdm_domain_id_mdm_domain_id_fk" FOREIGN KEY ("mdm_domain_id") REFERENCES "public"."mdm_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_pair_label" ADD CONSTRAINT "mdm_pair_label_review_task_id_mdm_review_task_id_fk" FOREIGN KEY ("review_task_id") REFERENCES "public"."mdm_review_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_review_task" ADD CONSTRAINT "mdm_review_task_mdm_domain_id_mdm_domain_id_fk" FOREIGN KEY ("mdm_domain_id") REFERENCES "public"."mdm_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_review_task" ADD CONSTRAINT "mdm_review_task_simulation_id_mdm_simulation_id_fk" FOREIGN KEY ("simulation_id") REFERENCES "public"."mdm_simulation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdm_review_task" ADD CONSTRAINT "mdm_review_task_ticket_id_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."ticket"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mdm_pair_label_pair_key" ON "mdm_pair_label" USING btree ("mdm_domain_id","record_a","record_b");--> statement-breakpoint
CREATE INDEX "mdm_review_task_simulation_idx" ON "mdm_review_task" USING btree ("simulation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mdm_review_task_ticket_key" ON "mdm_review_task" USING btree ("ticket_id");