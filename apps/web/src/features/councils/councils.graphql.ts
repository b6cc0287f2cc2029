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
