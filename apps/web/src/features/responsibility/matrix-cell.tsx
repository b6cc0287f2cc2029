import { CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { DomainRole } from '../../components/domain-roles';
import { RaciTag } from '../../components/raci-tag';
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

/** One domain × role: holders with their letter; inherited ones muted and not editable here. */
export function MatrixCell({ domain, role, canWrite, onReload }: MatrixCellProps) {
  const { t } = useTranslation(['responsibility', 'common', 'enums']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, unassignRole] = useMutation(UnassignRoleMutation);
  const holders = domain.responsibilities.filter((item) => item.assignment.role === role);
  const roleLabel = t(`enums:governanceRole.${role}`).toLowerCase();

  const confirmRemove = ({ assignment }: DomainResponsibility) =>
    modal.confirm({
      title: t('removeTitle', { name: assignment.person.name }),
      content: t('removeBody', { role: roleLabel, domain: domain.name }),
      okText: t('common:actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await unassignRole({ input: { id: assignment.id, version: assignment.version } });
        handle(
          { payload: outcome.data?.unassignRole, error: outcome.error },
          { onReload, successMessage: t('removed', { name: assignment.person.name }) },
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
              <RaciPicker assignment={assignment} onReload={onReload} />
            ) : (
              <RaciTag letter={assignment.raci} muted={inherited} />
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
              <Button
                type="text"
                size="small"
                className="matrix-remove"
                icon={<CloseOutlined />}
                aria-label={`${t('common:actions.remove')} ${assignment.person.name}`}
                onClick={() => confirmRemove(item)}
              />
            ) : null}
          </Flex>
        );
      })}
      {holders.length === 0 ? <span className="matrix-vacant">{t('vacant')}</span> : null}
      {canWrite ? (
        <AddHolderPopover
          domain={domain}
          role={role}
          excludeIds={holders.filter((item) => !item.inherited).map((item) => item.assignment.person.id)}
        />
      ) : null}
    </Flex>
  );
}
