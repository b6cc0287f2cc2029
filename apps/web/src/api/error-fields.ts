import { graphql } from '../gql';

/** The fields every mutation selects on its error branch; the result handler reads them. */
export const ErrorFieldsFragment = graphql(`
  fragment ErrorFields on Error {
    __typename
    message
    code
    field
    ... on InputError {
      fieldErrors {
        field
        message
      }
    }
    ... on ConflictError {
      currentVersion
    }
  }
`);
