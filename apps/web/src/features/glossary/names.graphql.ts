import { graphql } from '../../gql';

/*
 * Names for ids, ten at a time (the server has no "by ids" list for these records). The name
 * loader fills unused slots with the last id; the server answers each from one batched load.
 */

export const PersonNamesQuery = graphql(`
  query PersonNames($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!, $f: ID!, $g: ID!, $h: ID!, $i: ID!, $j: ID!) {
    a: person(id: $a) {
      id
      name
    }
    b: person(id: $b) {
      id
      name
    }
    c: person(id: $c) {
      id
      name
    }
    d: person(id: $d) {
      id
      name
    }
    e: person(id: $e) {
      id
      name
    }
    f: person(id: $f) {
      id
      name
    }
    g: person(id: $g) {
      id
      name
    }
    h: person(id: $h) {
      id
      name
    }
    i: person(id: $i) {
      id
      name
    }
    j: person(id: $j) {
      id
      name
    }
  }
`);

export const DomainNamesQuery = graphql(`
  query DomainNames($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!, $f: ID!, $g: ID!, $h: ID!, $i: ID!, $j: ID!) {
    a: domain(id: $a) {
      id
      name
    }
    b: domain(id: $b) {
      id
      name
    }
    c: domain(id: $c) {
      id
      name
    }
    d: domain(id: $d) {
      id
      name
    }
    e: domain(id: $e) {
      id
      name
    }
    f: domain(id: $f) {
      id
      name
    }
    g: domain(id: $g) {
      id
      name
    }
    h: domain(id: $h) {
      id
      name
    }
    i: domain(id: $i) {
      id
      name
    }
    j: domain(id: $j) {
      id
      name
    }
  }
`);

export const TermNamesQuery = graphql(`
  query TermNames($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!, $f: ID!, $g: ID!, $h: ID!, $i: ID!, $j: ID!) {
    a: glossaryTerm(id: $a) {
      id
      name
    }
    b: glossaryTerm(id: $b) {
      id
      name
    }
    c: glossaryTerm(id: $c) {
      id
      name
    }
    d: glossaryTerm(id: $d) {
      id
      name
    }
    e: glossaryTerm(id: $e) {
      id
      name
    }
    f: glossaryTerm(id: $f) {
      id
      name
    }
    g: glossaryTerm(id: $g) {
      id
      name
    }
    h: glossaryTerm(id: $h) {
      id
      name
    }
    i: glossaryTerm(id: $i) {
      id
      name
    }
    j: glossaryTerm(id: $j) {
      id
      name
    }
  }
`);

/** The people behind sign-in labels (revisions record who by email), ten at a time. */
export const PeopleByLabelQuery = graphql(`
  query PeopleByLabel(
    $a: String!
    $b: String!
    $c: String!
    $d: String!
    $e: String!
    $f: String!
    $g: String!
    $h: String!
    $i: String!
    $j: String!
  ) {
    a: people(first: 1, filter: { search: $a }) {
      nodes {
        id
        name
        email
      }
    }
    b: people(first: 1, filter: { search: $b }) {
      nodes {
        id
        name
        email
      }
    }
    c: people(first: 1, filter: { search: $c }) {
      nodes {
        id
        name
        email
      }
    }
    d: people(first: 1, filter: { search: $d }) {
      nodes {
        id
        name
        email
      }
    }
    e: people(first: 1, filter: { search: $e }) {
      nodes {
        id
        name
        email
      }
    }
    f: people(first: 1, filter: { search: $f }) {
      nodes {
        id
        name
        email
      }
    }
    g: people(first: 1, filter: { search: $g }) {
      nodes {
        id
        name
        email
      }
    }
    h: people(first: 1, filter: { search: $h }) {
      nodes {
        id
        name
        email
      }
    }
    i: people(first: 1, filter: { search: $i }) {
      nodes {
        id
        name
        email
      }
    }
    j: people(first: 1, filter: { search: $j }) {
      nodes {
        id
        name
        email
      }
    }
  }
`);
