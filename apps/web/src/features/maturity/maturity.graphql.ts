import { graphql } from '../../gql';

/** The IBM model itself: groups, categories with their level texts, and the five level names. */
export const MaturityModelDefinitionQuery = graphql(`
  query MaturityModelDefinition {
    maturityModel {
      groups {
        key
        name
        purpose
      }
      levels {
        level
        name
        meaning
      }
      categories {
        key
        number
        group
        name
        description
        levels {
          level
          text
        }
      }
    }
  }
`);

/** Every assessment, newest first, with what the list shows of its results. */
export const MaturityAssessmentsQuery = graphql(`
  query MaturityAssessments {
    assessments {
      id
      name
      status
      periodStart
      periodEnd
      targetDate
      categories
      closedAt
      reportApprovedAt
      program {
        id
        name
      }
      overall {
        current
        target
      }
      respondentCount
      submittedCount
    }
  }
`);

/** Programs an assessment may belong to, for the create form. */
export const MaturityProgramOptionsQuery = graphql(`
  query MaturityProgramOptions {
    programs {
      id
      name
      status
    }
  }
`);

/** One assessment with everything its page shows: people, abilities, questions and results. */
export const MaturityAssessmentQuery = graphql(`
  query MaturityAssessment($id: ID!) {
    assessment(id: $id) {
      id
      version
      name
      status
      scope
      periodStart
      periodEnd
      targetDate
      categories
      createdAt
      closedAt
      reportApprovedAt
      reportApprovedBy {
        id
        name
      }
      facilitator {
        id
        name
      }
      program {
        id
        name
      }
      previous {
        id
        name
      }
      abilities {
        manage
        facilitate
        answer
        approve
      }
      questions {
        key
        category
        text
        custom
      }
      results {
        overall {
          current
          target
          gap
        }
        previousOverall
        categories {
          category
          name
          current
          target
          gap
          hasDisagreement
          scoredQuestions
          questionCount
        }
        comparison {
          category
          previous
          latest
          delta
          direction
        }
        questions {
          key
          category
          respondents
          median
          spread
          meanTarget
          hasDisagreement
          consensusCurrent
          consensusTarget
          consensusComment
          needsComment
        }
        respondents {
          person {
            id
            name
          }
          side
          answered
          submittedAt
          categories {
            category
            current
          }
        }
        signals {
          scope
          key
          category
          signal
          value
          suggestedLevel
          selfAssessed
          difference
          hasDisagreement
        }
      }
    }
  }
`);

/** What a respondent needs to answer: the questions, their own answers and whether they submitted. */
export const MaturityQuestionnaireQuery = graphql(`
  query MaturityQuestionnaire($id: ID!) {
    assessment(id: $id) {
      id
      name
      status
      categories
      abilities {
        answer
      }
      questions {
        key
        category
        text
        custom
      }
      myAnswers {
        questionKey
        current
        target
        comment
        evidenceUrl
      }
      results {
        respondents {
          person {
            id
          }
          submittedAt
        }
      }
    }
  }
`);

export const CreateAssessmentMutation = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      __typename
      ... on CreateAssessmentSuccess {
        data {
          id
          name
        }
      }
      ...ErrorFields
    }
  }
`);

export const InviteRespondentsMutation = graphql(`
  mutation InviteRespondents($assessmentId: ID!, $respondents: [RespondentInput!]!) {
    inviteRespondents(assessmentId: $assessmentId, respondents: $respondents) {
      __typename
      ... on InviteRespondentsSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const RemoveRespondentMutation = graphql(`
  mutation RemoveRespondent($assessmentId: ID!, $personId: ID!) {
    removeRespondent(assessmentId: $assessmentId, personId: $personId) {
      __typename
      ... on RemoveRespondentSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const SaveAnswersMutation = graphql(`
  mutation SaveAnswers($assessmentId: ID!, $answers: [MaturityAnswerInput!]!, $submit: Boolean) {
    saveAnswers(assessmentId: $assessmentId, answers: $answers, submit: $submit) {
      __typename
      ... on SaveAnswersSuccess {
        data {
          id
          myAnswers {
            questionKey
            current
            target
            comment
            evidenceUrl
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const CloseAssessmentMutation = graphql(`
  mutation CloseAssessment($id: ID!, $version: Int!, $consensus: [ConsensusInput!]!) {
    closeAssessment(id: $id, version: $version, consensus: $consensus) {
      __typename
      ... on CloseAssessmentSuccess {
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

export const ApproveAssessmentReportMutation = graphql(`
  mutation ApproveAssessmentReport($assessmentId: ID!, $comment: String) {
    approveAssessmentReport(assessmentId: $assessmentId, comment: $comment) {
      __typename
      ... on ApproveAssessmentReportSuccess {
        data {
          id
          version
          reportApprovedAt
        }
      }
      ...ErrorFields
    }
  }
`);
