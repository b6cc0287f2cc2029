import { programs, type Queryable, stepComments } from '@steward/db';
import {
  addStepCommentInputSchema,
  deleteStepCommentInputSchema,
  NotAllowedError,
  NotFoundError,
  type StepComment,
} from '@steward/domain';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';

type CommentRow = typeof stepComments.$inferSelect;
const toComment = ({ createdBy: _createdBy, ...row }: CommentRow): StepComment => row;

/** Anyone signed in as a person may comment on a step: questions, hand-overs, decisions in passing. */
export const addStepComment = defineUseCase({
  action: 'program.step.comment',
  input: addStepCommentInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, input): Promise<StepComment> {
    if (!actor.personId && actor.kind !== 'system')
      throw new NotAllowedError('Your account is not linked to a person; ask an admin to link it to comment.');
    const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
    if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    const [row] = await tx
      .insert(stepComments)
      .values({ ...input, authorPersonId: actor.personId, createdAt: now, createdBy: actor.accountId })
      .returning();
    const comment = toComment(row!);
    await audit({ entityType: 'StepComment', entityId: comment.id, after: comment, relatedIds: [comment.programId] });
    return comment;
  },
});

/** Its author (or an admin) may take a comment back. */
export const deleteStepComment = defineUseCase({
  action: 'program.step.uncomment',
  input: deleteStepCommentInputSchema,
  permission: null,
  async run({ tx, actor, audit }, { id }): Promise<StepComment> {
    const [current] = await tx.select().from(stepComments).where(eq(stepComments.id, id)).for('update');
    if (!current) throw new NotFoundError('StepComment', id, { field: 'id' });
    const own = actor.personId !== null && current.authorPersonId === actor.personId;
    if (!own && actor.role !== 'admin') throw new NotAllowedError('Only its author or an admin may delete a comment.');
    await tx.delete(stepComments).where(eq(stepComments.id, id));
    const comment = toComment(current);
    await audit({ entityType: 'StepComment', entityId: id, before: comment, relatedIds: [comment.programId] });
    return comment;
  },
});

/** The comments on a step, oldest first. */
export async function commentsOfStep(db: Queryable, programId: string, stepNumber: number): Promise<StepComment[]> {
  const rows = await db
    .select()
    .from(stepComments)
    .where(and(eq(stepComments.programId, programId), eq(stepComments.stepNumber, stepNumber)))
    .orderBy(asc(stepComments.createdAt), asc(stepComments.id));
  return rows.map(toComment);
}
