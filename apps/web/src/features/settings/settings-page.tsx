import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangePasswordForm } from '../../auth/change-password-form';
import { useCan, useViewer } from '../../auth/viewer-context';
import { AppRoleTag } from '../../components/enum-tags';
import { PageHeader } from '../../components/page-header';
import { ApiTokensCard } from './api-tokens-card';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const viewer = useViewer();
  const canOwnTokens = useCan('tokens:own');

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={10}>
          <Card title={t('account.title')} className="stacked-card">
            <Descriptions column={1} size="small" colon={false} className="profile-descriptions">
              <Descriptions.Item label={t('account.name')}>{viewer.account.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('account.email')}>{viewer.account.email}</Descriptions.Item>
              <Descriptions.Item label={t('account.role')}>
                <AppRoleTag role={viewer.account.role} />
              </Descriptions.Item>
              <Descriptions.Item label={t('account.person')}>
                {viewer.person ? (
                  <Link to={`/people/${viewer.person.id}`}>{viewer.person.name}</Link>
                ) : (
                  t('account.noPerson')
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('password.title')} className="stacked-card">
            <p className="card-hint">{t('password.hint')}</p>
            <ChangePasswordForm />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          {canOwnTokens ? <ApiTokensCard /> : <Card title={t('tokens.title')}>{t('tokens.notAllowed')}</Card>}
        </Col>
      </Row>
    </>
  );
}
