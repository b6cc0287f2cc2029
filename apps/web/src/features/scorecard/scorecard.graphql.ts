import { graphql } from '../../gql';

/** The executive scorecard: maturity, headline metrics, the program's progress and the top risks. */
export const ScorecardQuery = graphql(`
  query Scorecard($domainId: ID) {
    scorecard(domainId: $domainId) {
      assessment {
        id
        name
        closedAt
      }
      previousAssessment {
        id
        name
      }
      categories {
        category
        name
        current
        target
        previous
      }
      overall {
        current
        target
        gap
        previous
      }
      kpis {
        metric {
          id
          name
          unit
          direction
          target
          owner {
            id
            name
          }
        }
        latest {
          asOf
          value
        }
        trend {
          asOf
          value
        }
        rag
        delta
        improving
        work {
          kind
          label
          href
        }
      }
      program {
        name
        done
        total
        program {
          id
          steps {
            number
          }
        }
        current {
          number
          name
        }
      }
      risks {
        kind
        label
        href
        owner {
          id
          name
        }
      }
      policies {
        policyId
        key
        title
        passing
        evaluated
        share
      }
    }
  }
`);

export const ScorecardPublicationFieldsFragment = graphql(`
  fragment ScorecardPublicationFields on ScorecardPublication {
    id
    title
    note
    publishedAt
    publishedBy {
      id
      name
    }
    acknowledgedByMe
    canAcknowledge
    acknowledgements {
      at
      person {
        id
        name
      }
    }
  }
`);

export const ScorecardPublicationsQuery = graphql(`
  query ScorecardPublications {
    scorecardPublications {
      ...ScorecardPublicationFields
    }
  }
`);

export const PublishScorecardMutation = graphql(`
  mutation PublishScorecard($input: PublishScorecardInput!) {
    publishScorecard(input: $input) {
      __typename
      ... on PublishScorecardSuccess {
        data {
          ...ScorecardPublicationFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const AcknowledgeScorecardMutation = graphql(`
  mutation AcknowledgeScorecard($id: ID!) {
    acknowledgeScorecard(id: $id) {
      __typename
      ... on AcknowledgeScorecardSuccess {
        data {
          ...ScorecardPublicationFields
        }
      }
      ...ErrorFields
    }
  }
`);
