import { describe, expect, it } from 'vitest';
import { assignRoleInputSchema } from '../stewardship/role-assignment.js';
import { InputError } from './errors.js';
import { parseInput } from './validation.js';

describe('input parsing', () => {
  it('names nested fields with dotted paths', () => {
    try {
      parseInput(assignRoleInputSchema, { personId: 'x', role: 'data_owner', scope: { type: 'domain' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).fieldErrors.map((entry) => entry.field)).toEqual(['personId', 'scope.id']);
    }
  });

  it('fills the RACI letter a role carries by default', () => {
    const input = parseInput(assignRoleInputSchema, {
      personId: '0b9ab1c3-7a4e-4f0e-8a57-0d3c9a1f2e44',
      role: 'technical_steward',
      scope: { type: 'program' },
    });
    expect(input).toMatchObject({ raci: 'R', scope: { type: 'program', id: null } });
  });
});
