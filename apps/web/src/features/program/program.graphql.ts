import { graphql } from '../../gql';

export const ProgramsQuery = graphql(`
  query Programs {
    programs {
      id
      name
      status
      iteration
      businessProblem
      tracks
      lead {
        id
        name
      }
      steps {
        number
        status
        step {
          number
          recurring
        }
      }
    }
  }
`);

/** Everything the dashboard and the settings show; the steps with their criteria evaluated now. */
export const ProgramQuery = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      roadmap {
        id
        version
        title
        description
        startsOn
        endsOn
        stepNumber
        status
        dependsOn
        categories
        owner {
          id
          name
        }
      }
      id
      version
      name
      status
      iteration
      previous {
        id
        name
      }
      businessProblem
      impactFigures {
        label
        unit
        baseline
        asOf
        target
      }
      processes {
        kind
        name
      }
      domains {
        id
        name
      }
      orgUnits {
        id
        name
      }
      itOrgUnits {
        id
        name
      }
      sources {
        id
        name
      }
      outOfScope
      tracks
      lead {
        id
        name
        title
      }
      startDate
      reportingCadence
      nextSponsorReviewOn
      reviews {
        id
        note
        reviewedAt
        person {
          id
          name
          title
          orgUnit {
            id
            name
          }
        }
      }
      nextActions {
        kind
        label
        href
        stepNumber
        criterionKey
      }
      steps {
        number
        status
        dueOn
        doneAt
        overrideReason
        owner {
          id
          name
        }
        step {
          number
          kind
          name
          nameZh
          recurring
        }
        criteria {
          key
          state
          summary
        }
      }
      roadmapApproval {
        approvedAt
        approvedBy {
          id
          name
        }
        changedSince
        canApprove
      }
      updatedAt
    }
  }
`);

/** One step of one program: the guidance, the program's work on it and its criteria evaluated now. */
export const ProgramStepQuery = graphql(`
  query ProgramStep($id: ID!, $number: Int!) {
    program(id: $id) {
      id
      name
      tracks
      step(number: $number) {
        number
        version
        status
        dueOn
        notes
        doneAt
        overrideReason
        donePerson {
          id
          name
        }
        owner {
          id
          name
          title
        }
        ticked {
          key
          at
          by {
            id
            name
          }
        }
        customChecklist {
          key
          text
          done
        }
        step {
          number
          kind
          name
          nameZh
          nameProvenance
          recurring
          purpose {
            key
            text
            provenance
          }
          subSteps {
            key
            text
            provenance
          }
          checklist {
            key
            text
            provenance
          }
          deliverables {
            key
            text
            provenance
            sponsorApproval
          }
          roles {
            key
            text
            provenance
          }
          criteria {
            key
            text
            provenance
            defaultThreshold
            thresholdUnit
          }
        }
        criteria {
          key
          state
          value
          threshold
          summary
          evidence {
            label
            ok
            href
          }
        }
        documents {
          id
          title
          deliverableKey
          sponsorApproval
          versions {
            id
            number
            status
            updatedAt
            submittedAt
            decidedAt
            decidedBy {
              id
              name
            }
          }
        }
        deliverableLinks {
          id
          deliverableKey
          note
          target {
            type
            id
            label
            href
            exists
          }
        }
        comments {
          id
          body
          author {
            id
            name
          }
          createdAt
          mine
        }
      }
    }
  }
`);

/** What a program's scope can name: domains, org units and data sources. */
export const ProgramScopeOptionsQuery = graphql(`
  query ProgramScopeOptions {
    domains(first: 100, orderBy: PATH_ASC) {
      nodes {
        id
        name
        parentId
      }
    }
    orgUnits(first: 100, orderBy: PATH_ASC) {
      nodes {
        id
        name
        parentId
      }
    }
    dataSources {
      id
      name
    }
  }
`);

export const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on CreateProgramSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateProgramMutation = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      __typename
      ... on UpdateProgramSuccess {
        data {
          id
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const RecordProgramReviewMutation = graphql(`
  mutation RecordProgramReview($input: RecordProgramReviewInput!) {
    recordProgramReview(input: $input) {
      __typename
      ... on RecordProgramReviewSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateProgramStepMutation = graphql(`
  mutation UpdateProgramStep($input: UpdateProgramStepInput!) {
    updateProgramStep(input: $input) {
      __typename
      ... on UpdateProgramStepSuccess {
        data {
          number
          version
          status
        }
      }
      ...ErrorFields
    }
  }
`);

export const CreateRoadmapItemMutation = graphql(`
  mutation CreateRoadmapItem($input: CreateRoadmapItemInput!) {
    createRoadmapItem(input: $input) {
      __typename
      ... on CreateRoadmapItemSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateRoadmapItemMutation = graphql(`
  mutation UpdateRoadmapItem($input: UpdateRoadmapItemInput!) {
    updateRoadmapItem(input: $input) {
      __typename
      ... on UpdateRoadmapItemSuccess {
        data {
          id
          version
        }
      }
      ...ErrorFields
    }
  }
`);

export const DeleteRoadmapItemMutation = graphql(`
  mutation DeleteRoadmapItem($input: DeleteRoadmapItemInput!) {
    deleteRoadmapItem(input: $input) {
      __typename
      ... on DeleteRoadmapItemSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const StartNextIterationMutation = graphql(`
  mutation StartNextIteration($input: StartNextIterationInput!) {
    startNextIteration(input: $input) {
      __typename
      ... on StartNextIterationSuccess {
        data {
          id
          name
          iteration
        }
      }
      ...ErrorFields
    }
  }
`);

/** The maturity model's category names, for the roadmap's "raises" field. */
export const MaturityCategoryNamesQuery = graphql(`
  query MaturityCategoryNames {
    maturityModel {
      categories {
        key
        name
      }
    }
  }
`);
