import { graphql } from '../../gql';

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks {
      id
      version
      name
      url
      events
      active
      createdAt
      deliveries(first: 20) {
        id
        event
        status
        attempts
        ticketKey
        nextAttemptAt
        deliveredAt
        createdAt
        attemptLog {
          attempt
          statusCode
          error
          durationMs
          at
        }
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on CreateWebhookSuccess {
        data {
          secret
          webhook {
            id
            name
          }
        }
      }
      ...ErrorFields
    }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      __typename
      ... on UpdateWebhookSuccess {
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
