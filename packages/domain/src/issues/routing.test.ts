import { describe, expect, it } from 'vitest';
import type { GovernanceRole, Raci } from '../stewardship/role-assignment.js';
import { type Responsible, type RoutingTarget, routeTicket } from './routing.js';
import { mentionedHandles } from './ticket.js';

const holds = (personId: string, role: GovernanceRole, raci: Raci | null = 'R', inheritedFrom: string | null = null) =>
  ({ personId, role, raci, inheritedFrom }) satisfies Responsible;

const target = (label: string, ...responsibles: Responsible[]): RoutingTarget => ({ label, responsibles });

describe('routeTicket: to the steward of a linked record', () => {
  it('prefers the business steward over the technical steward', () => {
    const email = target(
      'crm.customer.email',
      holds('tech', 'technical_steward'),
      holds('biz', 'business_steward'),
      holds('owner', 'data_owner', 'A'),
    );
    expect(routeTicket([email], null)).toEqual({
      assigneeId: 'biz',
      kind: 'link',
      via: 'crm.customer.email',
      role: 'business_steward',
      inheritedFrom: null,
      accountableOwnerIds: ['owner'],
    });
  });

  it('falls to the technical steward, then the custodian, when there is no business steward', () => {
    expect(
      routeTicket([target('crm.customer', holds('cust', 'custodian'), holds('tech', 'technical_steward'))], null),
    ).toMatchObject({ assigneeId: 'tech', role: 'technical_steward' });
    expect(routeTicket([target('crm.customer', holds('cust', 'custodian'))], null)).toMatchObject({
      assigneeId: 'cust',
      role: 'custodian',
    });
  });

  it('among stewards of the same role prefers the one marked R', () => {
    const term = target(
      'Customer lifetime value',
      holds('consulted', 'business_steward', 'C'),
      holds('responsible', 'business_steward', 'R'),
      holds('informed', 'business_steward', 'I'),
    );
    expect(routeTicket([term], null).assigneeId).toBe('responsible');
  });

  it('takes the first steward of the role when none is marked R', () => {
    const term = target('Churn', holds('first', 'business_steward', 'C'), holds('second', 'business_steward', null));
    expect(routeTicket([term], null).assigneeId).toBe('first');
  });

  it('a business steward without R still comes before a technical steward with R', () => {
    const asset = target(
      'crm.customer',
      holds('tech', 'technical_steward', 'R'),
      holds('biz', 'business_steward', 'C'),
    );
    expect(routeTicket([asset], null)).toMatchObject({ assigneeId: 'biz', role: 'business_steward' });
  });

  it('says where an inherited responsibility comes from', () => {
    const field = target('crm.customer.email', holds('biz', 'business_steward', 'R', 'Customer'));
    expect(routeTicket([field], null)).toEqual({
      assigneeId: 'biz',
      kind: 'link',
      via: 'crm.customer.email',
      role: 'business_steward',
      inheritedFrom: 'Customer',
      accountableOwnerIds: [],
    });
  });

  it('the first link with a steward wins over later ones, whatever their roles', () => {
    const ownerOnly = target('crm.orders', holds('owner-1', 'data_owner', 'A'));
    const technical = target('crm.customer', holds('tech', 'technical_steward'));
    const business = target('Customer', holds('biz', 'business_steward'));
    expect(routeTicket([ownerOnly, technical, business], null)).toMatchObject({
      assigneeId: 'tech',
      kind: 'link',
      via: 'crm.customer',
      role: 'technical_steward',
    });
    expect(routeTicket([business, technical], null)).toMatchObject({ assigneeId: 'biz', via: 'Customer' });
  });

  it("a linked record's steward wins over the domain's", () => {
    const domain = target('Customer', holds('domain-steward', 'business_steward'));
    const field = target('crm.customer.email', holds('tech', 'technical_steward'));
    expect(routeTicket([field], domain)).toMatchObject({ assigneeId: 'tech', kind: 'link', via: 'crm.customer.email' });
  });

  it('never routes to someone who is not a steward', () => {
    const asset = target(
      'crm.customer',
      holds('owner', 'data_owner', 'R'),
      holds('cdo', 'chief_data_officer', 'R'),
      holds('council', 'council_member', 'R'),
      holds('sponsor', 'executive_sponsor', 'R'),
    );
    expect(routeTicket([asset], null)).toMatchObject({ assigneeId: null, kind: 'triage_queue' });
  });
});

