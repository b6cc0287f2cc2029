import { graphql } from '../../gql';

export const MdmHomeQuery = graphql(`
  query MdmHome {
    mdmDomains {
      id
      name
      description
      hubStyle
      workflow
      attributes {
        name
      }
      sources {
        name
      }
      domain {
        id
        name
      }
      activePolicy {
        id
        number
      }
      policyVersions {
        id
        number
        status
      }
      simulations {
        id
        status
        createdAt
        summary {
          records
          multiRecordClusters
          reviewTasks
        }
      }
    }
    hubStyles {
      style
      title
      explanation
    }
    matchWorkflows {
      workflow
      explanation
    }
  }
`);

export const MdmDomainQuery = graphql(`
  query MdmDomain($id: ID!) {
    mdmDomain(id: $id) {
      id
      version
      name
      description
      hubStyle
      workflow
      businessDriver
      domain {
        id
        name
      }
      approvers {
        id
        name
      }
      attributes {
        name
        label
        critical
        sensitive
        term {
          id
          name
        }
      }
      sources {
        name
        priority
        trust
        catalogSource {
          id
          name
        }
      }
      relations {
        kind
        to {
          id
          name
        }
      }
      policyVersions {
        version
        id
        number
        status
        note
        createdAt
        submittedAt
        decidedAt
        activatedAt
        decidedBy {
          id
          name
        }
      }
      labels {
        total
        matches
      }
      samples {
        id
        name
        fileName
        recordCount
        columns
        idColumn
        truthColumn
        sourceColumn
        createdAt
      }
      simulations {
        id
        status
        link
        createdAt
        finishedAt
        error
        policyVersion {
          id
          number
        }
        sample {
          id
          name
        }
        summary {
          records
          candidatePairs
          autoMergePairs
          reviewTasks
          multiRecordClusters
          totalMs
          evaluation {
            pairwise {
              precision
              recall
              f1
            }
          }
        }
      }
    }
    hubStyles {
      style
      title
      explanation
    }
    matchWorkflows {
      workflow
      explanation
    }
  }
`);

export const MdmOtherDomainsQuery = graphql(`
  query MdmOtherDomains {
    mdmDomains {
      id
      name
    }
  }
`);

