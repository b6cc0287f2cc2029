import { CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { DomainRole } from '../../components/domain-roles';
import { RaciTag } from '../../components/raci-tag';
import { VacantRole } from '../../components/vacant-role';
import { UnassignRoleMutation } from '../domains/domains.graphql';
import type { DomainResponsibility } from '../domains/responsibility-type';
import { AddHolderPopover } from './add-holder-popover';
import { RaciPicker } from './raci-picker';

interface MatrixCellProps {
  domain: { id: string; name: string; responsibilities: readonly DomainResponsibility[] };
  role: DomainRole;
  canWrite: boolean;
  onReload: () => void;
}

/** One domain × role: holders (in the server's order) with their letter; inherited ones muted and not editable here. */
export function MatrixCell({ domain, role, canWrite, onReload }: MatrixCellProps) {
  const { t } = useTranslation(['responsibility', 'common', 'enums']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, unassignRole] = useMutation(UnassignRoleMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const holders = domain.responsibilities.filter((item) => item.assignment.role === role);
  const roleInSentence = t(`enums:governanceRoleInSentence.${role}`);

  const confirmRemove = ({ assignment }: DomainResponsibility) =>
    modal.confirm({
      title: t('removeTitle', { name: assignment.person.name }),
      content: t('removeBody', { role: roleInSentence, domain: domain.name }),
      okText: t('common:actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await unassignRole({ input: { id: assignment.id, version: assignment.version } });
        handle(
          { payload: outcome.data?.unassignRole, error: outcome.error },
          {
            onReload,
            onProblem: setProblem,
            successMessage: t('removed', { name: assignment.person.name, role: roleInSentence, domain: domain.name }),
          },
        );
      },
    });

  return (
    <Flex vertical gap={4} className="matrix-cell" data-role={role}>
      {holders.map((item) => {
        const { assignment, inherited, heldOn } = item;
        const editable = canWrite && !inherited;
        const name = (
          <Link to={`/people/${assignment.person.id}`} className="matrix-person">
            {assignment.person.name}
          </Link>
        );
        return (
          <Flex
            key={assignment.id}
            gap={6}
            align="center"
            className={inherited ? 'matrix-holder holder-inherited' : 'matrix-holder'}
            data-testid="matrix-holder"
          >
            {editable ? (
              <RaciPicker assignment={assignment} domainName={domain.name} onReload={onReload} onProblem={setProblem} />
            ) : (
              <RaciTag letter={assignment.raci} muted={inherited} person={assignment.person.name} />
            )}
            {inherited ? (
              <Tooltip title={t('common:inherited.tooltip', { domain: heldOn.name })}>
                <span className="matrix-inherited">
                  {name} <span className="inherited-note">{t('common:inherited.tag')}</span>
                </span>
              </Tooltip>
            ) : (
              name
            )}
            {editable ? (
              <Tooltip title={t('common:actions.remove')}>
                <Button
                  type="text"
                  size="small"
                  className="matrix-remove"
                  icon={<CloseOutlined aria-hidden />}
                  aria-label={`${t('common:actions.remove')} ${assignment.person.name}`}
                  onClick={() => confirmRemove(item)}
                />
              </Tooltip>
            ) : null}
          </Flex>
        );
      })}
      {holders.length === 0 ? <VacantRole of={role} /> : null}
      {problem ? (
        <Alert
          type="error"
          showIcon
          className="matrix-problem"
          title={problem}
          closable={{ 'aria-label': t('dismiss'), onClose: () => setProblem(null) }}
        />
      ) : null}
      {canWrite ? <AddHolderPopover domain={domain} role={role} holders={holders} /> : null}
    </Flex>
  );
}
