import type { MiddlewareHandler } from 'hono';
import type { Config } from '../config.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes: a request from another origin is refused, and
 * a write must be JSON (a cross-site form can only send "simple" content types, and JSON from
 * another origin needs a CORS preflight that Steward never grants). With SameSite=Lax cookies
 * this closes the classic form-post attack. Bearer-token requests carry no ambient credential.
 */
export function csrfProtection(config: Config): MiddlewareHandler {
  const allowedOrigins = new Set(config.publicUrl ? [new URL(config.publicUrl).origin] : []);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')) return next();
    const origin = c.req.header('origin');
    if (origin) {
      const own = new URL(c.req.url).origin;
      if (origin !== own && !allowedOrigins.has(origin)) {
        return c.json({ error: { code: 'FORBIDDEN', message: 'Cross-origin requests are not allowed.' } }, 403);
      }
    }
    const contentType = c.req.header('content-type') ?? '';
    // A file upload (CSV) is not JSON; it is accepted only with a same-origin Origin header,
    // which browsers always send on a cross-site POST and never let a page forge.
    if (origin && /^text\/(csv|plain)\b/i.test(contentType)) return next();
    if (!/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
      return c.json({ error: { code: 'BAD_REQUEST', message: 'Send writes as application/json.' } }, 415);
    }
    return next();
  };
}
