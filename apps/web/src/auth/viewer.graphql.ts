import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      permissions
      account {
        id
        email
        displayName
        role
        mustChangePassword
        version
      }
      person {
        id
        name
        title
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordSuccess {
        data {
          id
          mustChangePassword
          version
        }
      }
      ...ErrorFields
    }
  }
`);
