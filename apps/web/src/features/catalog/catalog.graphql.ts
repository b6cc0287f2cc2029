import { graphql } from '../../gql';

export const SourceFieldsFragment = graphql(`
  fragment SourceFields on DataSource {
    id
    version
    name
    description
    isDemo
    serverVersion
    lastIngestAt
    domain {
      id
      name
    }
    connection {
      host
      port
      database
      user
      sslMode
      schemas
      passwordSource
      passwordEnv
    }
    lastIngestJob {
      id
      status
      progress
      error
      finishedAt
    }
  }
`);

export const DataSourcesQuery = graphql(`
  query DataSources {
    dataSources {
      ...SourceFields
      schemas {
        name
        assetCount
      }
      ingestRuns(last: 1) {
        id
        summary
        createdAt
      }
    }
    demoSourceAddress {
      host
      port
      database
      user
    }
  }
`);

export const DataSourceQuery = graphql(`
  query DataSource($id: ID!) {
    dataSource(id: $id) {
      ...SourceFields
      schemas {
        name
        assetCount
      }
      ingestRuns(last: 20) {
        id
        summary
        counts
        assetCount
        fieldCount
        edgeCount
        createdAt
      }
    }
  }
`);

export const SourceJobQuery = graphql(`
  query SourceJob($id: ID!) {
    dataSource(id: $id) {
      id
      lastIngestAt
      lastIngestJob {
        id
        status
        progress
        result
        error
        finishedAt
      }
    }
  }
`);

