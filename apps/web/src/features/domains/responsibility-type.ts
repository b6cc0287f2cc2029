import type { DomainTreeQuery } from '../../gql/graphql';

/**
 * A role as it applies to a domain (held or inherited). Selected inline, not as a fragment:
 * the server's cost limit counts fragment spreads in lists far above the same fields inline.
 */
export type DomainResponsibility = DomainTreeQuery['domains']['nodes'][number]['responsibilities'][number];
