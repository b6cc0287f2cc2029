import { graphql } from '../../gql';

/** The exception register: every exception granted to a control of any policy, newest first. */
export const PolicyExceptionRegisterQuery = graphql(`
  query PolicyExceptionRegister {
    policyExceptions {
      ...PolicyExceptionFields
      policy {
        id
        key
        title
      }
    }
  }
`);

/** The legal-hold register: every hold on every table, standing ones first. */
export const LegalHoldRegisterQuery = graphql(`
  query LegalHoldRegister {
    legalHolds {
      id
      matter
      reason
      table {
        type
        id
        label
        href
        exists
      }
      placedBy {
        id
        name
      }
      placedAt
      releasedAt
      releasedBy {
        id
        name
      }
      releaseNote
    }
  }
`);

/** The retention schedule in force: each approved policy's active retention control and its tables. */
export const RetentionRegisterQuery = graphql(`
  query RetentionRegister {
    retentionSchedules {
      controlId
      controlName
      policy {
        id
        key
        title
      }
      driver
      keepDays
      action
      evaluated
      openTicketKey
      exceptionUntil
      tables {
        table {
          type
          id
          label
          href
          exists
        }
        pastSchedule
        heldFor
      }
    }
  }
`);
