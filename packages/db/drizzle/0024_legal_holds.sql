CREATE TABLE "legal_hold" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"asset_id" uuid NOT NULL,
	"matter" text NOT NULL,
	"reason" text,
	"placed_by" uuid,
	"released_at" timestamp with time zone,
	"released_by" uuid,
	"release_note" text
);
--> statement-breakpoint
ALTER TABLE "legal_hold" ADD CONSTRAINT "legal_hold_asset_id_data_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."data_asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_hold" ADD CONSTRAINT "legal_hold_placed_by_person_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_hold" ADD CONSTRAINT "legal_hold_released_by_person_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_hold_asset_idx" ON "legal_hold" USING btree ("asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_hold_open_key" ON "legal_hold" USING btree ("asset_id",lower("matter")) WHERE "legal_hold"."released_at" is null;