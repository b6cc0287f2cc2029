import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useOnOpen } from '../../components/use-on-open';
import { PlaceLegalHoldMutation, ReleaseLegalHoldMutation } from './catalog.graphql';

interface PlaceLegalHoldModalProps {
  asset: { id: string; qualifiedName: string };
  open: boolean;
  onClose: () => void;
  onPlaced: () => void;
}

interface PlaceValues {
  matter: string;
  reason?: string;
}

/** Places a legal hold on a table for a matter: its rows are kept until the hold is lifted. */
export function PlaceLegalHoldModal({ asset, open, onClose, onPlaced }: PlaceLegalHoldModalProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const [form] = Form.useForm<PlaceValues>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, place] = useMutation(PlaceLegalHoldMutation);
  useOnOpen(open, () => form.resetFields());

  const onFinish = async ({ matter, reason }: PlaceValues) => {
    const outcome = await place({ assetId: asset.id, matter, reason: reason?.trim() ? reason : null });
    if (handle({ payload: outcome.data?.placeLegalHold, error: outcome.error }, { form })) {
      void message.success(t('lifecycle.placed', { matter: matter.trim() }));
      onPlaced();
    }
  };

  return (
    <Modal
      open={open}
      title={t('lifecycle.placeTitle', { asset: asset.qualifiedName })}
      okText={t('lifecycle.placeOk')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('lifecycle.placeHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="place-legal-hold">
        <Form.Item
          name="matter"
          label={t('lifecycle.matter')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={200} placeholder={t('lifecycle.matterPlaceholder')} />
        </Form.Item>
        <Form.Item name="reason" label={t('lifecycle.reason')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={4000}
            placeholder={t('lifecycle.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface LiftLegalHoldModalProps {
  hold: { id: string; version: number; matter: string } | null;
  onClose: () => void;
  onLifted: () => void;
}

/** Lifts a standing hold, saying why; the table's retention schedule applies again from the next evaluation. */
export function LiftLegalHoldModal({ hold, onClose, onLifted }: LiftLegalHoldModalProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const [form] = Form.useForm<{ note: string }>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, release] = useMutation(ReleaseLegalHoldMutation);
  useOnOpen(Boolean(hold), () => form.resetFields());

  const onFinish = async ({ note }: { note: string }) => {
    if (!hold) return;
    const outcome = await release({ id: hold.id, version: hold.version, note });
    if (handle({ payload: outcome.data?.releaseLegalHold, error: outcome.error }, { form, onReload: onLifted })) {
      void message.success(t('lifecycle.lifted', { matter: hold.matter }));
      onLifted();
    }
  };

  return (
    <Modal
      open={Boolean(hold)}
      title={hold ? t('lifecycle.liftTitle', { matter: hold.matter }) : ''}
      okText={t('lifecycle.lift')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('lifecycle.liftHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="lift-legal-hold">
        <Form.Item
          name="note"
          label={t('lifecycle.note')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={4000}
            placeholder={t('lifecycle.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
