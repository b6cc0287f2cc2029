import { graphql } from '../gql';

export const RecordLinkCandidatesQuery = graphql(`
  query RecordLinkCandidates($type: RecordLinkType!, $search: String) {
    recordLinkCandidates(type: $type, search: $search, limit: 20) {
      type
      id
      label
      href
      exists
    }
  }
`);