export const CreateDataSourceMutation = graphql(`
  mutation CreateDataSource($input: CreateDataSourceInput!) {
    createDataSource(input: $input) {
      __typename
      ... on CreateDataSourceSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateDataSourceMutation = graphql(`
  mutation UpdateDataSource($input: UpdateDataSourceInput!) {
    updateDataSource(input: $input) {
      __typename
      ... on UpdateDataSourceSuccess {
        data {
          ...SourceFields
        }
      }
      ...ErrorFields
    }
  }
`);

export const TestConnectionMutation = graphql(`
  mutation TestDataSourceConnection($input: TestDataSourceConnectionInput!) {
    testDataSourceConnection(input: $input) {
      __typename
      ... on TestDataSourceConnectionSuccess {
        data {
          ok
          serverVersion
          schemas
          message
        }
      }
      ...ErrorFields
    }
  }
`);

export const IngestDataSourceMutation = graphql(`
  mutation IngestDataSource($input: IngestDataSourceInput!) {
    ingestDataSource(input: $input) {
      __typename
      ... on IngestDataSourceSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const DataAssetsQuery = graphql(`
  query DataAssets($first: Int, $after: String, $filter: DataAssetFilter) {
    dataAssets(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        schemaName
        qualifiedName
        kind
        description
        rowEstimate
        removedAt
        source {
          id
          name
        }
      }
    }
  }
`);

export const CatalogTreeQuery = graphql(`
  query CatalogTree {
    dataSources {
      id
      name
      schemas {
        name
        assetCount
      }
    }
  }
`);

export const AssetLifecycleFieldsFragment = graphql(`
  fragment AssetLifecycleFields on AssetLifecycle {
    schedules {
      keepDays
      action
      controlName
      driver
      pastSchedule
      openTicketKey
      exceptionUntil
      policy {
        id
        key
        title
      }
    }
    holds {
      id
      version
      matter
      reason
      placedAt
      placedBy {
        id
        name
      }
      releasedAt
      releasedBy {
        id
        name
      }
      releaseNote
    }
  }
`);

export const DataAssetQuery = graphql(`
  query DataAsset($id: ID!) {
    dataAsset(id: $id) {
      id
      version
      policies {
        key
        title
        policy {
          id
        }
      }
      name
      schemaName
      qualifiedName
      kind
      description
      rowEstimate
      definition
      firstSeenAt
      lastSeenAt
      removedAt
      domain {
        id
        name
      }
      responsibilities {
        inherited
        inheritedFrom {
          id
          name
        }
        assignment {
          id
          version
          role
          raci
          person {
            id
            name
            title
          }
        }
      }
      source {
        id
        name
        domain {
          id
          name
        }
        connection {
          host
          database
        }
      }
      latestProfile {
        id
        rowCount
        profiledRows
        sampled
        samplePercent
        createdAt
      }
      fields {
        id
        name
        position
        dataType
        nullable
        primaryKey
        description
        removedAt
        inheritedClassification
        inheritedTags
        profile {
          nullCount
          distinctCount
          minValue
          maxValue
          minLength
          maxLength
          avgLength
          topValues {
            value
            count
          }
          patterns {
            value
            count
          }
        }
        classifications {
          id
          piiClass
          status
          basis
          confidence
          reason
          decidedByLabel
        }
        termLinks {
          id
          status
          score
          reason
          term {
            id
            name
            classification
          }
        }
      }
      history {
        id
        kind
        fieldName
        before
        after
        createdAt
      }
      lifecycle {
        ...AssetLifecycleFields
      }
    }
  }
`);

export const LineageQuery = graphql(`
  query Lineage($assetId: ID!, $upstream: Int, $downstream: Int) {
    lineage(assetId: $assetId, upstream: $upstream, downstream: $downstream) {
      assets {
        id
        name
        schemaName
        kind
        removedAt
        source {
          id
          name
        }
      }
      edges {
        id
        kind
        label
        upstreamAssetId
        downstreamAssetId
        upstreamField {
          id
          name
        }
        downstreamField {
          id
          name
        }
      }
    }
  }
`);

export const ProfileAssetsMutation = graphql(`
  mutation ProfileAssets($input: ProfileAssetsInput!) {
    profileAssets(input: $input) {
      __typename
      ... on ProfileAssetsSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const ProfileJobQuery = graphql(`
  query ProfileJob($id: ID!) {
    job(id: $id) {
      id
      status
      progress
      error
    }
  }
`);

export const DecideClassificationMutation = graphql(`
  mutation DecideClassification($input: DecideClassificationInput!) {
    decideClassification(input: $input) {
      __typename
      ... on DecideClassificationSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const DecideTermLinkMutation = graphql(`
  mutation DecideTermLink($input: DecideTermLinkInput!) {
    decideTermLink(input: $input) {
      __typename
      ... on DecideTermLinkSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const LinkTermMutation = graphql(`
  mutation LinkTerm($input: LinkTermInput!) {
    linkTerm(input: $input) {
      __typename
      ... on LinkTermSuccess {
        data {
          id
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const PendingSuggestionsQuery = graphql(`
  query PendingSuggestions($first: Int, $afterClassification: String, $afterLink: String) {
    pendingClassifications(first: $first, after: $afterClassification) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        piiClass
        confidence
        reason
        basis
        field {
          id
          name
          dataType
          asset {
            id
            qualifiedName
            source {
              id
              name
            }
          }
        }
      }
    }
    pendingTermLinks(first: $first, after: $afterLink) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        score
        reason
        term {
          id
          name
          definition
        }
        field {
          id
          name
        }
        asset {
          id
          qualifiedName
          source {
            id
            name
          }
        }
      }
    }
  }
`);

export const CatalogSearchQuery = graphql(`
  query CatalogSearch($query: String!, $first: Int, $sourceId: ID, $piiClass: PiiClass) {
    catalogSearch(query: $query, first: $first, sourceId: $sourceId, piiClass: $piiClass) {
      counts {
        term
        asset
        field
      }
      facets {
        sources {
          count
          source {
            id
            name
          }
        }
        piiClasses {
          piiClass
          count
        }
      }
      terms {
        matchedSynonym
        term {
          id
          name
          definition
        }
      }
      assets {
        asset {
          id
          name
          qualifiedName
          kind
          source {
            id
            name
          }
        }
      }
      fields {
        matchedTerm
        field {
          id
          name
          dataType
        }
        asset {
          id
          qualifiedName
          source {
            id
            name
          }
        }
      }
    }
  }
`);

export const UpdateDataAssetMutation = graphql(`
  mutation UpdateDataAsset($input: UpdateDataAssetInput!) {
    updateDataAsset(input: $input) {
      __typename
      ... on UpdateDataAssetSuccess {
        data {
          id
          version
          domain {
            id
            name
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const AddLineageEdgeMutation = graphql(`
  mutation AddLineageEdge($input: AddLineageEdgeInput!) {
    addLineageEdge(input: $input) {
      __typename
      ... on AddLineageEdgeSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const RemoveLineageEdgeMutation = graphql(`
  mutation RemoveLineageEdge($input: RemoveLineageEdgeInput!) {
    removeLineageEdge(input: $input) {
      __typename
      ... on RemoveLineageEdgeSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const AssetOptionsQuery = graphql(`
  query AssetOptions($search: String) {
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

export const IngestRunChangesQuery = graphql(`
  query IngestRunChanges($runId: ID!) {
    ingestRunChanges(runId: $runId) {
      id
      kind
      assetId
      assetName
      fieldName
      before
      after
    }
  }
`);

export const PlaceLegalHoldMutation = graphql(`
  mutation PlaceLegalHold($assetId: ID!, $matter: String!, $reason: String) {
    placeLegalHold(assetId: $assetId, matter: $matter, reason: $reason) {
      __typename
      ... on PlaceLegalHoldSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const ReleaseLegalHoldMutation = graphql(`
  mutation ReleaseLegalHold($id: ID!, $version: Int!, $note: String!) {
    releaseLegalHold(id: $id, version: $version, note: $note) {
      __typename
      ... on ReleaseLegalHoldSuccess {
        data {
          id
          version
          releasedAt
        }
      }
      ...ErrorFields
    }
  }
`);
