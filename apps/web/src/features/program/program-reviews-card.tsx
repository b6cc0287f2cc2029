import { Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { PersonPicker } from '../../components/person-picker';
import { When } from '../../components/when';
import type { ProgramQuery } from '../../gql/graphql';
import { RecordProgramReviewMutation } from './program.graphql';

type Program = NonNullable<ProgramQuery['program']>;
type Review = Program['reviews'][number];

interface ProgramReviewsCardProps {
  program: Program;
  /** The org chart (id → parent), to tell IT reviewers from business ones. */
  parentOf: ReadonlyMap<string, string | null>;
  canManage: boolean;
  onSaved: () => void;
}

/** Who reviewed the problem statement (step 1 asks for the business and IT), and a way to record one. */
export function ProgramReviewsCard({ program, parentOf, canManage, onSaved }: ProgramReviewsCardProps) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<{ personId?: string; note?: string }>();
  const handle = useResultHandler();
  const [{ fetching }, record] = useMutation(RecordProgramReviewMutation);
  const itUnits = new Set(program.itOrgUnits.map((unit) => unit.id));

  const sideOf = (review: Review): 'it' | 'business' | null => {
    let current = review.person.orgUnit?.id ?? null;
    if (!current) return null;
    for (let hops = 0; current && hops < 50; hops += 1) {
      if (itUnits.has(current)) return 'it';
      current = parentOf.get(current) ?? null;
    }
    return 'business';
  };

  const onFinish = async (values: { personId?: string; note?: string }) => {
    const outcome = await record({
      input: { programId: program.id, personId: values.personId!, note: values.note?.trim() || null },
    });
    const saved = handle(
      { payload: outcome.data?.recordProgramReview, error: outcome.error },
      { form, successMessage: t('reviews.recorded') },
    );
    if (saved) {
      form.resetFields();
      onSaved();
    }
  };

  return (
    <Card title={t('reviews.title')} className="stacked-card" data-testid="program-reviews">
      <Typography.Paragraph type="secondary" className="card-hint">
        {program.itOrgUnits.length ? t('reviews.hint') : t('reviews.hintNoIt')}
      </Typography.Paragraph>
      {program.reviews.length === 0 ? (
        <EmptyState description={t('reviews.empty')} />
      ) : (
        <ul className="program-reviews">
          {program.reviews.map((review) => {
            const side = program.itOrgUnits.length ? sideOf(review) : null;
            return (
              <li key={review.id} className="program-review">
                <Flex gap={8} align="baseline" wrap>
                  <Link to={`/people/${review.person.id}`}>{review.person.name}</Link>
                  {review.person.orgUnit ? (
                    <Typography.Text type="secondary">{review.person.orgUnit.name}</Typography.Text>
                  ) : null}
                  {side ? (
                    <Tag color={side === 'it' ? 'geekblue' : 'green'} bordered={false}>
                      {t(`reviews.sides.${side}`)}
                    </Tag>
                  ) : null}
                </Flex>
                {review.note ? (
                  <Typography.Paragraph className="program-review-note">{review.note}</Typography.Paragraph>
                ) : null}
                <Typography.Text type="secondary" className="program-review-when">
                  <When at={review.reviewedAt} />
                </Typography.Text>
              </li>
            );
          })}
        </ul>
      )}
      {canManage ? (
        <Form form={form} layout="vertical" onFinish={onFinish} className="review-form" requiredMark={false}>
          <Form.Item
            name="personId"
            label={t('reviews.reviewedBy')}
            rules={[{ required: true, message: t('reviews.personRequired') }]}
          >
            <PersonPicker />
          </Form.Item>
          <Form.Item name="note" label={t('reviews.note')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('reviews.notePlaceholder')}
              maxLength={2000}
            />
          </Form.Item>
          <Button htmlType="submit" loading={fetching}>
            {t('reviews.record')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
