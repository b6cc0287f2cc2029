import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useOnOpen } from '../../components/use-on-open';
import type { SourceFieldsFragment, SslMode } from '../../gql/graphql';
import { CreateDataSourceMutation, TestConnectionMutation, UpdateDataSourceMutation } from './catalog.graphql';

type PasswordMode = 'stored' | 'environment' | 'none' | 'keep';

interface SourceFormValues {
  name: string;
  description?: string;
  host: string;
  port?: number;
  database: string;
  user: string;
  sslMode: SslMode;
  passwordMode: PasswordMode;
  password?: string;
  passwordEnv?: string;
  schemas: string[];
}

export interface DemoAddress {
  host: string;
  port: number;
  database: string;
  user: string;
}

interface SourceFormModalProps {
  open: boolean;
  /** The source to edit; absent to add one. */
  source?: SourceFieldsFragment;
  demoAddress?: DemoAddress | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

type TestOutcome = { ok: true; version: string; count: number; schemas: string[] } | { ok: false; message: string };

/** Adds or reconnects a PostgreSQL source; the password is sent once and never comes back. */
export function SourceFormModal({ open, source, demoAddress, onClose, onSaved }: SourceFormModalProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const [form] = Form.useForm<SourceFormValues>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching: creating }, create] = useMutation(CreateDataSourceMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateDataSourceMutation);
  const [{ fetching: testing }, test] = useMutation(TestConnectionMutation);
  const [tested, setTested] = useState<TestOutcome | null>(null);
  const passwordMode = Form.useWatch('passwordMode', form);

  useOnOpen(open, () => {
    setTested(null);
    form.resetFields();
    if (source) {
      const { connection } = source;
      form.setFieldsValue({
        name: source.name,
        description: source.description ?? undefined,
        host: connection.host,
        port: connection.port,
        database: connection.database,
        user: connection.user,
        sslMode: connection.sslMode,
        passwordMode: connection.passwordSource === 'stored' ? 'keep' : connection.passwordSource,
        passwordEnv: connection.passwordEnv ?? undefined,
        schemas: connection.schemas,
      });
    } else {
      form.setFieldsValue({ port: 5432, sslMode: 'prefer', passwordMode: 'stored', schemas: [] });
    }
  });

  const connectionOf = (values: SourceFormValues) => ({
    host: values.host,
    port: values.port ?? null,
    database: values.database,
    user: values.user,
    sslMode: values.sslMode,
    schemas: values.schemas ?? [],
    // Keep: say nothing about the password, so the stored one stays.
    ...(values.passwordMode === 'keep'
      ? {}
      : {
          password: values.passwordMode === 'stored' ? (values.password ?? '') : null,
          passwordEnv: values.passwordMode === 'environment' ? (values.passwordEnv ?? null) : null,
        }),
  });

  const runTest = async () => {
    const values = await form.validateFields(['host', 'port', 'database', 'user', 'sslMode']).catch(() => null);
    if (!values) return;
    const all = { ...form.getFieldsValue(), ...values } as SourceFormValues;
    const outcome = await test({ input: { sourceId: source?.id ?? null, connection: connectionOf(all) } });
    const result = handle(
      { payload: outcome.data?.testDataSourceConnection, error: outcome.error },
      { form, fieldNames: fieldNamesOfConnection },
    );
    if (!result) return;
    setTested(
      result.ok
        ? { ok: true, version: result.serverVersion ?? '', count: result.schemas.length, schemas: result.schemas }
        : { ok: false, message: result.message ?? '' },
    );
  };

  const onFinish = async (values: SourceFormValues) => {
    const connection = connectionOf(values);
    if (source) {
      const outcome = await update({
        input: {
          id: source.id,
          version: source.version,
          name: values.name,
          description: values.description?.trim() || null,
          connection,
        },
      });
      const saved = handle(
        { payload: outcome.data?.updateDataSource, error: outcome.error },
        { form, fieldNames: fieldNamesOfConnection },
      );
      if (saved) onSaved(saved.id);
      return;
    }
    const outcome = await create({
      input: { name: values.name, description: values.description?.trim() || null, connection },
    });
    const saved = handle(
      { payload: outcome.data?.createDataSource, error: outcome.error },
      { form, fieldNames: fieldNamesOfConnection },
    );
    if (saved) {
      void message.success(t('form.created', { name: saved.name }));
      onSaved(saved.id);
    }
  };

  const fillDemoAddress = () => {
    if (!demoAddress) return;
    form.setFieldsValue({
      name: form.getFieldValue('name') || 'Homebody operations (copy)',
      host: demoAddress.host,
      port: demoAddress.port,
      database: demoAddress.database,
      user: demoAddress.user,
      sslMode: 'disable',
      passwordMode: 'none',
    });
    setTested(null);
  };

  const schemaOptions = [...new Set([...(tested?.ok ? tested.schemas : []), ...(form.getFieldValue('schemas') ?? [])])];

  return (
    <Modal
      open={open}
      width={640}
      title={source ? t('form.editTitle', { name: source.name }) : t('form.createTitle')}
      onCancel={onClose}
      forceRender
      footer={[
        <Button key="test" onClick={() => void runTest()} loading={testing} style={{ float: 'left' }}>
          {t('form.test')}
        </Button>,
        <Button key="cancel" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={creating || updating} onClick={() => form.submit()}>
          {source ? t('form.save') : t('form.create')}
        </Button>,
      ]}
    >
      {demoAddress && !source ? (
        <Alert
          type="info"
          showIcon
          className="catalog-demo-hint"
          message={t('form.useDemoHelp', { host: demoAddress.host, port: demoAddress.port })}
          action={
            <Button size="small" onClick={fillDemoAddress}>
              {t('form.useDemo')}
            </Button>
          }
        />
      ) : null}
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish} name="data-source">
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.required') }]}>
          <Input placeholder={t('form.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea rows={2} placeholder={t('form.descriptionPlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="host" label={t('form.host')} rules={[{ required: true, message: t('form.required') }]}>
              <Input placeholder="db.example.com" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="port" label={t('form.port')}>
              <InputNumber min={1} max={65535} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="database"
              label={t('form.database')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="user"
              label={t('form.user')}
              extra={t('form.userHelp')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sslMode" label={t('form.sslMode')}>
          <Radio.Group
            optionType="button"
            options={(['disable', 'prefer', 'require'] as const).map((value) => ({
              value,
              label: t(`form.sslModes.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="passwordMode" label={t('form.passwordMode')}>
          <Radio.Group>
            {(source?.connection.passwordSource === 'stored' ? (['keep'] as const) : []).map((mode) => (
              <Radio key={mode} value={mode}>
                {t('form.passwordModes.keep')}
              </Radio>
            ))}
            <Radio value="stored">{t('form.passwordModes.stored')}</Radio>
            <Radio value="environment">{t('form.passwordModes.environment')}</Radio>
            <Radio value="none">{t('form.passwordModes.none')}</Radio>
          </Radio.Group>
        </Form.Item>
        {passwordMode === 'stored' ? (
          <Form.Item
            name="password"
            label={t('form.password')}
            extra={t('form.passwordHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : null}
        {passwordMode === 'environment' ? (
          <Form.Item
            name="passwordEnv"
            label={t('form.passwordEnv')}
            extra={t('form.passwordEnvHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input placeholder="CRM_DB_PASSWORD" autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item name="schemas" label={t('form.schemas')} extra={t('form.schemasHelp')}>
          <Select
            mode="tags"
            placeholder={t('form.schemasPlaceholder')}
            options={schemaOptions.map((name) => ({ value: name, label: name }))}
          />
        </Form.Item>
      </Form>
      {tested ? (
        <Alert
          type={tested.ok ? 'success' : 'error'}
          showIcon
          data-testid="connection-test-result"
          message={
            tested.ok
              ? t('form.testOk', { version: tested.version, count: tested.count })
              : t('form.testFailed', { message: tested.message })
          }
        />
      ) : (
        <Typography.Text type="secondary" />
      )}
    </Modal>
  );
}

/** Server paths (`connection.host`) land on the flat form's fields. */
const fieldNamesOfConnection: Record<string, string> = {
  'connection.host': 'host',
  'connection.port': 'port',
  'connection.database': 'database',
  'connection.user': 'user',
  'connection.sslMode': 'sslMode',
  'connection.password': 'password',
  'connection.passwordEnv': 'passwordEnv',
  'connection.schemas': 'schemas',
  connection: 'host',
};
