import { graphql } from '../../gql';

export const MetricListFieldsFragment = graphql(`
  fragment MetricListFields on Metric {
    canRecord
    measuredPerDomain
    id
    version
    name
    description
    builtIn
    unit
    area
    direction
    frequency
    target
    baseline
    active
    rag
    owner {
      id
      name
    }
    latest {
      asOf
      value
    }
  }
`);

/** Every metric with its latest value and the values of the sparkline window. */
export const MetricsQuery = graphql(`
  query Metrics($since: String!, $includeInactive: Boolean) {
    metrics(includeInactive: $includeInactive) {
      ...MetricListFields
      values(since: $since) {
        asOf
        value
      }
    }
  }
`);

/** One metric with its definition, its linked work and its history (for the organisation or one domain). */
export const MetricQuery = graphql(`
  query Metric($id: ID!, $since: String, $domainId: ID) {
    metric(id: $id) {
      ...MetricListFields
      stepNumber
      program {
        id
        name
      }
      actionLinks {
        type
        id
        label
        href
        exists
      }
      domainLatest: latest(domainId: $domainId) {
        asOf
        value
      }
      values(since: $since, domainId: $domainId) {
        asOf
        value
        note
        source
      }
    }
  }
`);

/** Programs and their steps, for naming the step a metric serves. */
export const MetricProgramsQuery = graphql(`
  query MetricPrograms {
    programs {
      id
      name
      status
      steps {
        number
        step {
          name
        }
      }
    }
  }
`);

export const DefineMetricMutation = graphql(`
  mutation DefineMetric($input: DefineMetricInput!) {
    defineMetric(input: $input) {
      __typename
      ... on DefineMetricSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateMetricMutation = graphql(`
  mutation UpdateMetric($input: UpdateMetricInput!) {
    updateMetric(input: $input) {
      __typename
      ... on UpdateMetricSuccess {
        data {
          ...MetricListFields
          actionLinks {
            type
            id
            label
            href
            exists
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const RecordMetricValueMutation = graphql(`
  mutation RecordMetricValue($input: RecordMetricValueInput!) {
    recordMetricValue(input: $input) {
      __typename
      ... on RecordMetricValueSuccess {
        data {
          id
          rag
          latest {
            asOf
            value
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const TakeMetricSnapshotMutation = graphql(`
  mutation TakeMetricSnapshot {
    takeMetricSnapshot {
      __typename
      ... on TakeMetricSnapshotSuccess {
        data {
          asOf
          values
        }
      }
      ...ErrorFields
    }
  }
`);
