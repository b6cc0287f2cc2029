import { useCan, useViewer } from '../../auth/viewer-context';

interface PolicyPeople {
  owner: { id: string };
  approver: { id: string };
}

/**
 * What the viewer may do around policies. Version moves come from the server (`actions`); the
 * rest mirrors the server's rules, which still refuse anyone else: the program's team manages
 * (writes policies, adds, changes, switches and evaluates controls), the policy's owner writes
 * its versions and details, the approver grants exceptions, and only a control's owner attests it.
 */
export function usePolicyAbilities() {
  const canManage = useCan('program:manage');
  const personId = useViewer().person?.id ?? null;
  return {
    canManage,
    personId,
    canWrite: (policy: PolicyPeople) => canManage || (personId !== null && personId === policy.owner.id),
    isApprover: (policy: PolicyPeople) => personId !== null && personId === policy.approver.id,
    /** Only the control's owner: the server refuses everyone else, the program's team included. */
    canAttest: (control: { owner: { id: string } }) => personId !== null && personId === control.owner.id,
  };
}
