import { graphql } from '../../gql';

/** A background import: polled while it is queued or running. */
export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    job(id: $id) {
      id
      kind
      status
      progress
      result
      error
      createdAt
      startedAt
      finishedAt
    }
  }
`);
