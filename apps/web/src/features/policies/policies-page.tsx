import { PlusOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ExceptionRegister } from './exception-register';
import { LegalHoldRegister } from './legal-hold-register';
import { PolicyLibrary } from './policy-library';
import { RetentionRegister } from './retention-register';
import { usePolicyAbilities } from './use-policy-abilities';
import { WritePolicyModal } from './write-policy-modal';
import './policies.css';

/** The tabs besides the library, as `?view=` names them. */
const registerViews = ['exceptions', 'holds', 'retention'] as const;
type View = 'library' | (typeof registerViews)[number];

/**
 * The policies and the registers that go with them: the policy library, the exceptions granted
 * to their controls, the legal holds on tables and the retention schedule in force. The tab is
 * kept in the address (`?view=`), so each register can be linked to.
 */
export function PoliciesPage() {
  const { t } = useTranslation(['policies', 'common']);
  const { canManage } = usePolicyAbilities();
  const [params, setParams] = useSearchParams();
  const [writing, setWriting] = useState(false);
  const requested = params.get('view');
  const view: View = registerViews.find((name) => name === requested) ?? 'library';

  const choose = (key: string) => {
    const next = new URLSearchParams(params);
    if (key === 'library') next.delete('view');
    else next.set('view', key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.pageDescription')}
        actions={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setWriting(true)}
              data-testid="write-policy"
            >
              {t('write.open')}
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={view}
        onChange={choose}
        data-testid="policies-tabs"
        items={[
          {
            key: 'library',
            label: t('registers.tabs.library'),
            children: <PolicyLibrary onWrite={() => setWriting(true)} />,
          },
          { key: 'exceptions', label: t('registers.tabs.exceptions'), children: <ExceptionRegister /> },
          { key: 'holds', label: t('registers.tabs.holds'), children: <LegalHoldRegister /> },
          { key: 'retention', label: t('registers.tabs.retention'), children: <RetentionRegister /> },
        ]}
      />
      <WritePolicyModal open={writing} onClose={() => setWriting(false)} />
    </>
  );
}
