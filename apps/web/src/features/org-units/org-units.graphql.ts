import { graphql } from '../../gql';

export const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits(first: 100, orderBy: PATH_ASC) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        name
        kind
        description
        depth
        parentId
        childCount
        memberCount
        version
      }
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      __typename
      ... on CreateOrgUnitSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) {
      __typename
      ... on UpdateOrgUnitSuccess {
        data {
          id
          name
          kind
          description
          parentId
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteOrgUnitMutation = graphql(`
  mutation DeleteOrgUnit($input: DeleteRecordInput!) {
    deleteOrgUnit(input: $input) {
      __typename
      ... on DeleteOrgUnitSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);
