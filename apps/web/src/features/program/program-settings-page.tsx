import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PeopleSelect } from '../../components/people-select';
import type {
  ProgramQuery as ProgramData,
  ReportingCadence,
  ProgramScopeOptionsQuery as ScopeOptions,
} from '../../gql/graphql';
import { ProgramQuery, ProgramScopeOptionsQuery, UpdateProgramMutation } from './program.graphql';
import {
  ImpactFiguresField,
  type ImpactFigureValues,
  ProcessesField,
  TracksChoice,
  toImpactFigureInput,
} from './program-fields';
import { ProgramReviewsCard } from './program-reviews-card';
import { reportingCadences } from './program-shared';
import { ScopeTreeSelect } from './scope-tree-select';
import './program.css';

type Program = NonNullable<ProgramData['program']>;

/** The form mirrors UpdateProgramInput, so the server's field paths land on the fields as they are. */
interface Values {
  name?: string;
  businessProblem?: string;
  processes?: { kind?: string; name?: string }[];
  impactFigures?: ImpactFigureValues[];
  scope?: {
    domainIds?: string[];
    orgUnitIds?: string[];
    itOrgUnitIds?: string[];
    sourceIds?: string[];
    outOfScope?: string;
  };
  tracks?: number[];
  leadPersonId?: string | null;
  startDate?: string;
  reportingCadence?: ReportingCadence | null;
  nextSponsorReviewOn?: string;
  status?: string;
}

function valuesOf(program: Program): Values {
  return {
    name: program.name,
    businessProblem: program.businessProblem ?? '',
    processes: program.processes.map((item) => ({ kind: item.kind, name: item.name })),
    impactFigures: program.impactFigures.map((figure) => ({ ...figure })),
    scope: {
      domainIds: program.domains.map((domain) => domain.id),
      orgUnitIds: program.orgUnits.map((unit) => unit.id),
      itOrgUnitIds: program.itOrgUnits.map((unit) => unit.id),
      sourceIds: program.sources.map((source) => source.id),
      outOfScope: program.outOfScope ?? '',
    },
    tracks: [...program.tracks],
    leadPersonId: program.lead?.id ?? null,
    startDate: program.startDate ?? '',
    reportingCadence: program.reportingCadence ?? null,
    nextSponsorReviewOn: program.nextSponsorReviewOn ?? '',
    status: program.status,
  };
}

