import type { z } from 'zod';
import { type FieldError, InputError } from './errors.js';

/** Parses input with a zod schema; on failure throws an InputError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : 'input',
    message: issue.message,
  }));
  throw new InputError(fieldErrors);
}
