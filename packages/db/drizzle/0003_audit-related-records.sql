ALTER TABLE "audit_event" ADD COLUMN "related_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_event_related_idx" ON "audit_event" USING gin ("related_ids");