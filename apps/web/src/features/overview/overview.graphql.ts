import { graphql } from '../../gql';

export const OverviewQuery = graphql(`
  query Overview {
    stewardshipCoverage {
      covered
      domainCount
      ratio
      withOwner
      withSteward
      gaps {
        hasOwner
        hasSteward
        ownerInherited
        stewardInherited
        domain {
          id
          name
          path
        }
      }
    }
    programRoles {
      id
      version
      role
      raci
      note
      person {
        id
        name
        title
      }
    }
    councils(first: 20) {
      totalCount
      nodes {
        id
        name
        kind
        cadence
        members {
          id
          role
          person {
            id
            name
          }
        }
      }
    }
    people(first: 1, filter: { active: true }) {
      totalCount
    }
    orgUnits(first: 1) {
      totalCount
    }
  }
`);
