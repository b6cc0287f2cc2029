import { graphql } from '../../gql';

export const CouncilsQuery = graphql(`
  query Councils {
    councils(first: 100) {
      totalCount
      nodes {
        id
        name
        kind
        purpose
        cadence
        version
        members {
          id
          role
          person {
            id
            name
            title
            active
          }
        }
        decisions {
          id
          decidedOn
        }
      }
    }
  }
`);

/** One council with its members and its decision log (newest first). */
export const CouncilQuery = graphql(`
  query Council($id: ID!) {
    council(id: $id) {
      id
      name
      kind
      purpose
      cadence
      version
      members {
        id
        role
        person {
          id
          name
          title
          active
        }
      }
      decisions {
        id
        version
        decidedOn
        title
        details
        rationale
        createdAt
        links {
          type
          id
          label
          href
          exists
        }
        recordedBy {
          id
          name
        }
      }
    }
  }
`);

export const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      __typename
      ... on CreateCouncilSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateCouncilMutation = graphql(`
  mutation UpdateCouncil($input: UpdateCouncilInput!) {
    updateCouncil(input: $input) {
      __typename
      ... on UpdateCouncilSuccess {
        data {
          id
          name
          kind
          purpose
          cadence
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteCouncilMutation = graphql(`
  mutation DeleteCouncil($input: DeleteRecordInput!) {
    deleteCouncil(input: $input) {
      __typename
      ... on DeleteCouncilSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const SetCouncilMemberMutation = graphql(`
  mutation SetCouncilMember($input: SetCouncilMemberInput!) {
    setCouncilMember(input: $input) {
      __typename
      ... on SetCouncilMemberSuccess {
        data {
          id
          version
          members {
            id
            role
            person {
              id
              name
              title
              active
            }
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const RemoveCouncilMemberMutation = graphql(`
  mutation RemoveCouncilMember($input: RemoveCouncilMemberInput!) {
    removeCouncilMember(input: $input) {
      __typename
      ... on RemoveCouncilMemberSuccess {
        data {
          id
          version
          members {
            id
            role
            person {
              id
              name
              title
              active
            }
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      __typename
      ... on RecordDecisionSuccess {
        data {
          id
          title
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateDecisionMutation = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      __typename
      ... on UpdateDecisionSuccess {
        data {
          id
          version
          title
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteDecisionMutation = graphql(`
  mutation DeleteDecision($input: DeleteDecisionInput!) {
    deleteDecision(input: $input) {
      __typename
      ... on DeleteDecisionSuccess {
        data
      }
      ...ErrorFields
    }
  }
`);
