CREATE TABLE "glossary_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "glossary_word_trgm_idx" ON "glossary_word" USING gin ("word" gin_trgm_ops);