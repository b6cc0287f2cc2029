import { Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { HierarchySelect, TOP_LEVEL } from '../../components/hierarchy-select';
import { useOnOpen } from '../../components/use-on-open';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { UpdateDataAssetMutation } from './catalog.graphql';

interface AssetDomainModalProps {
  asset: { id: string; version: number; qualifiedName: string; domain: { id: string } | null } | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Places a table in a domain, or lets it follow its source's domain. */
export function AssetDomainModal({ asset, onClose, onSaved }: AssetDomainModalProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const [form] = Form.useForm<{ domainId: string }>();
  const handle = useResultHandler();
  const [{ data, fetching: loading }] = useQuery({ query: DomainOptionsQuery, pause: !asset });
  const [{ fetching }, update] = useMutation(UpdateDataAssetMutation);
  useOnOpen(Boolean(asset), () => form.setFieldsValue({ domainId: asset?.domain?.id ?? TOP_LEVEL }));

  const onFinish = async ({ domainId }: { domainId: string }) => {
    if (!asset) return;
    const outcome = await update({
      input: { id: asset.id, version: asset.version, domainId: domainId === TOP_LEVEL ? null : domainId },
    });
    if (handle({ payload: outcome.data?.updateDataAsset, error: outcome.error }, { form, onReload: onSaved }))
      onSaved();
  };

  return (
    <Modal
      open={Boolean(asset)}
      title={asset ? t('ownership.domainTitle', { asset: asset.qualifiedName }) : ''}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('ownership.domainHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="asset-domain">
        <Form.Item name="domainId" label={t('source.domain')}>
          <HierarchySelect
            nodes={data?.domains.nodes ?? []}
            loading={loading}
            allowTopLevel
            topLevelLabel={t('ownership.followSource')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
