import { CloseOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { type DomainRole, domainRoles } from '../../components/domain-roles';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import { RaciTag } from '../../components/raci-tag';
import { VacantRole } from '../../components/vacant-role';
import { UnassignRoleMutation } from './domains.graphql';
import type { DomainResponsibility } from './responsibility-type';

interface DomainResponsibilitiesCardProps {
  domain: { id: string; name: string; responsibilities: readonly DomainResponsibility[] };
  canWrite: boolean;
  onReload: () => void;
  onAssign: (role: DomainRole) => void;
}

/** Per domain role: who holds it here, or who it is inherited from; held ones can be removed. */
export function DomainResponsibilitiesCard({ domain, canWrite, onReload, onAssign }: DomainResponsibilitiesCardProps) {
  const { t } = useTranslation(['domains', 'common', 'enums']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, unassignRole] = useMutation(UnassignRoleMutation);

  const confirmRemove = ({ assignment }: DomainResponsibility) =>
    modal.confirm({
      title: t('detail.removeTitle', {
        name: assignment.person.name,
        role: t(`enums:governanceRole.${assignment.role}`),
      }),
      content: t('detail.removeBody', { domain: domain.name }),
      okText: t('common:actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await unassignRole({ input: { id: assignment.id, version: assignment.version } });
        handle(
          { payload: outcome.data?.unassignRole, error: outcome.error },
          {
            onReload,
            successMessage: t('detail.removed', {
              name: assignment.person.name,
              role: t(`enums:governanceRoleInSentence.${assignment.role}`),
              domain: domain.name,
            }),
          },
        );
      },
    });

  return (
    <Card title={t('detail.responsibilities')} className="stacked-card" data-testid="domain-responsibilities">
      <Typography.Paragraph type="secondary">{t('detail.responsibilitiesHint')}</Typography.Paragraph>
      <div className="responsibility-grid">
        {domainRoles.map((role) => {
          const holders = domain.responsibilities.filter((item) => item.assignment.role === role);
          return (
            <div key={role} className="responsibility-row">
              <Flex vertical align="flex-start" gap={6} className="responsibility-role">
                <GovernanceRoleTag role={role} />
                {canWrite ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<PlusOutlined aria-hidden />}
                    className="responsibility-assign"
                    onClick={() => onAssign(role)}
                    aria-label={`${t('detail.assign')}: ${t(`enums:governanceRole.${role}`)}`}
                  >
                    {t('detail.assignShort')}
                  </Button>
                ) : null}
              </Flex>
              <Flex vertical gap={8} className="responsibility-holders">
                {holders.length === 0 ? (
                  <div>
                    <VacantRole of={role} />
                  </div>
                ) : (
                  holders.map((item) => (
                    <Flex
                      key={item.assignment.id}
                      align="center"
                      gap={10}
                      className={item.inherited ? 'holder holder-inherited' : 'holder'}
                    >
                      <PersonAvatar name={item.assignment.person.name} size="small" />
                      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                        <span>
                          <Link to={`/people/${item.assignment.person.id}`}>{item.assignment.person.name}</Link>
                          {item.inherited ? (
                            <Tooltip title={t('common:inherited.tooltip', { domain: item.heldOn.name })}>
                              <span className="inherited-note">
                                {' '}
                                {t('common:inherited.from', { domain: item.heldOn.name })}
                              </span>
                            </Tooltip>
                          ) : null}
                        </span>
                        {item.assignment.person.title ? (
                          <Typography.Text type="secondary" className="holder-title" ellipsis>
                            {item.assignment.person.title}
                          </Typography.Text>
                        ) : null}
                        {item.assignment.note ? (
                          <Typography.Text className="holder-note" italic ellipsis={{ tooltip: item.assignment.note }}>
                            <FileTextOutlined aria-label={t('detail.noteLabel')} /> {item.assignment.note}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                      <RaciTag
                        letter={item.assignment.raci}
                        muted={item.inherited}
                        person={item.assignment.person.name}
                      />
                      {canWrite && !item.inherited ? (
                        <Tooltip title={t('common:actions.remove')}>
                          <Button
                            type="text"
                            size="small"
                            icon={<CloseOutlined aria-hidden />}
                            aria-label={`${t('common:actions.remove')} ${item.assignment.person.name}`}
                            onClick={() => confirmRemove(item)}
                          />
                        </Tooltip>
                      ) : null}
                    </Flex>
                  ))
                )}
              </Flex>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
