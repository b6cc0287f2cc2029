import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String, $filter: AuditFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actorLabel
        action
        entityType
        entityId
        before
        after
      }
    }
  }
`);

/** Names for the ids an audit event refers to; each is asked once and then cached. */
export const AuditPersonNameQuery = graphql(`
  query AuditPersonName($id: ID!) {
    person(id: $id) {
      id
      name
    }
  }
`);

export const AuditDomainNameQuery = graphql(`
  query AuditDomainName($id: ID!) {
    domain(id: $id) {
      id
      name
    }
  }
`);

export const AuditCouncilNameQuery = graphql(`
  query AuditCouncilName($id: ID!) {
    council(id: $id) {
      id
      name
    }
  }
`);

export const AuditOrgUnitNameQuery = graphql(`
  query AuditOrgUnitName($id: ID!) {
    orgUnit(id: $id) {
      id
      name
    }
  }
`);

export const AuditTermNameQuery = graphql(`
  query AuditTermName($id: ID!) {
    glossaryTerm(id: $id) {
      id
      name
    }
  }
`);

export const AuditGlossaryNameQuery = graphql(`
  query AuditGlossaryName($id: ID!) {
    glossary(id: $id) {
      id
      name
    }
  }
`);

/** Batches have no lookup by id: the latest 100 are read once and a batch found among them. */
export const AuditBatchesQuery = graphql(`
  query AuditBatches {
    proposalBatches {
      id
      title
    }
  }
`);
