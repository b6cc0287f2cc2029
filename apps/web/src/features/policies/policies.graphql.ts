import { graphql } from '../../gql';

/** What the library shows of each policy: its people, where its versions stand and its compliance. */
export const GovernancePolicyListFieldsFragment = graphql(`
  fragment GovernancePolicyListFields on GovernancePolicy {
    id
    key
    title
    kind
    owner {
      id
      name
    }
    approver {
      id
      name
    }
    compliance {
      passing
      evaluated
      share
    }
  }
`);

export const GovernancePoliciesQuery = graphql(`
  query GovernancePolicies {
    policies {
      ...GovernancePolicyListFields
      versions {
        id
        number
        status
        driver
      }
      controls {
        id
        state
        exceptionUntil
      }
    }
  }
`);

export const GovernancePolicyVersionFieldsFragment = graphql(`
  fragment GovernancePolicyVersionFields on GovernancePolicyVersion {
    id
    version
    number
    status
    statement
    driver
    scope {
      domains {
        type
        id
        label
        href
        exists
      }
      classifications
      assets {
        type
        id
        label
        href
        exists
      }
    }
    changeNote
    decidedBy {
      id
      name
    }
    decidedAt
    decisionComment
    updatedAt
    actions
  }
`);

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
  }
`);

/** One policy with every version, its controls and their latest evidence. */
export const GovernancePolicyQuery = graphql(`
  query GovernancePolicy($id: ID!) {
    policy(id: $id) {
      ...GovernancePolicyListFields
      versions {
        ...GovernancePolicyVersionFields
      }
      controls {
        ...PolicyControlFields
      }
    }
  }
`);

export const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      __typename
      ... on CreatePolicySuccess {
        data {
          id
          key
          title
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateGovernancePolicyDraftMutation = graphql(`
  mutation UpdateGovernancePolicyDraft($id: ID!, $version: Int!, $content: PolicyContentInput!, $changeNote: String) {
    updateGovernancePolicyDraft(id: $id, version: $version, content: $content, changeNote: $changeNote) {
      __typename
      ... on UpdateGovernancePolicyDraftSuccess {
        data {
          ...GovernancePolicyVersionFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const TransitionPolicyVersionMutation = graphql(`
  mutation TransitionPolicyVersion($id: ID!, $version: Int!, $action: PolicyVersionAction!, $comment: String) {
    transitionPolicyVersion(id: $id, version: $version, action: $action, comment: $comment) {
      __typename
      ... on TransitionPolicyVersionSuccess {
        data {
          ...GovernancePolicyVersionFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const NewPolicyVersionMutation = graphql(`
  mutation NewPolicyVersion($policyId: ID!) {
    newPolicyVersion(policyId: $policyId) {
      __typename
      ... on NewPolicyVersionSuccess {
        data {
          ...GovernancePolicyVersionFields
        }
      }
      ...ErrorFields
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
