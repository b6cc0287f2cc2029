import { describe, expect, it } from 'vitest';
import { availableDocumentActions, diffLines, planDocumentTransition } from './documents.js';

describe('document workflow', () => {
  it('goes draft → in review → approved, or back to draft, and refuses the rest', () => {
    expect(planDocumentTransition('draft', 'submit')).toEqual({ to: 'in_review', by: 'author' });
    expect(planDocumentTransition('in_review', 'approve')).toEqual({ to: 'approved', by: 'approver' });
    expect(planDocumentTransition('in_review', 'send_back')).toEqual({ to: 'draft', by: 'approver' });
    expect(planDocumentTransition('draft', 'approve')).toEqual({ error: 'cannot approve a version that is draft' });
    expect(planDocumentTransition('approved', 'submit')).toHaveProperty('error');
  });

  it('offers each actor only their own actions', () => {
    expect(availableDocumentActions('draft', { author: true, approver: false })).toEqual(['submit']);
    expect(availableDocumentActions('in_review', { author: true, approver: false })).toEqual([]);
    expect(availableDocumentActions('in_review', { author: false, approver: true })).toEqual(['approve', 'send_back']);
    expect(availableDocumentActions('superseded', { author: true, approver: true })).toEqual([]);
  });
});

describe('diffLines', () => {
  it('keeps common lines and marks what was removed and added', () => {
    expect(diffLines('# Charter\nMission\nScope', '# Charter\nMission, revised\nScope\nCadence')).toEqual([
      { kind: 'same', text: '# Charter' },
      { kind: 'removed', text: 'Mission' },
      { kind: 'added', text: 'Mission, revised' },
      { kind: 'same', text: 'Scope' },
      { kind: 'added', text: 'Cadence' },
    ]);
  });

  it('says nothing changed for equal texts and handles empty ones', () => {
    expect(diffLines('a\nb', 'a\nb').every((line) => line.kind === 'same')).toBe(true);
    expect(diffLines('', 'new')).toEqual([
      { kind: 'removed', text: '' },
      { kind: 'added', text: 'new' },
    ]);
  });
});
