-- The root-cause taxonomy a new installation starts with (packages/domain defaultRootCauses); stewards edit it.
INSERT INTO root_cause (code, label, description, position) VALUES
  ('source_entry', 'Entry error at the source', 'Typed or captured wrongly where the data is created.', 1),
  ('integration', 'Integration or ETL defect', 'A load, transformation or interface changed or broke the data.', 2),
  ('missing_validation', 'Missing validation', 'The source system accepts values it should refuse.', 3),
  ('definition_gap', 'Unclear or missing definition', 'People used the data differently because its meaning was not agreed.', 4),
  ('reference_data', 'Reference data out of date', 'Code lists or mappings lag behind the business.', 5),
  ('process_change', 'Business process change', 'The business changed how it works and the data followed late.', 6),
  ('access_control', 'Access or permission problem', 'The wrong people could, or the right people could not, see the data.', 7),
  ('rule_too_strict', 'Rule too strict (no data defect)', 'The check itself was wrong; the data was fine.', 8);
