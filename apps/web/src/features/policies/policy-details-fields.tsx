import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../components/person-picker';
import { policyKinds } from './policy-shared';

interface KnownPerson {
  id: string;
  name: string;
}

/** What a policy is besides its versioned content: its title, kind, owner and approver (writing it, changing them). */
export function PolicyDetailsFields({
  owner,
  approver,
  titlePlaceholder,
  kindTestId,
}: {
  owner?: KnownPerson;
  approver?: KnownPerson;
  titlePlaceholder?: string;
  kindTestId?: string;
}) {
  const { t } = useTranslation('policies');
  return (
    <>
      <Form.Item
        name="title"
        label={t('fields.title')}
        rules={[{ required: true, whitespace: true, message: t('write.titleRequired') }]}
      >
        <Input maxLength={200} placeholder={titlePlaceholder} autoFocus />
      </Form.Item>
      <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
        <Select
          options={policyKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          data-testid={kindTestId}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="ownerPersonId"
            label={t('fields.owner')}
            extra={t('write.ownerHelp')}
            rules={[{ required: true, message: t('write.ownerRequired') }]}
          >
            <PersonPicker known={owner} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="approverPersonId"
            label={t('fields.approver')}
            extra={t('write.approverHelp')}
            rules={[{ required: true, message: t('write.approverRequired') }]}
          >
            <PersonPicker known={approver} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
