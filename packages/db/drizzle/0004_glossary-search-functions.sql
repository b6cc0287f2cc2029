-- array_to_string is only STABLE (element output functions could change); for text[] it is in
-- fact immutable, and generated columns and indexes need an immutable expression.
CREATE FUNCTION steward_text_array_to_string(text[], text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, $2) $$;
