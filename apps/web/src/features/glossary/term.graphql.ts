import { graphql } from '../../gql';

/** Everything a proposal or revision says about a term, with the records it names. */
export const TermContentFieldsFragment = graphql(`
  fragment TermContentFields on TermContent {
    name
    definition
    abbreviation
    synonyms
    examples
    validValues
    businessRules
    classification
    criticalDataElement
    tags
    externalReferences {
      label
      url
    }
    parent {
      id
      name
    }
    domain {
      id
      name
    }
    owner {
      id
      name
      title
    }
    steward {
      id
      name
      title
    }
    reviewers {
      id
      name
      title
    }
    relations {
      type
      direction
      term {
        id
        name
      }
    }
  }
`);

export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on TermProposal {
    id
    kind
    status
    reason
    version
    baseRevision
    createdAt
    submittedAt
    decidedAt
    decidedByLabel
    decisionComment
    canDecide
    authorLabel
    author {
      id
      name
    }
    replacedBy {
      id
      name
    }
    changes {
      field
      before
      after
      added
      removed
    }
    content {
      ...TermContentFields
    }
  }
`);

/** The records a live term names, to give names to the ids of a change's "before" side. */
export const LiveTermRefsFragment = graphql(`
  fragment LiveTermRefs on GlossaryTerm {
    id
    name
    status
    version
    parent {
      id
      name
    }
    domain {
      id
      name
    }
    owner {
      id
      name
    }
    steward {
      id
      name
    }
    reviewers {
      id
      name
    }
    relations {
      type
      direction
      term {
        id
        name
      }
    }
  }
`);

export const TermQuery = graphql(`
  query Term($id: ID!) {
    glossaryTerm(id: $id) {
      ...LiveTermRefs
      policies {
        key
        title
        policy {
          id
        }
      }
      abbreviation
      definition
      synonyms
      examples
      validValues
      businessRules
      classification
      criticalDataElement
      tags
      approvedRevision
      childCount
      updatedAt
      externalReferences {
        label
        url
      }
      owner {
        id
        name
        title
      }
      steward {
        id
        name
        title
      }
      reviewers {
        id
        name
        title
      }
      parent {
        id
        name
        status
      }
      relations {
        type
        direction
        term {
          id
          name
          status
        }
      }
      replacedBy {
        id
        name
        status
      }
      glossary {
        id
        name
        reviewerEditsNeedSecondReviewer
        reviewers {
          id
          name
          title
        }
      }
      effectiveReviewers {
        id
        name
        title
      }
      openProposal {
        ...ProposalFields
      }
      revisions {
        id
        revision
        status
        reason
        authorLabel
        approvedByLabel
        selfApproved
        createdAt
      }
    }
  }
`);

export const NarrowerTermsQuery = graphql(`
  query NarrowerTerms($parentId: ID!, $first: Int, $after: String) {
    glossaryTerms(filter: { parentId: $parentId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
      }
    }
  }
`);

export const TermRevisionDiffQuery = graphql(`
  query TermRevisionDiff($termId: ID!, $from: Int!, $to: Int!) {
    termRevisionDiff(termId: $termId, from: $from, to: $to) {
      field
      before
      after
      added
      removed
    }
  }
`);
