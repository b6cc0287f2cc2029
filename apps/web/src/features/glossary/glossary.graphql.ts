import { graphql } from '../../gql';

/** Glossaries, their owners and reviewers, and the self-approval setting. */
export const GlossariesQuery = graphql(`
  query Glossaries {
    glossaries {
      id
      name
      description
      version
      reviewerEditsNeedSecondReviewer
      owners {
        id
        name
        title
      }
      reviewers {
        id
        name
        title
      }
    }
  }
`);

export const TermTreeNodeFragment = graphql(`
  fragment TermTreeNode on GlossaryTerm {
    id
    name
    abbreviation
    status
    criticalDataElement
    childCount
    openProposal {
      id
      status
      kind
    }
  }
`);

/** One level of the term tree: the top of a glossary, or a term's narrower terms. */
export const TermLevelQuery = graphql(`
  query TermLevel($filter: TermListFilter, $first: Int, $after: String) {
    glossaryTerms(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TermTreeNode
      }
    }
  }
`);

/** A term as the browser's side panel shows it. */
export const TermPreviewQuery = graphql(`
  query TermPreview($id: ID!) {
    glossaryTerm(id: $id) {
      id
      name
      abbreviation
      definition
      synonyms
      status
      criticalDataElement
      childCount
      domain {
        id
        name
      }
      steward {
        id
        name
      }
      parent {
        id
        name
      }
      openProposal {
        id
        status
        kind
        authorLabel
        author {
          id
          name
        }
      }
    }
  }
`);

export const SuggestTermsQuery = graphql(`
  query SuggestTerms($query: String!, $glossaryId: ID, $limit: Int) {
    suggestTerms(query: $query, glossaryId: $glossaryId, limit: $limit) {
      matchedSynonym
      term {
        id
        name
        abbreviation
        status
        glossary {
          id
          name
        }
      }
    }
  }
`);

export const SearchTermsQuery = graphql(`
  query SearchTerms($query: String, $filter: TermSearchFilter, $first: Int, $after: String) {
    searchTerms(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        score
        matchedSynonym
        term {
          id
          name
          abbreviation
          definition
          synonyms
          status
          criticalDataElement
          glossary {
            id
            name
          }
          domain {
            id
            name
          }
          steward {
            id
            name
          }
        }
      }
      facets {
        glossary {
          value
          count
        }
        domain {
          value
          count
        }
        steward {
          value
          count
        }
        status {
          value
          count
        }
        classification {
          value
          count
        }
        criticalDataElement {
          value
          count
        }
      }
    }
  }
`);

export const CreateGlossaryMutation = graphql(`
  mutation CreateGlossary($input: CreateGlossaryInput!) {
    createGlossary(input: $input) {
      __typename
      ... on CreateGlossarySuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateGlossaryMutation = graphql(`
  mutation UpdateGlossary($input: UpdateGlossaryInput!) {
    updateGlossary(input: $input) {
      __typename
      ... on UpdateGlossarySuccess {
        data {
          id
          name
          description
          version
          reviewerEditsNeedSecondReviewer
        }
      }
      ...ErrorFields
    }
  }
`);
