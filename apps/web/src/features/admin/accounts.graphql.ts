import { graphql } from '../../gql';

export const AccountsQuery = graphql(`
  query Accounts($first: Int, $after: String) {
    accounts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        displayName
        role
        disabled
        mustChangePassword
        lastSignInAt
        version
        person {
          id
          name
        }
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      __typename
      ... on CreateAccountSuccess {
        data {
          oneTimePassword
          account {
            id
            email
            displayName
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      __typename
      ... on UpdateAccountSuccess {
        data {
          id
          role
          disabled
          displayName
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($input: IdInput!) {
    resetAccountPassword(input: $input) {
      __typename
      ... on ResetAccountPasswordSuccess {
        data {
          oneTimePassword
          account {
            id
            mustChangePassword
            version
          }
        }
      }
      ...ErrorFields
    }
  }
`);
