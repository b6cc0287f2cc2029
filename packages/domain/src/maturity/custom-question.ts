import { z } from 'zod';
import { optionalTextSchema } from '../shared/schemas.js';
import { type MaturityCategoryKey, maturityCategoryKeys } from './model-types.js';

/**
 * Questions a program adds to the catalogue's 44. They share the catalogue's key space so answers,
 * consensus and scores treat both alike: catalogue questions are `Q<category>.<n>` (`Q5.1`), a
 * program's own are `Q<category>.C<n>` (`Q5.C1`), numbered by the program in the order added.
 */

const questionKeyPattern = /^Q(1[01]|[1-9])\.(C?)([1-9]\d?)$/;

/** A question key of either kind; the category number is 1–11. */
export const questionKeySchema = z
  .string({ error: 'is required' })
  .trim()
  .regex(questionKeyPattern, { error: 'must be a question key such as Q5.1 or Q5.C1' });

/** The key of a program's n-th own question in a category (n from 1): `Q5.C1`. */
export function customQuestionKey(category: MaturityCategoryKey, n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`custom question number ${n} is not 1–99`);
  return `Q${maturityCategoryKeys.indexOf(category) + 1}.C${n}`;
}

/** Whether a key names a program's own question rather than a catalogue one. */
export function isCustomQuestionKey(key: string): boolean {
  return questionKeyPattern.exec(key)?.[2] === 'C';
}

/** The category a question key belongs to, read from its number; undefined for a malformed key. */
export function findCategoryOfQuestionKey(key: string): MaturityCategoryKey | undefined {
  const match = questionKeyPattern.exec(key);
  return match ? maturityCategoryKeys[Number(match[1]) - 1] : undefined;
}

const questionTextSchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(500, { error: 'must be at most 500 characters' });

/** A question a program adds to a category, with what levels 1, 3 and 5 look like if it says. */
export const customQuestionSchema = z.object({
  category: z.enum(maturityCategoryKeys, { error: `must be one of ${maturityCategoryKeys.join(', ')}` }),
  text: questionTextSchema,
  level1: optionalTextSchema(1000),
  level3: optionalTextSchema(1000),
  level5: optionalTextSchema(1000),
});
export type CustomQuestionInput = z.input<typeof customQuestionSchema>;
export type CustomQuestion = z.output<typeof customQuestionSchema>;
