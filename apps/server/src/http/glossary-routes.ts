import { exportTermsCsv, findGlossariesByIds, planTermImport, startTermImport } from '@steward/core';
import type { Database } from '@steward/db';
import { AuthenticationError, NotFoundError } from '@steward/domain';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { actorForRequest } from './actor-for-request.js';
import type { AppEnv } from './env.js';

/** Verdict rows returned beyond the rows with problems (all of which are returned). */
const MAX_CLEAN_ROWS = 1000;

/**
 * Glossary files: a dry run (verdict per row and column, nothing written), the import itself
 * (a background job, all or nothing) and the export. CSV bodies up to 50 MB.
 */
export function glossaryRoutes(db: Database, config: Config, jobs: JobRunner | undefined) {
  const csvBody = bodyLimit({
    maxSize: 50 * 1024 * 1024,
    onError: (c) =>
      c.json({ error: { code: 'BAD_USER_INPUT', field: 'csv', message: 'The file is larger than 50 MB.' } }, 413),
  });
  const glossaryOf = async (c: Context<AppEnv>) => {
    const id = c.req.param('glossaryId') ?? '';
    const [glossary] = /^[0-9a-f-]{36}$/i.test(id) ? await findGlossariesByIds(db, [id]) : [undefined];
    if (!glossary) throw new NotFoundError('Glossary', id, { field: 'glossaryId' });
    return glossary;
  };

  return new Hono<AppEnv>()
    .post('/:glossaryId/import/dry-run', csvBody, async (c) => {
      const actor = await actorForRequest(c, db, config);
      if (!actor) throw new AuthenticationError('Sign in to import.');
      const glossary = await glossaryOf(c);
      const plan = await planTermImport(db, glossary.id, await c.req.text());
      const problemRows = plan.rows.filter((row) => row.action === 'error');
      const cleanRows = plan.rows.filter((row) => row.action !== 'error').slice(0, MAX_CLEAN_ROWS);
      return c.json({
        valid: plan.valid,
        fileProblems: plan.fileProblems,
        counts: plan.counts,
        rows: [...problemRows, ...cleanRows].sort((a, b) => a.row - b.row),
        truncated: problemRows.length + cleanRows.length < plan.rows.length,
      });
    })
    .post('/:glossaryId/import', csvBody, async (c) => {
      const actor = await actorForRequest(c, db, config);
      if (!actor) throw new AuthenticationError('Sign in to import.');
      const glossary = await glossaryOf(c);
      const { job, counts } = await startTermImport(db, actor, {
        glossaryId: glossary.id,
        csv: await c.req.text(),
        fileName: c.req.query('fileName') ?? null,
      });
      jobs?.wake();
      return c.json({ jobId: job.id, counts, progressToken: jobs?.progressToken(job.id) ?? null }, 202);
    })
    .get('/:glossaryId/export.csv', async (c) => {
      const actor = await actorForRequest(c, db, config);
      if (!actor) throw new AuthenticationError('Sign in to export.');
      const glossary = await glossaryOf(c);
      const csv = await exportTermsCsv(db, actor, glossary.id);
      const fileName = `${glossary.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').toLowerCase() || 'glossary'}.csv`;
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
      });
    });
}
