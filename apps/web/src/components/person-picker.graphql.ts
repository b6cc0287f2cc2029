import { graphql } from '../gql';

export const PersonOptionsQuery = graphql(`
  query PersonOptions($search: String) {
    people(first: 20, filter: { search: $search, active: true }, orderBy: NAME_ASC) {
      nodes {
        id
        name
        title
        email
      }
    }
  }
`);

export const OrgUnitOptionsQuery = graphql(`
  query OrgUnitOptions {
    orgUnits(first: 100, orderBy: PATH_ASC) {
      nodes {
        id
        name
        kind
        depth
        parentId
      }
    }
  }
`);
