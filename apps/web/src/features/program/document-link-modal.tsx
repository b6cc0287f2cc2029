import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { type PickedRecord, RecordLinkPicker } from '../../components/record-link-picker';
import type { RecordLinkType } from '../../gql/graphql';
import { LinkDeliverableMutation } from './deliverables.graphql';
import { DeliverableLine, type DeliverableTarget } from './document-write-modal';

/** The kinds of record that can be a deliverable, in the order the picker offers them. */
const linkTypes: readonly RecordLinkType[] = [
  'council',
  'roadmap',
  'assessment',
  'metric',
  'policy',
  'domain',
  'term',
  'mdm_domain',
  'mdm_policy',
  'quality_rule',
  'asset',
  'program_document',
];

interface LinkValues {
  record?: PickedRecord | null;
  note?: string;
}

/**
 * Names a record (a council, the roadmap, a term, another document…) as what provides a step's
 * deliverable, with an optional note.
 */
export function LinkRecordModal({
  programId,
  stepNumber,
  target,
  onClose,
  onLinked,
}: {
  programId: string;
  stepNumber: number;
  target: DeliverableTarget | null;
  onClose: () => void;
  onLinked: () => void;
}) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<LinkValues>();
  const handle = useResultHandler();
  const [{ fetching }, link] = useMutation(LinkDeliverableMutation);

  const onFinish = async ({ record, note }: LinkValues) => {
    if (!target || !record) return;
    const outcome = await link({
      input: {
        programId,
        stepNumber,
        deliverableKey: target.key,
        target: { type: record.type, id: record.id },
        note: note?.trim() || null,
      },
    });
    if (
      handle(
        { payload: outcome.data?.linkDeliverable, error: outcome.error },
        { form, fieldNames: { 'target.id': 'record', target: 'record' }, successMessage: t('linkRecord.linked') },
      )
    )
      onLinked();
  };

  return (
    <Modal
      open={target !== null}
      title={t('linkRecord.title')}
      okText={t('linkRecord.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      {target ? <DeliverableLine target={target} own={t('linkRecord.forOwn')} /> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="record"
          label={t('linkRecord.record')}
          rules={[{ required: true, message: t('linkRecord.recordRequired') }]}
        >
          <RecordLinkPicker types={linkTypes} />
        </Form.Item>
        <Form.Item name="note" label={t('linkRecord.note')}>
          <Input maxLength={500} placeholder={t('linkRecord.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
