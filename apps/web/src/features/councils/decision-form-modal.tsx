import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { MarkdownInput } from '../../components/markdown/markdown-input';
import type { ShownRecordLink } from '../../components/record-links-input';
import { useOnOpen } from '../../components/use-on-open';
import { today } from '../program/program-shared';
import { RecordDecisionMutation, UpdateDecisionMutation } from './councils.graphql';
import { DecisionLinksInput } from './decision-links-input';
import type { Decision } from './decision-log-card';

interface DecisionValues {
  decidedOn: string;
  title: string;
  rationale: string;
  details?: string;
  links: ShownRecordLink[];
}

interface DecisionFormModalProps {
  open: boolean;
  council: { id: string; name: string };
  /** The decision to correct; absent to record a new one. */
  decision?: Decision | null;
  onClose: () => void;
  onReload: () => void;
}

const keyOf = (links: readonly { type: string; id: string }[]) => links.map((link) => `${link.type}:${link.id}`).join();

/** Records a council's decision (or corrects one): when, what, why, and the records it changed. */
export function DecisionFormModal({ open, council, decision, onClose, onReload }: DecisionFormModalProps) {
  const { t } = useTranslation(['councils', 'common']);
  const [form] = Form.useForm<DecisionValues>();
  const handle = useResultHandler();
  const [{ fetching: recording }, recordDecision] = useMutation(RecordDecisionMutation);
  const [{ fetching: updating }, updateDecision] = useMutation(UpdateDecisionMutation);

  useOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue(
      decision
        ? {
            decidedOn: decision.decidedOn,
            title: decision.title,
            rationale: decision.rationale,
            details: decision.details ?? undefined,
            links: decision.links.map((link) => ({ ...link })),
          }
        : { decidedOn: today(), links: [] },
    );
  });

  const onFinish = async (values: DecisionValues) => {
    const fields = {
      decidedOn: values.decidedOn,
      title: values.title.trim(),
      rationale: values.rationale.trim(),
      details: values.details?.trim() || null,
    };
    // A record deleted since cannot be linked again: once the links change, those drop out.
    const links = (values.links ?? []).filter((link) => link.exists !== false).map(({ type, id }) => ({ type, id }));
    let payload: Parameters<typeof handle>[0]['payload'];
    let error: Parameters<typeof handle>[0]['error'];
    if (decision) {
      // Links go only when changed: a record deleted since would otherwise refuse every correction.
      const linksChanged = keyOf(values.links ?? []) !== keyOf(decision.links);
      const outcome = await updateDecision({
        input: { id: decision.id, version: decision.version, ...fields, ...(linksChanged ? { links } : {}) },
      });
      payload = outcome.data?.updateDecision;
      error = outcome.error;
    } else {
      const outcome = await recordDecision({ input: { councilId: council.id, ...fields, links } });
      payload = outcome.data?.recordDecision;
      error = outcome.error;
    }
    const done = handle(
      { payload, error },
      { form, onReload, successMessage: decision ? t('decisionForm.saved') : t('decisionForm.recorded') },
    );
    if (done) onClose();
  };

  return (
    <Modal
      open={open}
      width={720}
      title={decision ? t('decisionForm.editTitle') : t('decisionForm.createTitle', { council: council.name })}
      okText={decision ? t('common:actions.saveChanges') : t('decisionForm.submit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={recording || updating}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        <Form.Item
          name="decidedOn"
          label={t('decisionForm.decidedOn')}
          extra={t('decisionForm.decidedOnHelp')}
          rules={[{ required: true, message: t('decisionForm.required') }]}
        >
          <Input type="date" style={{ maxWidth: 220 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('decisionForm.title')}
          rules={[{ required: true, whitespace: true, message: t('decisionForm.required') }]}
        >
          <Input placeholder={t('decisionForm.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="rationale"
          label={t('decisionForm.rationale')}
          rules={[{ required: true, whitespace: true, message: t('decisionForm.rationaleRequired') }]}
        >
          <MarkdownInput rows={4} placeholder={t('decisionForm.rationalePlaceholder')} />
        </Form.Item>
        <Form.Item name="details" label={t('decisionForm.details')}>
          <MarkdownInput rows={3} placeholder={t('decisionForm.detailsPlaceholder')} />
        </Form.Item>
        <Form.Item name="links" label={t('decisionForm.links')} extra={t('decisionForm.linksHelp')}>
          <DecisionLinksInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
