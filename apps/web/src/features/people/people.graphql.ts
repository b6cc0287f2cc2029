import { graphql } from '../../gql';

export const PeopleQuery = graphql(`
  query People($first: Int, $after: String, $filter: PersonFilter) {
    people(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        email
        title
        active
        orgUnit {
          id
          name
        }
        roles {
          id
          role
          raci
          scopeType
          domain {
            id
            name
          }
        }
      }
    }
  }
`);

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      name
      email
      title
      active
      version
      createdAt
      updatedAt
      orgUnit {
        id
        name
        path
      }
      roles {
        id
        role
        raci
        note
        scopeType
        version
        domain {
          id
          name
          path
        }
      }
      councilSeats {
        id
        role
        council {
          id
          name
          kind
        }
      }
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on CreatePersonSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      __typename
      ... on UpdatePersonSuccess {
        data {
          id
          name
          email
          title
          version
          orgUnit {
            id
            name
            path
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const SetPersonActiveMutation = graphql(`
  mutation SetPersonActive($input: SetPersonActiveInput!) {
    setPersonActive(input: $input) {
      __typename
      ... on SetPersonActiveSuccess {
        data {
          id
          active
          version
        }
      }
      ...ErrorFields
    }
  }
`);
