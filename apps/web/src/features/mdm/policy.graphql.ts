import { graphql } from '../../gql';

export const PolicyVersionFieldsFragment = graphql(`
  fragment PolicyVersionFields on PolicyVersion {
    id
    version
    number
    status
    note
    submittedAt
    decidedAt
    decisionComment
    activatedAt
    retiredAt
    availableActions
    submittedBy {
      id
      name
    }
    decidedBy {
      id
      name
    }
    policy {
      scoring
      priorMatchRate
      autoMergeThreshold
      reviewThreshold
      maxClusterSize
      attributes {
        name
        label
        standardise
      }
      blocking {
        keys {
          attribute
          transform
        }
      }
      comparisons {
        attribute
        comparator
        unit
        levels {
          label
          minSimilarity
          maxDifference
          m
          u
          weight
        }
        otherwise {
          label
          m
          u
          weight
        }
      }
      survivorship {
        attribute
        rules
      }
      sources {
        name
        priority
        maxTrust
        minTrust
        decayDays
      }
    }
  }
`);

export const PolicyVersionQuery = graphql(`
  query PolicyVersion($id: ID!) {
    policyVersion(id: $id) {
      ...PolicyVersionFields
      mdmDomain {
        id
        name
        attributes {
          name
          label
        }
        sources {
          name
        }
        policyVersions {
          id
          number
          status
        }
      }
    }
  }
`);

export const PolicyChangesQuery = graphql(`
  query PolicyChanges($beforeId: ID!, $afterId: ID!) {
    policyChanges(beforeId: $beforeId, afterId: $afterId) {
      __typename
      ... on PolicyChangesSuccess {
        data {
          section
          item
          kind
          before
          after
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdatePolicyDraftMutation = graphql(`
  mutation UpdatePolicyDraft($input: UpdatePolicyDraftInput!) {
    updatePolicyDraft(input: $input) {
      __typename
      ... on UpdatePolicyDraftSuccess {
        data {
          ...PolicyVersionFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const TransitionPolicyMutation = graphql(`
  mutation TransitionPolicy($input: TransitionPolicyInput!) {
    transitionPolicy(input: $input) {
      __typename
      ... on TransitionPolicySuccess {
        data {
          ...PolicyVersionFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const CreatePolicyVersionMutation = graphql(`
  mutation CreatePolicyVersion($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      __typename
      ... on CreatePolicyVersionSuccess {
        data {
          id
          number
        }
      }
      ...ErrorFields
    }
  }
`);
