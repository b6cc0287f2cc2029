import { Form, Input, Modal, Radio, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useOnOpen } from '../../components/use-on-open';
import { AddLineageEdgeMutation, AssetOptionsQuery } from './catalog.graphql';

interface DrawLineageValues {
  direction: 'from' | 'to';
  otherAssetId: string;
  label?: string;
}

interface DrawLineageModalProps {
  asset: { id: string; qualifiedName: string } | null;
  onClose: () => void;
  onDrawn: () => void;
}

/** Draws lineage the source cannot tell: this table reads from, or feeds, another one. */
export function DrawLineageModal({ asset, onClose, onDrawn }: DrawLineageModalProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const [form] = Form.useForm<DrawLineageValues>();
  const handle = useResultHandler();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching: loading }] = useQuery({
    query: AssetOptionsQuery,
    variables: { search: debounced || null },
    pause: !asset,
  });
  const [{ fetching }, add] = useMutation(AddLineageEdgeMutation);
  useOnOpen(Boolean(asset), () => {
    form.resetFields();
    form.setFieldsValue({ direction: 'from' });
  });

  const onFinish = async (values: DrawLineageValues) => {
    if (!asset) return;
    const [upstreamAssetId, downstreamAssetId] =
      values.direction === 'from' ? [values.otherAssetId, asset.id] : [asset.id, values.otherAssetId];
    const outcome = await add({
      input: { upstreamAssetId, downstreamAssetId, label: values.label?.trim() || null },
    });
    const drawn = handle(
      { payload: outcome.data?.addLineageEdge, error: outcome.error },
      { form, fieldNames: { upstreamAssetId: 'otherAssetId', downstreamAssetId: 'otherAssetId' } },
    );
    if (drawn) onDrawn();
  };

  // Until the typed text has been searched, the list answers an older text: offer nothing.
  const pending = search.trim() !== debounced || loading;
  const options = (pending ? [] : (data?.dataAssets.nodes ?? []))
    .filter((option) => option.id !== asset?.id)
    .map((option) => ({ value: option.id, label: `${option.qualifiedName} · ${option.source.name}` }));

  return (
    <Modal
      open={Boolean(asset)}
      title={asset ? t('lineage.drawTitle', { asset: asset.qualifiedName }) : ''}
      okText={t('lineage.draw')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('lineage.drawHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="draw-lineage" requiredMark="optional">
        <Form.Item name="direction" label={t('lineage.direction')}>
          <Radio.Group>
            <Radio value="from">{t('lineage.readsFrom')}</Radio>
            <Radio value="to">{t('lineage.feeds')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="otherAssetId"
          label={t('lineage.other')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            options={options}
            notFoundContent={pending ? <Spin size="small" /> : null}
            placeholder={t('assets.search')}
          />
        </Form.Item>
        <Form.Item name="label" label={t('lineage.label')}>
          <Input placeholder={t('lineage.labelPlaceholder')} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
