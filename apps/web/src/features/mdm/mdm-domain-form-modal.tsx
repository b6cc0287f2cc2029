import { Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { HierarchySelect } from '../../components/hierarchy-select';
import type { HubStyle, MatchWorkflow } from '../../gql/graphql';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { CreateMdmDomainMutation, UpdateMdmDomainMutation } from './mdm.graphql';

export interface MdmDomainBasics {
  id: string;
  version: number;
  name: string;
  description: string | null;
  hubStyle: HubStyle;
  workflow: MatchWorkflow;
  businessDriver: string | null;
  domain: { id: string } | null;
}

interface Values {
  name?: string;
  hubStyle?: HubStyle;
  workflow?: MatchWorkflow;
  domainId?: string;
  description?: string;
  businessDriver?: string;
}

interface Props {
  open: boolean;
  /** The domain to edit; without it the modal creates one. */
  domain?: MdmDomainBasics;
  hubStyles: readonly { style: HubStyle; title: string; explanation: string }[];
  workflows: readonly { workflow: MatchWorkflow; explanation: string }[];
  onClose: () => void;
  onSaved?: () => void;
}

/** Creates an MDM domain, or edits its basics: name, hub style, workflow, owning domain, purpose. */
export function MdmDomainFormModal({ open, domain, hubStyles, workflows, onClose, onSaved }: Props) {
  const { t } = useTranslation(['mdm', 'common']);
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ data: domainOptions, fetching: loadingDomains }] = useQuery({ query: DomainOptionsQuery, pause: !open });
  const [{ fetching: creating }, create] = useMutation(CreateMdmDomainMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateMdmDomainMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      domain
        ? {
            name: domain.name,
            hubStyle: domain.hubStyle,
            workflow: domain.workflow,
            domainId: domain.domain?.id,
            description: domain.description ?? undefined,
            businessDriver: domain.businessDriver ?? undefined,
          }
        : { hubStyle: 'registry', workflow: 'identify' },
    );
  }, [open, domain, form]);

  const onFinish = async (values: Values) => {
    const fields = {
      name: values.name?.trim() ?? '',
      hubStyle: values.hubStyle!,
      workflow: values.workflow,
      domainId: values.domainId ?? null,
      description: values.description?.trim() || null,
      businessDriver: values.businessDriver?.trim() || null,
    };
    if (domain) {
      const outcome = await update({ input: { id: domain.id, version: domain.version, ...fields } });
      const saved = handle(
        { payload: outcome.data?.updateMdmDomain, error: outcome.error },
        { form, onReload: onSaved, successMessage: t('form.saved') },
      );
      if (saved) {
        onClose();
        onSaved?.();
      }
      return;
    }
    const outcome = await create({ input: fields });
    const created = handle(
      { payload: outcome.data?.createMdmDomain, error: outcome.error },
      { form, successMessage: t('form.created', { name: fields.name }) },
    );
    if (created) {
      onClose();
      navigate(`/mdm/domains/${created.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={domain ? t('form.editTitle') : t('form.createTitle')}
      okText={domain ? t('common:actions.save') : t('form.create')}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.nameRequired') }]}>
          <Input placeholder={t('form.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="hubStyle" label={t('form.hubStyle')} rules={[{ required: true }]}>
          <Radio.Group className="mdm-choice-group">
            <Flex vertical gap={8}>
              {hubStyles.map((style) => (
                <Radio key={style.style} value={style.style}>
                  <Typography.Text strong>{style.title}</Typography.Text>
                  <Typography.Paragraph type="secondary" className="mdm-choice-help">
                    {style.explanation}
                  </Typography.Paragraph>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="workflow" label={t('form.workflow')}>
          <Radio.Group className="mdm-choice-group">
            <Flex vertical gap={8}>
              {workflows.map((workflow) => (
                <Radio key={workflow.workflow} value={workflow.workflow}>
                  <Typography.Text strong>{t(`workflow.${workflow.workflow}`)}</Typography.Text>
                  <Typography.Paragraph type="secondary" className="mdm-choice-help">
                    {workflow.explanation}
                  </Typography.Paragraph>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="domainId" label={t('form.owner')} extra={t('form.ownerHelp')}>
          <HierarchySelect
            nodes={domainOptions?.domains.nodes ?? []}
            loading={loadingDomains}
            placeholder={t('form.ownerPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="businessDriver" label={t('form.businessDriver')} extra={t('form.businessDriverHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
