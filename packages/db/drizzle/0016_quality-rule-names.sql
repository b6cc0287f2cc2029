DROP INDEX "quality_rule_asset_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "quality_rule_name_per_asset_key" ON "quality_rule" USING btree ("asset_id",lower("name"));