import { PlayCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Input, Modal, Segmented, Select, Table, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { When } from '../../components/when';
import type { MdmDomainQuery as MdmDomainData } from '../../gql/graphql';
import { SampleMdmFromTableMutation, StartMdmSimulationMutation, UploadMdmSampleMutation } from './mdm.graphql';
import { SimulationStatusTag } from './mdm-tags';
import { TableSampleFields, type TableSampleValues } from './table-sample-fields';

type Domain = NonNullable<MdmDomainData['mdmDomain']>;
type Sample = Domain['samples'][number];
type Simulation = Domain['simulations'][number];

/** Samples to try policies on, and the runs so far. */
export function MdmSimulationsTab({
  domain,
  canDesign,
  onChanged,
}: {
  domain: Domain;
  canDesign: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation(['mdm', 'common']);
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, style: 'percent' });
  const [uploading, setUploading] = useState(false);
  const [running, setRunning] = useState(false);

  const uploadButton = canDesign ? (
    <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
      {t('samples.upload')}
    </Button>
  ) : null;
  const runButton =
    canDesign && domain.samples.length > 0 && domain.policyVersions.length > 0 ? (
      <Button type="primary" icon={<PlayCircleOutlined aria-hidden />} onClick={() => setRunning(true)}>
        {t('simulations.run')}
      </Button>
    ) : null;

  return (
    <Flex vertical gap={16}>
      <Card title={t('samples.title')} extra={uploadButton} className="table-card">
        {domain.samples.length === 0 ? (
          <EmptyState title={t('samples.emptyTitle')} description={t('samples.empty')} action={uploadButton} />
        ) : (
          <Table<Sample>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={domain.samples}
            columns={[
              {
                title: t('samples.name'),
                key: 'name',
                render: (_, sample) => (
                  <Flex vertical>
                    <Typography.Text strong>{sample.name}</Typography.Text>
                    {sample.fileName ? <Typography.Text type="secondary">{sample.fileName}</Typography.Text> : null}
                  </Flex>
                ),
              },
              {
                title: t('samples.records'),
                key: 'records',
                width: 120,
                align: 'right',
                render: (_, sample) => number.format(sample.recordCount),
              },
              {
                title: t('samples.columns'),
                key: 'columns',
                render: (_, sample) => (
                  <Typography.Text type="secondary" ellipsis={{ tooltip: sample.columns.join(', ') }}>
                    {sample.columns.join(', ')}
                  </Typography.Text>
                ),
              },
              {
                title: t('samples.truth'),
                key: 'truth',
                width: 180,
                render: (_, sample) =>
                  sample.truthColumn ? (
                    <Typography.Text code>{sample.truthColumn}</Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">{t('samples.noTruth')}</Typography.Text>
                  ),
              },
              {
                title: t('samples.added'),
                key: 'added',
                width: 140,
                render: (_, sample) => <When at={sample.createdAt} />,
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('simulations.title')} extra={runButton} className="table-card">
        {domain.simulations.length === 0 ? (
          <EmptyState
            title={t('simulations.emptyTitle')}
            description={domain.samples.length === 0 ? t('simulations.emptyNeedsSample') : t('simulations.empty')}
            action={runButton}
          />
        ) : (
          <Table<Simulation>
            rowKey="id"
            size="middle"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={domain.simulations}
            columns={[
              {
                title: t('simulations.when'),
                key: 'when',
                width: 150,
                render: (_, simulation) => (
                  <Link to={`/mdm/simulations/${simulation.id}`}>
                    <When at={simulation.createdAt} />
                  </Link>
                ),
              },
              {
                title: t('simulations.policy'),
                key: 'policy',
                width: 110,
                render: (_, simulation) => t('home.version', { number: simulation.policyVersion.number }),
              },
              { title: t('simulations.sample'), key: 'sample', render: (_, simulation) => simulation.sample.name },
              {
                title: t('simulations.status'),
                key: 'status',
                width: 120,
                render: (_, simulation) => <SimulationStatusTag status={simulation.status} />,
              },
              {
                title: t('simulations.outcome'),
                key: 'outcome',
                render: (_, simulation) =>
                  simulation.summary ? (
                    t('simulations.outcomeLine', {
                      clusters: number.format(simulation.summary.multiRecordClusters),
                      tasks: number.format(simulation.summary.reviewTasks),
                    })
                  ) : simulation.error ? (
                    <Typography.Text type="danger">{simulation.error}</Typography.Text>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('simulations.f1'),
                key: 'f1',
                width: 90,
                align: 'right',
                render: (_, simulation) =>
                  simulation.summary?.evaluation ? percent.format(simulation.summary.evaluation.pairwise.f1) : '—',
              },
            ]}
          />
        )}
      </Card>
      <UploadSampleModal open={uploading} domain={domain} onClose={() => setUploading(false)} onUploaded={onChanged} />
      <RunSimulationModal open={running} domain={domain} onClose={() => setRunning(false)} />
    </Flex>
  );
}

/** The header line's column names (enough to offer the id, truth and source columns before upload). */
function headerColumns(text: string): string[] {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((column) => column.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

interface UploadValues extends TableSampleValues {
  name?: string;
  idColumn?: string;
  truthColumn?: string;
  sourceColumn?: string;
  updatedAtColumn?: string;
}

function UploadSampleModal({
  open,
  domain,
  onClose,
  onUploaded,
}: {
  open: boolean;
  domain: Domain;
  onClose: () => void;
  onUploaded: () => void;
}) {
  const { t } = useTranslation(['mdm', 'common']);
  const [form] = Form.useForm<UploadValues>();
  const handle = useResultHandler();
  const [{ fetching }, upload] = useMutation(UploadMdmSampleMutation);
  const [{ fetching: reading }, fromTable] = useMutation(SampleMdmFromTableMutation);
  const [mode, setMode] = useState<'file' | 'table'>('file');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const columns = file ? headerColumns(file.text) : [];
  const inScope = new Set(domain.attributes.map((attribute) => attribute.name));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setFile(null);
    setFileProblem(null);
    setMode('file');
  }, [open, form]);

  const sampleTable = async (values: UploadValues) => {
    const outcome = await fromTable({
      input: {
        mdmDomainId: domain.id,
        assetId: values.assetId ?? '',
        name: values.name?.trim() ?? '',
        columns: Object.entries(values.mapping ?? {}).flatMap(([attribute, column]) =>
          column ? [{ attribute, column }] : [],
        ),
        idColumn: values.idColumn ?? null,
        sourceColumn: values.sourceColumn ?? null,
        source: values.source?.trim() || null,
        updatedAtColumn: values.updatedAtColumn ?? null,
        limit: values.limit ?? null,
      },
    });
    const sampled = handle(
      { payload: outcome.data?.sampleMdmFromTable, error: outcome.error },
      { form, onProblem: setFileProblem, successMessage: t('samples.tableRead') },
    );
    if (sampled) {
      onClose();
      onUploaded();
    }
  };

  const choose = async (picked: File) => {
    const text = await picked.text();
    setFile({ name: picked.name, text });
    setFileProblem(null);
    const names = headerColumns(text);
    const guess = (...candidates: string[]) => names.find((name) => candidates.includes(name.toLowerCase()));
    form.setFieldsValue({
      name: form.getFieldValue('name') || picked.name.replace(/\.csv$/i, ''),
      idColumn: guess('id', 'rec_id', 'record_id', 'key'),
      truthColumn: undefined,
      sourceColumn: guess('source', 'system', 'source_system'),
      updatedAtColumn: guess('updated_at', 'last_updated', 'modified_at'),
    });
    return false;
  };

  const onFinish = async (values: UploadValues) => {
    if (mode === 'table') return sampleTable(values);
    if (!file) {
      setFileProblem(t('samples.fileRequired'));
      return;
    }
    const outcome = await upload({
      input: {
        mdmDomainId: domain.id,
        name: values.name?.trim() ?? '',
        fileName: file.name,
        csv: file.text,
        idColumn: values.idColumn ?? null,
        truthColumn: values.truthColumn ?? null,
        sourceColumn: values.sourceColumn ?? null,
        updatedAtColumn: values.updatedAtColumn ?? null,
      },
    });
    const uploaded = handle(
      { payload: outcome.data?.uploadMdmSample, error: outcome.error },
      { form, onProblem: setFileProblem, fieldNames: { csv: 'file' } },
    );
    if (uploaded) {
      onClose();
      onUploaded();
    }
  };

  const columnSelect = (label: string) => (
    <Select
      allowClear
      aria-label={label}
      placeholder={t('samples.noColumn')}
      disabled={!file}
      options={columns.map((column) => ({ value: column, label: column }))}
    />
  );

  return (
    <Modal
      open={open}
      title={t('samples.uploadTitle')}
      okText={t('samples.uploadOk')}
      onOk={() => form.submit()}
      confirmLoading={fetching || reading}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ limit: 5000 }}>
        <Segmented
          block
          className="mdm-sample-mode"
          value={mode}
          onChange={(value) => {
            setMode(value as 'file' | 'table');
            setFileProblem(null);
          }}
          options={[
            { value: 'file', label: t('samples.fromFile') },
            { value: 'table', label: t('samples.fromTable') },
          ]}
        />
        {mode === 'table' ? (
          <>
            <Form.Item
              name="name"
              label={t('samples.name')}
              rules={[{ required: true, message: t('samples.nameRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <TableSampleFields
              form={form}
              attributes={domain.attributes.map((attribute) => ({
                name: attribute.name,
                label: attribute.label,
                termId: attribute.term?.id ?? null,
              }))}
            />
            {fileProblem ? <Typography.Text type="danger">{fileProblem}</Typography.Text> : null}
          </>
        ) : (
          <>
            <Form.Item
              label={t('samples.file')}
              extra={t('samples.fileHelp')}
              validateStatus={fileProblem ? 'error' : undefined}
              help={fileProblem ?? undefined}
              name="file"
            >
              <Upload.Dragger
                accept=".csv,text/csv"
                maxCount={1}
                showUploadList={false}
                beforeUpload={(picked) => choose(picked)}
              >
                <Typography.Text>{file ? file.name : t('samples.drop')}</Typography.Text>
                {file ? (
                  <Typography.Paragraph type="secondary" className="mdm-choice-help">
                    {t('samples.columnsFound', {
                      count: columns.length,
                      inScope: columns.filter((column) => inScope.has(column)).length,
                    })}
                  </Typography.Paragraph>
                ) : null}
              </Upload.Dragger>
            </Form.Item>
            <Form.Item
              name="name"
              label={t('samples.name')}
              rules={[{ required: true, message: t('samples.nameRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item
                name="idColumn"
                label={t('samples.idColumn')}
                extra={t('samples.idColumnHelp')}
                style={{ flex: 1 }}
              >
                {columnSelect(t('samples.idColumn'))}
              </Form.Item>
              <Form.Item
                name="truthColumn"
                label={t('samples.truthColumn')}
                extra={t('samples.truthColumnHelp')}
                style={{ flex: 1 }}
              >
                {columnSelect(t('samples.truthColumn'))}
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap>
              <Form.Item name="sourceColumn" label={t('samples.sourceColumn')} style={{ flex: 1 }}>
                {columnSelect(t('samples.sourceColumn'))}
              </Form.Item>
              <Form.Item name="updatedAtColumn" label={t('samples.updatedAtColumn')} style={{ flex: 1 }}>
                {columnSelect(t('samples.updatedAtColumn'))}
              </Form.Item>
            </Flex>
          </>
        )}
      </Form>
    </Modal>
  );
}

interface RunValues {
  policyVersionId?: string;
  sampleId?: string;
  link?: boolean;
}

function RunSimulationModal({ open, domain, onClose }: { open: boolean; domain: Domain; onClose: () => void }) {
  const { t } = useTranslation(['mdm', 'common']);
  const [form] = Form.useForm<RunValues>();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ fetching }, start] = useMutation(StartMdmSimulationMutation);
  const sampleId = Form.useWatch('sampleId', form);
  const chosenSample = domain.samples.find((sample) => sample.id === sampleId);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const preferred =
      domain.policyVersions.find((version) => version.status === 'draft') ??
      domain.policyVersions.find((version) => version.status === 'active') ??
      domain.policyVersions[0];
    form.setFieldsValue({ policyVersionId: preferred?.id, sampleId: domain.samples[0]?.id, link: false });
  }, [open, domain, form]);

  const onFinish = async (values: RunValues) => {
    const outcome = await start({
      input: {
        policyVersionId: values.policyVersionId ?? '',
        sampleId: values.sampleId ?? '',
        link: Boolean(values.link),
      },
    });
    const started = handle({ payload: outcome.data?.startMdmSimulation, error: outcome.error }, { form });
    if (started) {
      onClose();
      navigate(`/mdm/simulations/${started.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={t('simulations.runTitle')}
      okText={t('simulations.runOk')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="policyVersionId" label={t('simulations.policy')} rules={[{ required: true }]}>
          <Select
            aria-label={t('simulations.policy')}
            options={domain.policyVersions.map((version) => ({
              value: version.id,
              label: `${t('home.version', { number: version.number })} · ${t(`policyStatus.${version.status}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="sampleId" label={t('simulations.sample')} rules={[{ required: true }]}>
          <Select
            aria-label={t('simulations.sample')}
            options={domain.samples.map((sample) => ({
              value: sample.id,
              label: t('simulations.sampleOption', { name: sample.name, count: sample.recordCount }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="link"
          valuePropName="checked"
          extra={chosenSample?.sourceColumn ? t('simulations.linkHelp') : t('simulations.linkNeedsSource')}
        >
          <Checkbox disabled={!chosenSample?.sourceColumn}>{t('simulations.link')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
