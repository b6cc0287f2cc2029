import { graphql } from '../../gql';

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    viewer {
      account {
        id
      }
      apiTokens {
        id
        name
        prefix
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreateApiTokenSuccess {
        data {
          secret
          token {
            id
            name
            prefix
            createdAt
            expiresAt
            lastUsedAt
            revokedAt
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: IdInput!) {
    revokeApiToken(input: $input) {
      __typename
      ... on RevokeApiTokenSuccess {
        data {
          id
          revokedAt
        }
      }
      ...ErrorFields
    }
  }
`);
