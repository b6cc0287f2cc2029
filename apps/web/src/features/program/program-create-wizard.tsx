import { Button, Flex, Form, Input, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { CreateProgramMutation } from './program.graphql';
import { ImpactFiguresField, type ImpactFigureValues, TracksChoice, toImpactFigureInput } from './program-fields';
import { today } from './program-shared';
import { ScopeTreeSelect } from './scope-tree-select';

interface Values {
  name?: string;
  businessProblem?: string;
  scope?: { domainIds?: string[] };
  impactFigures?: ImpactFigureValues[];
  tracks?: number[];
  leadPersonId?: string;
  startDate?: string;
}

/** The form fields each page of the wizard holds: checked before moving on. */
const pages = [
  { key: 'problem', fields: [['name'], ['businessProblem']] },
  { key: 'scope', fields: [['scope', 'domainIds'], ['impactFigures']] },
  { key: 'tracks', fields: [['tracks']] },
  { key: 'lead', fields: [['leadPersonId'], ['startDate']] },
] as const;

/**
 * Starts a program in four short pages, in the order of DGUP step 1 and 2: the business problem,
 * what it covers and what it costs today, the optional tracks, and who leads it.
 */
export function ProgramCreateWizard({ onCancel }: { onCancel?: () => void }) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<Values>();
  const [page, setPage] = useState(0);
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ data: domainOptions, fetching: loadingDomains }] = useQuery({ query: DomainOptionsQuery });
  const [{ fetching }, create] = useMutation(CreateProgramMutation);

  const next = async () => {
    try {
      await form.validateFields(
        pages[page]!.fields.map((name) => [...name]),
        { recursive: true },
      );
      setPage(page + 1);
    } catch {
      // The fields show what is missing.
    }
  };

  const submit = async () => {
    try {
      await form.validateFields(
        pages[page]!.fields.map((name) => [...name]),
        { recursive: true },
      );
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as Values;
    const name = values.name?.trim() ?? '';
    const outcome = await create({
      input: {
        name,
        businessProblem: values.businessProblem?.trim() || null,
        scope: { domainIds: values.scope?.domainIds ?? [] },
        impactFigures: (values.impactFigures ?? []).map(toImpactFigureInput),
        tracks: values.tracks,
        leadPersonId: values.leadPersonId ?? null,
        startDate: values.startDate || null,
      },
    });
    const created = handle(
      { payload: outcome.data?.createProgram, error: outcome.error },
      { form, successMessage: t('create.created', { name }) },
    );
    if (created) {
      navigate(`/program/${created.id}`);
      return;
    }
    // A field error may sit on an earlier page: go back to the first page that shows one.
    const withError = form.getFieldsError().filter((entry) => entry.errors.length > 0);
    const first = pages.findIndex((item) =>
      withError.some((entry) => item.fields.some((name) => String(entry.name[0]) === name[0])),
    );
    if (first >= 0) setPage(first);
  };

  const last = page === pages.length - 1;

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{
        impactFigures: [{ asOf: today() }],
        tracks: [10],
        startDate: today(),
        scope: { domainIds: [] },
      }}
      className="program-wizard"
    >
      <Steps
        current={page}
        size="small"
        className="program-wizard-steps"
        items={pages.map((item) => ({ title: t(`create.pages.${item.key}.title`) }))}
      />
      <Typography.Paragraph type="secondary" className="program-wizard-intro">
        {t(`create.pages.${pages[page]!.key}.intro`)}
      </Typography.Paragraph>

      <div hidden={page !== 0}>
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, message: t('fields.nameRequired') }]}
        >
          <Input placeholder={t('fields.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="businessProblem"
          label={t('fields.businessProblem')}
          extra={t('fields.businessProblemHelp')}
          rules={[{ required: true, whitespace: true, message: t('fields.businessProblemRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={10_000} />
        </Form.Item>
      </div>

      <div hidden={page !== 1}>
        <Form.Item
          name={['scope', 'domainIds']}
          label={t('fields.domains')}
          extra={t('fields.domainsHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('fields.domainsRequired') }]}
        >
          <ScopeTreeSelect
            nodes={domainOptions?.domains.nodes ?? []}
            loading={loadingDomains}
            placeholder={t('fields.domainsPlaceholder')}
          />
        </Form.Item>
        <Typography.Text strong className="program-form-label">
          {t('fields.impactFigures')}
        </Typography.Text>
        <Typography.Paragraph type="secondary">{t('fields.impactFiguresHelp')}</Typography.Paragraph>
        <ImpactFiguresField minimum={1} />
      </div>

      <div hidden={page !== 2}>
        <Form.Item
          name="tracks"
          label={t('fields.tracks')}
          rules={[{ required: true, type: 'array', min: 1, message: t('fields.tracksRequired') }]}
        >
          <TracksChoice />
        </Form.Item>
      </div>

      <div hidden={page !== 3}>
        <Form.Item name="leadPersonId" label={t('fields.lead')} extra={t('fields.leadHelp')}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="startDate" label={t('fields.startDate')}>
          <Input type="date" style={{ maxWidth: 220 }} />
        </Form.Item>
      </div>

      <Flex justify="space-between" gap={8} className="program-wizard-footer">
        <span>{onCancel ? <Button onClick={onCancel}>{t('common:actions.cancel')}</Button> : null}</span>
        <Flex gap={8}>
          {page > 0 ? <Button onClick={() => setPage(page - 1)}>{t('common:actions.previous')}</Button> : null}
          {last ? (
            <Button type="primary" loading={fetching} onClick={submit}>
              {t('create.submit')}
            </Button>
          ) : (
            <Button type="primary" onClick={next}>
              {t('common:actions.next')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Form>
  );
}