export const CreateMdmDomainMutation = graphql(`
  mutation CreateMdmDomain($input: CreateMdmDomainInput!) {
    createMdmDomain(input: $input) {
      __typename
      ... on CreateMdmDomainSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateMdmDomainMutation = graphql(`
  mutation UpdateMdmDomain($input: UpdateMdmDomainInput!) {
    updateMdmDomain(input: $input) {
      __typename
      ... on UpdateMdmDomainSuccess {
        data {
          id
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const StartPolicyVersionMutation = graphql(`
  mutation StartPolicyVersion($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      __typename
      ... on CreatePolicyVersionSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UploadMdmSampleMutation = graphql(`
  mutation UploadMdmSample($input: UploadMdmSampleInput!) {
    uploadMdmSample(input: $input) {
      __typename
      ... on UploadMdmSampleSuccess {
        data {
          id
          recordCount
        }
      }
      ...ErrorFields
    }
  }
`);

export const StartMdmSimulationMutation = graphql(`
  mutation StartMdmSimulation($input: StartMdmSimulationInput!) {
    startMdmSimulation(input: $input) {
      __typename
      ... on StartMdmSimulationSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const MdmSimulationQuery = graphql(`
  query MdmSimulation($id: ID!) {
    mdmSimulation(id: $id) {
      id
      status
      link
      error
      createdAt
      finishedAt
      job {
        id
        progress
      }
      mdmDomain {
        id
        name
        simulations {
          id
          status
          createdAt
          policyVersion {
            id
            number
          }
          sample {
            id
          }
        }
      }
      policyVersion {
        id
        number
        status
        policy {
          scoring
        }
      }
      sample {
        id
        name
        recordCount
        truthColumn
      }
      summary {
        mode
        records
        sources
        candidatePairs
        autoMergePairs
        reviewPairs
        reviewTasks
        clusters
        multiRecordClusters
        largestCluster
        clusterSizes {
          size
          clusters
        }
        scoreHistogram {
          from
          to
          pairs
        }
        pairsBelowHistogram
        autoMergeThreshold
        reviewThreshold
        totalMs
        recordsPerSecond
        evaluation {
          pairwise {
            precision
            recall
            f1
            truePairs
          }
          bCubed {
            precision
            recall
            f1
          }
          autoMergePrecision
          autoMergedTrueShare
          reviewTaskTrueShare
          sweep {
            threshold
            precision
            recall
            f1
            pairs
          }
        }
      }
      scores
      reviewTasksSent
      labelCheck {
        total
        agree
        disagreements {
          a
          b
          match
        }
      }
    }
  }
`);

export const SimulationClustersQuery = graphql(`
  query SimulationClusters($id: ID!, $offset: Int, $limit: Int, $search: String) {
    mdmSimulation(id: $id) {
      id
      clusters(offset: $offset, limit: $limit, search: $search) {
        totalCount
        nodes {
          number
          pure
          records {
            id
            source
            updatedAt
            values {
              attribute
              value
            }
          }
          golden {
            attribute
            value
            recordId
            source
            rule
          }
          links {
            a
            b
            score
          }
        }
      }
    }
  }
`);

export const SimulationReviewQuery = graphql(`
  query SimulationReview($id: ID!) {
    mdmSimulation(id: $id) {
      id
      reviewTasks {
        recordIds
        pairs {
          a
          b
          score
          reason
        }
      }
    }
  }
`);

export const PairExplanationQuery = graphql(`
  query PairExplanation($simulationId: ID!, $recordIds: [String!]!) {
    pairExplanation(simulationId: $simulationId, recordIds: $recordIds) {
      __typename
      ... on PairExplanationSuccess {
        data {
          score
          totalWeight
          comparisons {
            attribute
            level
            similarity
            weight
          }
          records {
            id
            source
            values {
              attribute
              value
            }
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const SimulationComparisonQuery = graphql(`
  query SimulationComparison($beforeId: ID!, $afterId: ID!) {
    simulationComparison(beforeId: $beforeId, afterId: $afterId) {
      __typename
      ... on SimulationComparisonSuccess {
        data {
          gained
          lost
          kept
          gainedPairs {
            a
            b
          }
          lostPairs {
            a
            b
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const SendReviewTasksMutation = graphql(`
  mutation SendReviewTasks($input: SendReviewTasksInput!) {
    sendReviewTasks(input: $input) {
      __typename
      ... on SendReviewTasksSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const EstimatePolicyFromLabelsMutation = graphql(`
  mutation EstimatePolicyFromLabels($input: EstimatePolicyFromLabelsInput!) {
    estimatePolicyFromLabels(input: $input) {
      __typename
      ... on EstimatePolicyFromLabelsSuccess {
        data {
          id
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const DuplicateReviewQuery = graphql(`
  query DuplicateReview($id: ID!) {
    ticket(id: $id) {
      id
      duplicateReview {
        id
        status
        decidedAt
        decidedBy {
          id
          name
        }
        mdmDomain {
          id
          name
        }
        simulation {
          id
        }
        records {
          id
          source
          updatedAt
          values {
            attribute
            value
          }
        }
        pairs {
          a
          b
          score
          reason
        }
      }
    }
  }
`);

export const DecideDuplicateReviewMutation = graphql(`
  mutation DecideDuplicateReview($input: DecideDuplicateReviewInput!) {
    decideDuplicateReview(input: $input) {
      __typename
      ... on DecideDuplicateReviewSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const MdmTableSearchQuery = graphql(`
  query MdmTableSearch($search: String) {
    dataAssets(first: 20, filter: { search: $search }) {
      nodes {
        id
        qualifiedName
        source {
          id
          name
        }
      }
    }
  }
`);

export const MdmTableColumnsQuery = graphql(`
  query MdmTableColumns($id: ID!) {
    dataAsset(id: $id) {
      id
      schemaName
      qualifiedName
      fields {
        id
        name
        dataType
        termLinks {
          status
          term {
            id
          }
        }
      }
    }
  }
`);

export const SampleMdmFromTableMutation = graphql(`
  mutation SampleMdmFromTable($input: SampleMdmFromTableInput!) {
    sampleMdmFromTable(input: $input) {
      __typename
      ... on SampleMdmFromTableSuccess {
        data {
          id
          recordCount
        }
      }
      ...ErrorFields
    }
  }
`);