describe('routeTicket: falling back', () => {
  it("goes to the domain's steward when no linked record has one", () => {
    const domain = target('Customer', holds('tech', 'technical_steward'), holds('biz', 'business_steward'));
    const unstaffed = target('crm.customer.email');
    expect(routeTicket([unstaffed], domain)).toEqual({
      assigneeId: 'biz',
      kind: 'domain',
      via: 'Customer',
      role: 'business_steward',
      inheritedFrom: null,
      accountableOwnerIds: [],
    });
    expect(routeTicket([], domain)).toMatchObject({ assigneeId: 'biz', kind: 'domain' });
  });

  it("reports when the domain's steward is inherited from a parent domain", () => {
    const domain = target('Customer / Billing', holds('biz', 'business_steward', 'R', 'Customer'));
    expect(routeTicket([], domain)).toMatchObject({
      kind: 'domain',
      via: 'Customer / Billing',
      inheritedFrom: 'Customer',
    });
  });

  it('goes to the triage queue when nobody stewards anything it concerns', () => {
    const queued = {
      assigneeId: null,
      kind: 'triage_queue',
      via: null,
      role: null,
      inheritedFrom: null,
      accountableOwnerIds: [],
    };
    expect(routeTicket([], null)).toEqual(queued);
    expect(routeTicket([target('crm.customer')], target('Customer'))).toEqual(queued);
  });
});

describe('routeTicket: accountable owners', () => {
  it('collects data owners marked A from every link and the domain, each once, in order', () => {
    const links = [
      target('crm.customer', holds('owner-1', 'data_owner', 'A'), holds('biz', 'business_steward')),
      target(
        'crm.customer.email',
        holds('owner-2', 'data_owner', 'A', 'Customer'),
        holds('owner-1', 'data_owner', 'A'),
      ),
    ];
    const domain = target('Customer', holds('owner-3', 'data_owner', 'A'), holds('owner-2', 'data_owner', 'A'));
    expect(routeTicket(links, domain).accountableOwnerIds).toEqual(['owner-1', 'owner-2', 'owner-3']);
  });

  it('collects them even when the ticket goes to the triage queue', () => {
    const route = routeTicket([target('crm.customer', holds('owner', 'data_owner', 'A'))], null);
    expect(route).toMatchObject({ kind: 'triage_queue', accountableOwnerIds: ['owner'] });
  });

  it('leaves out data owners with another letter, and people with A in other roles', () => {
    const asset = target(
      'crm.customer',
      holds('owner-r', 'data_owner', 'R'),
      holds('owner-c', 'data_owner', 'C'),
      holds('owner-i', 'data_owner', 'I'),
      holds('owner-none', 'data_owner', null),
      holds('steward-a', 'business_steward', 'A'),
      holds('cdo-a', 'chief_data_officer', 'A'),
    );
    expect(routeTicket([asset], target('Customer')).accountableOwnerIds).toEqual([]);
  });
});

describe('mentionedHandles', () => {
  it('finds handles, lower-cased, without trailing punctuation', () => {
    expect(mentionedHandles('@sarah.updown please check, cc @Steve.Panic.')).toEqual(['sarah.updown', 'steve.panic']);
  });

  it('does not take an email address for a mention', () => {
    expect(mentionedHandles('x@y.com')).toEqual([]);
    expect(mentionedHandles('write to sarah.updown@example.com or ask @steve.panic')).toEqual(['steve.panic']);
  });

  it('names each person once', () => {
    expect(mentionedHandles('@ann.lee, @Ann.Lee and again @ANN.LEE!')).toEqual(['ann.lee']);
  });

  it('finds mentions after brackets, newlines and other mentions', () => {
    expect(mentionedHandles('(@ann.lee)\n@bob_ray-2 @carl.o')).toEqual(['ann.lee', 'bob_ray-2', 'carl.o']);
  });

  it('finds nothing in a text without mentions', () => {
    expect(mentionedHandles('')).toEqual([]);
    expect(mentionedHandles('nothing to see @ here')).toEqual([]);
  });
});
