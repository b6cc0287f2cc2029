-- Keeps glossary_word holding the words of every term's name, synonyms and abbreviation (the
-- lexemes weighted A and B; numbers aside): the words whose typos search corrects. One INSERT
-- per statement, so a bulk import adds its words in one go.
CREATE FUNCTION glossary_word_collect() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO glossary_word (word)
  SELECT DISTINCT lexeme FROM changed_terms, unnest(tsvector_to_array(ts_filter(search_vector, '{a,b}'))) AS lexeme
  WHERE length(lexeme) BETWEEN 3 AND 60 AND lexeme !~ '^[0-9]+$'
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER glossary_term_words_on_insert
  AFTER INSERT ON glossary_term REFERENCING NEW TABLE AS changed_terms
  FOR EACH STATEMENT EXECUTE FUNCTION glossary_word_collect();--> statement-breakpoint
CREATE TRIGGER glossary_term_words_on_update
  AFTER UPDATE ON glossary_term REFERENCING NEW TABLE AS changed_terms
  FOR EACH STATEMENT EXECUTE FUNCTION glossary_word_collect();--> statement-breakpoint
INSERT INTO glossary_word (word)
SELECT DISTINCT lexeme FROM glossary_term, unnest(tsvector_to_array(ts_filter(search_vector, '{a,b}'))) AS lexeme
WHERE length(lexeme) BETWEEN 3 AND 60 AND lexeme !~ '^[0-9]+$'
ON CONFLICT (word) DO NOTHING;
