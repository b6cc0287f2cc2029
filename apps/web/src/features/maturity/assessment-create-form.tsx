import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select, Skeleton, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useViewer } from '../../auth/viewer-context';
import { PersonPicker } from '../../components/person-picker';
import { CategoryChoice } from './category-choice';
import {
  CreateAssessmentMutation,
  MaturityModelDefinitionQuery,
  MaturityProgramOptionsQuery,
} from './maturity.graphql';

interface Values {
  name?: string;
  programId?: string;
  scope?: string;
  periodStart?: string;
  periodEnd?: string;
  targetDate?: string;
  categories?: string[];
  facilitatorPersonId?: string;
  customQuestions?: { category?: string; text?: string }[];
}

/** The fields each page of the form holds: checked before moving on. */
const pages = [
  { key: 'basics', fields: ['name', 'programId', 'scope', 'periodStart', 'periodEnd', 'targetDate'] },
  { key: 'categories', fields: ['categories'] },
  { key: 'people', fields: ['facilitatorPersonId', 'customQuestions'] },
] as const;

/**
 * Starts an assessment in three short pages: what and when, which categories it asks about, and
 * who facilitates it (plus the program's own questions). Opens the new assessment when done.
 */
export function AssessmentCreateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation(['maturity', 'common']);
  const viewer = useViewer();
  const [form] = Form.useForm<Values>();
  const [page, setPage] = useState(0);
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ data: model }] = useQuery({ query: MaturityModelDefinitionQuery });
  const [{ data: programOptions, fetching: loadingPrograms }] = useQuery({ query: MaturityProgramOptionsQuery });
  const [{ fetching }, create] = useMutation(CreateAssessmentMutation);
  const chosen = Form.useWatch('categories', form) ?? [];

  if (!model) return <Skeleton active paragraph={{ rows: 8 }} />;
  const categoryName = new Map(model.maturityModel.categories.map((category) => [category.key, category.name]));

  const validatePage = async () => {
    try {
      await form.validateFields(
        pages[page]!.fields.map((name) => [name]),
        { recursive: true },
      );
      return true;
    } catch {
      return false;
    }
  };

  const submit = async () => {
    if (!(await validatePage())) return;
    const values = form.getFieldsValue(true) as Values;
    const name = values.name?.trim() ?? '';
    const outcome = await create({
      input: {
        name,
        programId: values.programId ?? null,
        scope: values.scope?.trim() || null,
        periodStart: values.periodStart || null,
        periodEnd: values.periodEnd || null,
        targetDate: values.targetDate || null,
        categories: values.categories ?? [],
        facilitatorPersonId: values.facilitatorPersonId ?? '',
        customQuestions: (values.customQuestions ?? [])
          .filter((question) => question.text?.trim())
          .map((question) => ({ category: question.category ?? '', text: question.text?.trim() ?? '' })),
      },
    });
    const created = handle(
      { payload: outcome.data?.createAssessment, error: outcome.error },
      { form, successMessage: t('create.created', { name }) },
    );
    if (created) {
      navigate(`/maturity/assessments/${created.id}`);
      return;
    }
    // A field error may sit on an earlier page: go back to the first page that shows one.
    const withError = form.getFieldsError().filter((entry) => entry.errors.length > 0);
    const first = pages.findIndex((item) =>
      withError.some((entry) => (item.fields as readonly string[]).includes(String(entry.name[0]))),
    );
    if (first >= 0) setPage(first);
  };

  const last = page === pages.length - 1;
  const person = viewer.person;

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{
        categories: model.maturityModel.categories.map((category) => category.key),
        facilitatorPersonId: person?.id,
        customQuestions: [],
      }}
      className="maturity-create-form"
    >
      <Steps
        current={page}
        size="small"
        className="maturity-create-steps"
        items={pages.map((item) => ({ title: t(`create.pages.${item.key}.title`) }))}
      />
      <Typography.Paragraph type="secondary">{t(`create.pages.${pages[page]!.key}.intro`)}</Typography.Paragraph>

      <div hidden={page !== 0}>
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, message: t('fields.nameRequired') }]}
        >
          <Input placeholder={t('fields.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="programId" label={t('fields.program')} extra={t('fields.programHelp')}>
          <Select
            allowClear
            loading={loadingPrograms}
            placeholder={t('fields.programPlaceholder')}
            options={(programOptions?.programs ?? []).map((program) => ({ value: program.id, label: program.name }))}
          />
        </Form.Item>
        <Form.Item name="scope" label={t('fields.scope')} extra={t('fields.scopeHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="periodStart" label={t('fields.periodStart')}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="periodEnd" label={t('fields.periodEnd')}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="targetDate" label={t('fields.targetDate')} extra={t('fields.targetDateHelp')}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
      </div>

      <div hidden={page !== 1}>
        <Form.Item
          name="categories"
          label={t('fields.categories')}
          rules={[{ required: true, type: 'array', min: 1, message: t('fields.categoriesRequired') }]}
        >
          <CategoryChoice model={model.maturityModel} />
        </Form.Item>
      </div>

      <div hidden={page !== 2}>
        <Form.Item
          name="facilitatorPersonId"
          label={t('fields.facilitator')}
          extra={t('fields.facilitatorHelp')}
          rules={[{ required: true, message: t('fields.facilitatorRequired') }]}
        >
          <PersonPicker known={person ? { id: person.id, name: person.name } : null} />
        </Form.Item>
        <Typography.Text strong className="maturity-form-label">
          {t('fields.customQuestions')}
        </Typography.Text>
        <Typography.Paragraph type="secondary">{t('fields.customQuestionsHelp')}</Typography.Paragraph>
        <Form.List name="customQuestions">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <Flex key={item.key} gap={8} align="flex-start" className="maturity-custom-question">
                  <Form.Item
                    name={[item.name, 'category']}
                    rules={[{ required: true, message: t('fields.customCategoryRequired') }]}
                    style={{ width: 280, flex: 'none' }}
                  >
                    <Select
                      aria-label={t('fields.customCategory', { number: index + 1 })}
                      placeholder={t('fields.customCategoryPlaceholder')}
                      options={chosen.map((key) => ({ value: key, label: categoryName.get(key) ?? key }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: t('fields.customTextRequired') }]}
                    style={{ flex: 1 }}
                  >
                    <Input
                      aria-label={t('fields.customText', { number: index + 1 })}
                      placeholder={t('fields.customTextPlaceholder')}
                      maxLength={500}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('fields.customRemove', { number: index + 1 })}
                    onClick={() => remove(item.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('fields.customAdd')}
              </Button>
            </>
          )}
        </Form.List>
      </div>

      <Flex justify="space-between" gap={8} className="maturity-create-footer">
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
        <Flex gap={8}>
          {page > 0 ? <Button onClick={() => setPage(page - 1)}>{t('common:actions.previous')}</Button> : null}
          {last ? (
            <Button type="primary" loading={fetching} onClick={submit}>
              {t('create.submit')}
            </Button>
          ) : (
            <Button
              type="primary"
              onClick={async () => {
                if (await validatePage()) setPage(page + 1);
              }}
            >
              {t('common:actions.next')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Form>
  );
}
