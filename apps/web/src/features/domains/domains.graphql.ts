import { graphql } from '../../gql';

export const DomainTreeQuery = graphql(`
  query DomainTree {
    domains(first: 100, orderBy: PATH_ASC) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        name
        description
        depth
        parentId
        childCount
        version
        responsibilities {
          inherited
          heldOn {
            id
            name
          }
          assignment {
            id
            role
            raci
            note
            version
            person {
              id
              name
              title
              active
            }
          }
        }
      }
    }
  }
`);

export const DomainQuery = graphql(`
  query Domain($id: ID!) {
    domain(id: $id) {
      id
      name
      description
      depth
      path
      parentId
      childCount
      version
      createdAt
      updatedAt
      parent {
        id
        name
      }
      responsibilities {
        inherited
        heldOn {
          id
          name
        }
        assignment {
          id
          role
          raci
          note
          version
          person {
            id
            name
            title
            active
          }
        }
      }
    }
    domains(first: 100, filter: { parentId: $id }, orderBy: NAME_ASC) {
      nodes {
        id
        name
        description
        childCount
      }
    }
  }
`);

export const DomainOptionsQuery = graphql(`
  query DomainOptions {
    domains(first: 100, orderBy: PATH_ASC) {
      nodes {
        id
        name
        depth
        parentId
      }
    }
  }
`);

export const CreateDomainMutation = graphql(`
  mutation CreateDomain($input: CreateDomainInput!) {
    createDomain(input: $input) {
      __typename
      ... on CreateDomainSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateDomainMutation = graphql(`
  mutation UpdateDomain($input: UpdateDomainInput!) {
    updateDomain(input: $input) {
      __typename
      ... on UpdateDomainSuccess {
        data {
          id
          name
          description
          parentId
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteDomainMutation = graphql(`
  mutation DeleteDomain($input: DeleteRecordInput!) {
    deleteDomain(input: $input) {
      __typename
      ... on DeleteDomainSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const AssignRoleMutation = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      __typename
      ... on AssignRoleSuccess {
        data {
          id
          role
          raci
          version
          person {
            id
            name
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateRoleAssignmentMutation = graphql(`
  mutation UpdateRoleAssignment($input: UpdateRoleAssignmentInput!) {
    updateRoleAssignment(input: $input) {
      __typename
      ... on UpdateRoleAssignmentSuccess {
        data {
          id
          raci
          note
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const UnassignRoleMutation = graphql(`
  mutation UnassignRole($input: UnassignRoleInput!) {
    unassignRole(input: $input) {
      __typename
      ... on UnassignRoleSuccess {
        data {
          id
          role
        }
      }
      ...ErrorFields
    }
  }
`);
