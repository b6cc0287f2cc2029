import { graphql } from '../../gql';

export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id
    key
    kind
    title
    priority
    status
    version
    createdAt
    updatedAt
    triageDueAt
    resolveDueAt
    sla {
      stage
      dueAt
      state
      minutesLeft
      clock
    }
    assignee {
      id
      name
    }
    reporter {
      id
      name
    }
    domain {
      id
      name
    }
  }
`);

export const TicketsQuery = graphql(`
  query Tickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TicketRow
      }
    }
  }
`);

export const TicketEventFieldsFragment = graphql(`
  fragment TicketEventFields on TicketEvent {
    id
    kind
    at
    actorLabel
    actor {
      id
      name
    }
    body
    action
    fromStatus
    toStatus
    fromPriority
    toPriority
    assignee {
      id
      name
    }
    previousAssignee {
      id
      name
    }
    route {
      kind
      via
      role
      inheritedFrom
    }
    stage
    dueAt
    people {
      id
      name
    }
    rootCause {
      id
      label
    }
    resolution
  }
`);

export const TicketQuery = graphql(`
  query Ticket($id: ID, $key: String) {
    ticket(id: $id, key: $key) {
      ...TicketRow
      description
      resolution
      triagedAt
      resolvedAt
      closedAt
      canEdit
      watching
      availableActions
      rootCause {
        id
        label
      }
      duplicateOf {
        id
        key
        title
      }
      route {
        kind
        via
        role
        inheritedFrom
      }
      links {
        type
        id
        label
        assetId
      }
      watchers {
        reason
        person {
          id
          name
        }
      }
      timeline {
        ...TicketEventFields
      }
    }
  }
`);

export const RootCausesQuery = graphql(`
  query RootCauses {
    rootCauses {
      id
      code
      label
      description
    }
  }
`);

export const MyWorkQuery = graphql(`
  query MyWork {
    myWork {
      kind
      dueAt
      priority
      suggestionCount
      ticket {
        ...TicketRow
      }
      task {
        area
        subject
        context
        href
      }
      proposal {
        id
        kind
        submittedAt
        authorLabel
        content {
          name
        }
        term {
          id
          name
        }
      }
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications(first: 15) {
      unreadCount
      nodes {
        id
        kind
        text
        createdAt
        readAt
        ticket {
          id
          key
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      __typename
      ... on MarkNotificationsReadSuccess {
        data {
          unreadCount
        }
      }
      ...ErrorFields
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      __typename
      ... on CreateTicketSuccess {
        data {
          ...TicketRow
        }
      }
      ...ErrorFields
    }
  }
`);

export const TransitionTicketMutation = graphql(`
  mutation TransitionTicket($input: TransitionTicketInput!) {
    transitionTicket(input: $input) {
      __typename
      ... on TransitionTicketSuccess {
        data {
          ...TicketRow
        }
      }
      ...ErrorFields
    }
  }
`);

export const AssignTicketMutation = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      __typename
      ... on AssignTicketSuccess {
        data {
          ...TicketRow
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      __typename
      ... on UpdateTicketSuccess {
        data {
          ...TicketRow
        }
      }
      ...ErrorFields
    }
  }
`);

export const CommentOnTicketMutation = graphql(`
  mutation CommentOnTicket($input: CommentOnTicketInput!) {
    commentOnTicket(input: $input) {
      __typename
      ... on CommentOnTicketSuccess {
        data {
          event {
            id
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const IssueSettingsQuery = graphql(`
  query IssueSettings {
    slaPolicy {
      targets {
        priority
        triageMinutes
        resolveMinutes
        clock
      }
      calendar {
        timeZone
        workdays
        dayStart
        dayEnd
        holidays
      }
    }
    rootCauses(includeRetired: true) {
      id
      version
      code
      label
      description
      active
    }
  }
`);

export const UpdateSlaPolicyMutation = graphql(`
  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {
    updateSlaPolicy(input: $input) {
      __typename
      ... on UpdateSlaPolicySuccess {
        data {
          targets {
            priority
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const CreateRootCauseMutation = graphql(`
  mutation CreateRootCause($input: CreateRootCauseInput!) {
    createRootCause(input: $input) {
      __typename
      ... on CreateRootCauseSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateRootCauseMutation = graphql(`
  mutation UpdateRootCause($input: UpdateRootCauseInput!) {
    updateRootCause(input: $input) {
      __typename
      ... on UpdateRootCauseSuccess {
        data {
          id
          version
          active
        }
      }
      ...ErrorFields
    }
  }
`);

export const WatchTicketMutation = graphql(`
  mutation WatchTicket($input: WatchTicketInput!) {
    watchTicket(input: $input) {
      __typename
      ... on WatchTicketSuccess {
        data {
          id
        }
      }
      ...ErrorFields
    }
  }
`);
