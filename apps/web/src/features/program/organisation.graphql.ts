import { graphql } from '../../gql';

/**
 * The program's organisation chart (step 5), and the member count EC5.2 asks of a council: the
 * program's own threshold when it set one, else the catalogue's default.
 */
export const ProgramOrganisationQuery = graphql(`
  query ProgramOrganisation($id: ID!) {
    program(id: $id) {
      id
      organisation {
        sponsors {
          id
          name
          title
        }
        lead {
          id
          name
          title
        }
        councils {
          id
          name
          kind
          members {
            id
            role
            person {
              id
              name
              title
            }
          }
        }
        domains {
          id
          name
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
              person {
                id
                name
              }
            }
          }
        }
      }
      step(number: 5) {
        number
        thresholds {
          key
          value
        }
        step {
          number
          criteria {
            key
            defaultThreshold
          }
        }
      }
    }
  }
`);
