import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Popover, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { type DomainRole, raciLetters, suggestedRaci } from '../../components/domain-roles';
import { PersonPicker } from '../../components/person-picker';
import type { Raci } from '../../gql/graphql';
import { AssignRoleMutation } from '../domains/domains.graphql';
import type { DomainResponsibility } from '../domains/responsibility-type';

interface AddHolderPopoverProps {
  domain: { id: string; name: string };
  role: DomainRole;
  /** Who holds the role on this domain now (held or inherited). */
  holders: readonly DomainResponsibility[];
}

interface AddHolderValues {
  personId: string;
  raci: Raci;
}

interface AddHolderFormProps extends AddHolderPopoverProps {
  onDone: () => void;
}

/** Mounted only while the popover is open, so each opening starts with a fresh form. */
function AddHolderForm({ domain, role, holders, onDone }: AddHolderFormProps) {
  const excludeIds = holders.filter((item) => !item.inherited).map((item) => item.assignment.person.id);
  const { t } = useTranslation(['responsibility', 'common', 'enums']);
  const [form] = Form.useForm<AddHolderValues>();
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [{ fetching }, assignRole] = useMutation(AssignRoleMutation);

  const onFinish = async (values: AddHolderValues) => {
    const outcome = await assignRole({
      input: { personId: values.personId, role, raci: values.raci, scope: { type: 'domain', id: domain.id } },
    });
    const assigned = handle(
      { payload: outcome.data?.assignRole, error: outcome.error },
      { form, fieldNames: { 'scope.id': 'personId', scope: 'personId' } },
    );
    if (assigned) {
      const roleInSentence = t(`enums:governanceRoleInSentence.${role}`);
      void message.success(t('assigned', { name: assigned.person.name, role: roleInSentence, domain: domain.name }));
      onDone();
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ raci: suggestedRaci(role, holders) }}
      className="add-holder-form"
      requiredMark={false}
    >
      <Form.Item name="personId" label={t('person')} rules={[{ required: true, message: t('personRequired') }]}>
        <PersonPicker excludeIds={excludeIds} autoFocus />
      </Form.Item>
      <Form.Item name="raci" label={t('raci')}>
        <Select options={raciLetters.map((value) => ({ value, label: `${value} · ${t(`enums:raci.${value}`)}` }))} />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onDone}>{t('common:actions.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** The + in a matrix cell: pick a person and a letter, assign. */
export function AddHolderPopover(props: AddHolderPopoverProps) {
  const { domain, role } = props;
  const { t } = useTranslation(['responsibility', 'enums']);
  const [open, setOpen] = useState(false);
  const roleLabel = t(`enums:governanceRole.${role}`).toLowerCase();

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      title={<Typography.Text strong>{t('addTitle', { role: roleLabel, domain: domain.name })}</Typography.Text>}
      content={open ? <AddHolderForm {...props} onDone={() => setOpen(false)} /> : null}
    >
      <Button
        type="dashed"
        size="small"
        icon={<PlusOutlined aria-hidden />}
        className="matrix-add"
        aria-label={`${t('add')}: ${t(`enums:governanceRole.${role}`)}, ${domain.name}`}
      >
        {t('add')}
      </Button>
    </Popover>
  );
}
