import { graphql } from '../../gql';

export const QualityRuleFieldsFragment = graphql(`
  fragment QualityRuleFields on QualityRule {
    id
    version
    name
    description
    kind
    dimension
    severity
    threshold
    everyMinutes
    enabled
    lastRunAt
    acceptedValues
    minimum
    maximum
    pattern
    maxAgeMinutes
    sql
    field {
      id
      name
    }
    ticket {
      id
      key
      status
    }
    results {
      id
      outcome
      checkedRows
      failingRows
      passRatio
      observed
      error
      runAt
      samples {
        value
        count
      }
    }
  }
`);

export const AssetQualityQuery = graphql(`
  query AssetQuality($id: ID!) {
    dataAsset(id: $id) {
      id
      qualityRules {
        ...QualityRuleFields
      }
    }
  }
`);

export const CreateQualityRuleMutation = graphql(`
  mutation CreateQualityRule($input: CreateQualityRuleInput!) {
    createQualityRule(input: $input) {
      __typename
      ... on CreateQualityRuleSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateQualityRuleMutation = graphql(`
  mutation UpdateQualityRule($input: UpdateQualityRuleInput!) {
    updateQualityRule(input: $input) {
      __typename
      ... on UpdateQualityRuleSuccess {
        data {
          id
          enabled
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const RunQualityRulesMutation = graphql(`
  mutation RunQualityRules($input: RunQualityRulesInput!) {
    runQualityRules(input: $input) {
      __typename
      ... on RunQualityRulesSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const QualityJobQuery = graphql(`
  query QualityJob($id: ID!) {
    job(id: $id) {
      id
      status
      result
      error
    }
  }
`);
