import { graphql } from '../../gql';

/** An import batch as the review inbox shows it: what, by whom, when, and where its proposals stand. */
export const BatchFieldsFragment = graphql(`
  fragment BatchFields on ProposalBatch {
    id
    title
    source
    authorLabel
    createdAt
    glossary {
      id
      name
    }
    counts {
      pending
      approved
      rejected
      withdrawn
      draft
    }
  }
`);

/** Import batches, newest first (the server keeps the latest 100). */
export const ProposalBatchesQuery = graphql(`
  query ProposalBatches($glossaryId: ID) {
    proposalBatches(glossaryId: $glossaryId) {
      ...BatchFields
    }
  }
`);

/**
 * How many proposals of a batch match a filter: those the viewer may decide (the server's review
 * rules, `reviewableByMe`), or the viewer's own (`mine`).
 */
export const BatchProposalCountQuery = graphql(`
  query BatchProposalCount($filter: ProposalFilter!) {
    termProposals(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

export const TermProposalsQuery = graphql(`
  query TermProposals($filter: ProposalFilter, $first: Int, $after: String) {
    termProposals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProposalFields
        glossary {
          id
          name
        }
        term {
          ...LiveTermRefs
        }
        batch {
          ...BatchFields
        }
      }
    }
  }
`);

/**
 * What every proposal mutation returns: enough to say what happened. No people here: a person in
 * a mutation result makes every query that shows people (the signed-in viewer too) refetch.
 */
export const ProposalOutcomeFieldsFragment = graphql(`
  fragment ProposalOutcomeFields on ProposalOutcome {
    term {
      id
      name
      status
      version
      approvedRevision
      openProposal {
        id
        status
      }
    }
    proposal {
      id
      kind
      status
      version
    }
  }
`);

export const ProposeTermMutation = graphql(`
  mutation ProposeTerm($input: ProposeTermInput!) {
    proposeTerm(input: $input) {
      __typename
      ... on ProposeTermSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const ProposeTermChangeMutation = graphql(`
  mutation ProposeTermChange($input: ProposeTermChangeInput!) {
    proposeTermChange(input: $input) {
      __typename
      ... on ProposeTermChangeSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const ReviseProposalMutation = graphql(`
  mutation ReviseProposal($input: ReviseProposalInput!) {
    reviseProposal(input: $input) {
      __typename
      ... on ReviseProposalSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const ProposeDeprecationMutation = graphql(`
  mutation ProposeDeprecation($input: ProposeDeprecationInput!) {
    proposeDeprecation(input: $input) {
      __typename
      ... on ProposeDeprecationSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const ProposeReinstatementMutation = graphql(`
  mutation ProposeReinstatement($input: ProposeReinstatementInput!) {
    proposeReinstatement(input: $input) {
      __typename
      ... on ProposeReinstatementSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: ProposalIdInput!) {
    submitProposal(input: $input) {
      __typename
      ... on SubmitProposalSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: ProposalIdInput!) {
    withdrawProposal(input: $input) {
      __typename
      ... on WithdrawProposalSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const DecideProposalMutation = graphql(`
  mutation DecideProposal($input: DecideProposalInput!) {
    decideProposal(input: $input) {
      __typename
      ... on DecideProposalSuccess {
        data {
          ...ProposalOutcomeFields
        }
      }
      ...ErrorFields
    }
  }
`);

/** Who decides a term's changes, as the server works it out. */
export const TermReviewersQuery = graphql(`
  query TermReviewers($id: ID!) {
    glossaryTerm(id: $id) {
      id
      effectiveReviewers {
        id
        name
      }
    }
  }
`);

/** Approves or rejects every pending proposal of an import batch at once. */
export const DecideBatchMutation = graphql(`
  mutation DecideBatch($input: DecideBatchInput!) {
    decideBatch(input: $input) {
      __typename
      ... on DecideBatchSuccess {
        data {
          decided
          batch {
            ...BatchFields
          }
        }
      }
      ...ErrorFields
    }
  }
`);
