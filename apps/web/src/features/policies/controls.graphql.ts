import { graphql } from '../../gql';

/** A control as the policy page shows it: how it stands, its evidence, what it checks (settings), its attestations. */
export const PolicyControlFieldsFragment = graphql(`
  fragment PolicyControlFields on PolicyControl {
    id
    name
    description
    kind
    frequency
    owner {
      id
      name
    }
    state
    summary
    evidence {
      label
      ok
      href
    }
    evaluatedAt
    ticketKey
    exceptionUntil
    exceptionReason
    version
    active
    settings {
      ruleIds
      rules {
        type
        id
        label
        href
        exists
      }
      requireSteward
      requireMaskingNote
      keepDays
      action
      timestampColumn
      assets {
        type
        id
        label
        href
        exists
      }
    }
    attestations {
      id
      outcome
      statement
      evidenceUrl
      attestedAt
      person {
        id
        name
      }
    }
  }
`);

export const CreateControlMutation = graphql(`
  mutation CreateControl($input: CreateControlInput!) {
    createControl(input: $input) {
      __typename
      ... on CreateControlSuccess {
        data {
          id
          compliance {
            passing
            evaluated
            share
          }
          controls {
            ...PolicyControlFields
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const EvaluateControlMutation = graphql(`
  mutation EvaluateControl($controlId: ID!) {
    evaluateControl(controlId: $controlId) {
      __typename
      ... on EvaluateControlSuccess {
        data {
          state
          summary
        }
      }
      ...ErrorFields
    }
  }
`);

export const AttestControlMutation = graphql(`
  mutation AttestControl($controlId: ID!, $outcome: String!, $statement: String!, $evidenceUrl: String) {
    attestControl(controlId: $controlId, outcome: $outcome, statement: $statement, evidenceUrl: $evidenceUrl) {
      __typename
      ... on AttestControlSuccess {
        data
      }
      ...ErrorFields
    }
  }
`);

export const GrantPolicyExceptionMutation = graphql(`
  mutation GrantPolicyException($controlId: ID!, $reason: String!, $expiresOn: String!) {
    grantPolicyException(controlId: $controlId, reason: $reason, expiresOn: $expiresOn) {
      __typename
      ... on GrantPolicyExceptionSuccess {
        data
      }
      ...ErrorFields
    }
  }
`);

export const UpdateControlMutation = graphql(`
  mutation UpdateControl(
    $id: ID!
    $version: Int!
    $name: String
    $description: String
    $ownerPersonId: ID
    $frequency: ControlFrequency
    $params: ControlParamsInput
    $active: Boolean
  ) {
    updateControl(
      id: $id
      version: $version
      name: $name
      description: $description
      ownerPersonId: $ownerPersonId
      frequency: $frequency
      params: $params
      active: $active
    ) {
      __typename
      ... on UpdateControlSuccess {
        data {
          id
          version
          compliance {
            passing
            evaluated
            share
          }
          controls {
            ...PolicyControlFields
          }
        }
      }
      ...ErrorFields
    }
  }
`);
