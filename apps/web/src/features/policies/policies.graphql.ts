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
        active
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
    changes {
      field
      before
      after
      added {
        type
        id
        label
        href
        exists
      }
      removed {
        type
        id
        label
        href
        exists
      }
      addedValues
      removedValues
    }
  }
`);

/** An exception granted to one of the policy's controls, in force or expired. */
export const PolicyExceptionFieldsFragment = graphql(`
  fragment PolicyExceptionFields on PolicyException {
    id
    controlId
    controlName
    reason
    approvedBy {
      id
      name
    }
    grantedAt
    expiresOn
    inForce
  }
`);

/** One policy with every version, its controls and their latest evidence. */
export const GovernancePolicyQuery = graphql(`
  query GovernancePolicy($id: ID!) {
    policy(id: $id) {
      ...GovernancePolicyListFields
      version
      versions {
        ...GovernancePolicyVersionFields
      }
      controls {
        ...PolicyControlFields
      }
      exceptions {
        ...PolicyExceptionFields
      }
      complianceHistory(days: 90) {
        day
        share
        passing
        evaluated
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

export const UpdatePolicyDetailsMutation = graphql(`
  mutation UpdatePolicyDetails(
    $id: ID!
    $version: Int!
    $title: String
    $kind: PolicyKind
    $ownerPersonId: ID
    $approverPersonId: ID
  ) {
    updatePolicyDetails(
      id: $id
      version: $version
      title: $title
      kind: $kind
      ownerPersonId: $ownerPersonId
      approverPersonId: $approverPersonId
    ) {
      __typename
      ... on UpdatePolicyDetailsSuccess {
        data {
          ...GovernancePolicyListFields
          version
        }
      }
      ...ErrorFields
    }
  }
`);