/** A program's problem, figures, scope, tracks, lead and reporting, and the reviews of its problem. */
export function ProgramSettingsPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t } = useTranslation(['program', 'common']);
  const canManage = useCan('program:manage');
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ProgramQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [{ data: options, fetching: loadingOptions }] = useQuery({ query: ProgramScopeOptionsQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const parentOf = useMemo(
    () => new Map((options?.orgUnits.nodes ?? []).map((unit) => [unit.id, unit.parentId])),
    [options],
  );

  const notFound = (
    <Result status="404" title={t('page.notFound')} extra={<Link to="/program">{t('page.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const program = data?.program;
  if (!program) return notFound;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/program">{t('breadcrumb.home')}</Link> },
              { title: <Link to={`/program/${program.id}`}>{program.name}</Link> },
              { title: t('breadcrumb.settings') },
            ]}
          />
        }
        title={t('settings.title')}
        description={t('settings.description')}
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          <SettingsForm
            key={program.version}
            program={program}
            options={options}
            loadingOptions={loadingOptions}
            canManage={canManage}
            onSaved={reload}
          />
        </Col>
        <Col xs={24} xl={8}>
          <div className="program-settings-side">
            <ProgramReviewsCard program={program} parentOf={parentOf} canManage={canManage} onSaved={reload} />
          </div>
        </Col>
      </Row>
    </>
  );
}

interface SettingsFormProps {
  program: Program;
  options: ScopeOptions | undefined;
  loadingOptions: boolean;
  canManage: boolean;
  onSaved: () => void;
}

/** The editable part: remounted on each saved version, so it starts from what the server holds. */
function SettingsForm({ program, options, loadingOptions, canManage, onSaved }: SettingsFormProps) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateProgramMutation);
  const domains = options?.domains.nodes ?? [];
  const orgUnits = options?.orgUnits.nodes ?? [];

  const onFinish = async (values: Values) => {
    const outcome = await update({
      input: {
        id: program.id,
        version: program.version,
        name: values.name?.trim(),
        businessProblem: values.businessProblem?.trim() || null,
        processes: (values.processes ?? []).map((item) => ({
          kind: item.kind ?? 'process',
          name: item.name?.trim() ?? '',
        })),
        impactFigures: (values.impactFigures ?? []).map(toImpactFigureInput),
        scope: {
          domainIds: values.scope?.domainIds ?? [],
          orgUnitIds: values.scope?.orgUnitIds ?? [],
          itOrgUnitIds: values.scope?.itOrgUnitIds ?? [],
          sourceIds: values.scope?.sourceIds ?? [],
          outOfScope: values.scope?.outOfScope?.trim() || null,
        },
        tracks: values.tracks,
        leadPersonId: values.leadPersonId ?? null,
        startDate: values.startDate || null,
        reportingCadence: values.reportingCadence ?? null,
        nextSponsorReviewOn: values.nextSponsorReviewOn || null,
        status: values.status,
      },
    });
    const saved = handle(
      { payload: outcome.data?.updateProgram, error: outcome.error },
      { form, onReload: onSaved, successMessage: t('settings.saved') },
    );
    if (saved) onSaved();
  };

  const saveBar = canManage ? (
    <Flex justify="flex-end" gap={8} className="settings-save">
      <Link to={`/program/${program.id}`}>
        <Button>{t('settings.backToProgram')}</Button>
      </Link>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('common:actions.saveChanges')}
      </Button>
    </Flex>
  ) : null;

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={valuesOf(program)}
      onFinish={onFinish}
      disabled={!canManage}
      requiredMark={false}
      className="program-settings"
      scrollToFirstError
    >
      <Card title={t('settings.problem')} className="stacked-card">
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, message: t('fields.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="businessProblem" label={t('fields.businessProblem')} extra={t('fields.businessProblemHelp')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={10_000} />
        </Form.Item>
        <Typography.Text strong className="program-form-label">
          {t('fields.processes')}
        </Typography.Text>
        <Typography.Paragraph type="secondary">{t('fields.processesHelp')}</Typography.Paragraph>
        <ProcessesField />
      </Card>

      <Card title={t('fields.impactFigures')} className="stacked-card">
        <Typography.Paragraph type="secondary" className="card-hint">
          {t('fields.impactFiguresHelp')}
        </Typography.Paragraph>
        <ImpactFiguresField />
      </Card>

      <Card title={t('scope.title')} className="stacked-card">
        <Row gutter={20}>
          <Col xs={24} lg={12}>
            <Form.Item name={['scope', 'domainIds']} label={t('fields.domains')} extra={t('fields.domainsHelp')}>
              <ScopeTreeSelect nodes={domains} loading={loadingOptions} placeholder={t('fields.domainsPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name={['scope', 'sourceIds']} label={t('fields.sources')} extra={t('fields.sourcesHelp')}>
              <Select
                mode="multiple"
                allowClear
                loading={loadingOptions}
                placeholder={t('fields.sourcesPlaceholder')}
                options={(options?.dataSources ?? []).map((source) => ({ value: source.id, label: source.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name={['scope', 'orgUnitIds']} label={t('fields.orgUnits')} extra={t('fields.orgUnitsHelp')}>
              <ScopeTreeSelect
                nodes={orgUnits}
                loading={loadingOptions}
                placeholder={t('fields.orgUnitsPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name={['scope', 'itOrgUnitIds']}
              label={t('fields.itOrgUnits')}
              extra={t('fields.itOrgUnitsHelp')}
            >
              <ScopeTreeSelect
                nodes={orgUnits}
                loading={loadingOptions}
                placeholder={t('fields.itOrgUnitsPlaceholder')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['scope', 'outOfScope']} label={t('fields.outOfScope')} extra={t('fields.outOfScopeHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
      </Card>

      <Card title={t('fields.tracks')} className="stacked-card">
        <Form.Item
          name="tracks"
          extra={t('fields.tracksHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('fields.tracksRequired') }]}
        >
          <TracksChoice />
        </Form.Item>
      </Card>

      <Card title={t('settings.leadership')} className="stacked-card">
        <Row gutter={20}>
          <Col xs={24} lg={12}>
            <Form.Item name="leadPersonId" label={t('fields.lead')} extra={t('fields.leadHelp')}>
              <PeopleSelect known={program.lead ? [program.lead] : []} placeholder={t('fields.leadPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="startDate" label={t('fields.startDate')}>
              <Input type="date" style={{ maxWidth: 220 }} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name="reportingCadence"
              label={t('fields.reportingCadence')}
              extra={t('fields.reportingCadenceHelp')}
            >
              <Select
                allowClear
                placeholder={t('fields.reportingCadencePlaceholder')}
                options={reportingCadences.map((cadence) => ({ value: cadence, label: t(`cadence.${cadence}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="nextSponsorReviewOn" label={t('fields.nextSponsorReviewOn')}>
              <Input type="date" style={{ maxWidth: 220 }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="status" label={t('fields.status')} extra={t('fields.statusHelp')}>
              <Radio.Group
                options={(['active', 'closed'] as const).map((status) => ({
                  value: status,
                  label: t(`programStatus.${status}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {saveBar}
    </Form>
  );
}
