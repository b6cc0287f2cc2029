import { graphql } from '../../gql';

/** One program document with every version (newest first), who may approve it and what the viewer may do. */
export const ProgramDocumentQuery = graphql(`
  query ProgramDocument($id: ID!) {
    programDocument(id: $id) {
      id
      title
      stepNumber
      deliverableKey
      deliverable
      sponsorApproval
      createdAt
      abilities {
        canEditDraft
        canStartVersion
        canDelete
      }
      program {
        id
        name
      }
      approvers {
        id
        name
        title
      }
      versions {
        id
        version
        number
        title
        body
        status
        changeNote
        author {
          id
          name
        }
        submittedAt
        submittedBy {
          id
          name
        }
        decidedAt
        decidedBy {
          id
          name
        }
        decisionComment
        createdAt
        updatedAt
        actions
      }
    }
  }
`);

/** What changed in the text between two versions of one document, line by line. */
export const CompareDocumentVersionsQuery = graphql(`
  query CompareDocumentVersions($beforeId: ID!, $afterId: ID!) {
    compareDocumentVersions(beforeId: $beforeId, afterId: $afterId) {
      kind
      text
    }
  }
`);

export const CreateProgramDocumentMutation = graphql(`
  mutation CreateProgramDocument($input: CreateProgramDocumentInput!) {
    createProgramDocument(input: $input) {
      __typename
      ... on CreateProgramDocumentSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateDocumentDraftMutation = graphql(`
  mutation UpdateDocumentDraft($input: UpdateDocumentDraftInput!) {
    updateDocumentDraft(input: $input) {
      __typename
      ... on UpdateDocumentDraftSuccess {
        data {
          id
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const TransitionDocumentMutation = graphql(`
  mutation TransitionDocument($input: TransitionDocumentInput!) {
    transitionDocument(input: $input) {
      __typename
      ... on TransitionDocumentSuccess {
        data {
          id
          version
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const NewDocumentVersionMutation = graphql(`
  mutation NewDocumentVersion($documentId: ID!) {
    newDocumentVersion(documentId: $documentId) {
      __typename
      ... on NewDocumentVersionSuccess {
        data {
          id
          number
        }
      }
      ...ErrorFields
    }
  }
`);

export const LinkDeliverableMutation = graphql(`
  mutation LinkDeliverable($input: LinkDeliverableInput!) {
    linkDeliverable(input: $input) {
      __typename
      ... on LinkDeliverableSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UnlinkDeliverableMutation = graphql(`
  mutation UnlinkDeliverable($id: ID!) {
    unlinkDeliverable(id: $id) {
      __typename
      ... on UnlinkDeliverableSuccess {
        data
      }
      ...ErrorFields
    }
  }
`);

export const AddStepCommentMutation = graphql(`
  mutation AddStepComment($input: AddStepCommentInput!) {
    addStepComment(input: $input) {
      __typename
      ... on AddStepCommentSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteStepCommentMutation = graphql(`
  mutation DeleteStepComment($id: ID!) {
    deleteStepComment(id: $id) {
      __typename
      ... on DeleteStepCommentSuccess {
        data
      }
      ...ErrorFields
    }
  }
`);

export const ApproveRoadmapMutation = graphql(`
  mutation ApproveRoadmap($input: ApproveRoadmapInput!) {
    approveRoadmap(input: $input) {
      __typename
      ... on ApproveRoadmapSuccess {
        data {
          id
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteProgramDocumentMutation = graphql(`
  mutation DeleteProgramDocument($id: ID!) {
    deleteProgramDocument(id: $id) {
      __typename
      ... on DeleteProgramDocumentSuccess {
        data
      }
      ...ErrorFields
    }
  }
`);
