import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { Markdown } from '../../components/markdown/markdown';
import { PersonAvatar } from '../../components/person-avatar';
import { When } from '../../components/when';
import type { ProgramStepQuery } from '../../gql/graphql';
import { AddStepCommentMutation, DeleteStepCommentMutation } from './deliverables.graphql';

type Step = NonNullable<NonNullable<ProgramStepQuery['program']>['step']>;
type Comment = Step['comments'][number];

interface StepCommentsCardProps {
  programId: string;
  stepNumber: number;
  comments: readonly Comment[];
  onChanged: () => void;
}

/** The team's conversation on a step, oldest first; anyone signed in may add to it. */
export function StepCommentsCard({ programId, stepNumber, comments, onChanged }: StepCommentsCardProps) {
  const { t } = useTranslation(['program', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [form] = Form.useForm<{ body: string }>();
  const [{ fetching }, add] = useMutation(AddStepCommentMutation);
  const [, remove] = useMutation(DeleteStepCommentMutation);

  const onFinish = async ({ body }: { body: string }) => {
    const outcome = await add({ input: { programId, stepNumber, body: body.trim() } });
    if (handle({ payload: outcome.data?.addStepComment, error: outcome.error }, { form })) {
      form.resetFields();
      onChanged();
    }
  };

  const confirmDelete = (comment: Comment) =>
    modal.confirm({
      title: t('comments.deleteTitle'),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const outcome = await remove({ id: comment.id });
        if (
          handle(
            { payload: outcome.data?.deleteStepComment, error: outcome.error },
            { successMessage: t('comments.deleted') },
          ) !== undefined
        )
          onChanged();
      },
    });

  return (
    <Card id="comments" title={t('comments.title')} className="stacked-card" data-testid="step-comments">
      {comments.length === 0 ? (
        <Typography.Paragraph type="secondary" className="step-comments-empty">
          {t('comments.empty')}
        </Typography.Paragraph>
      ) : (
        <ol className="step-comments">
          {comments.map((comment) => {
            const name = comment.author?.name ?? t('comments.someone');
            return (
              <li key={comment.id} className="step-comment" data-testid="step-comment">
                <PersonAvatar name={name} size="small" />
                <div className="step-comment-body">
                  <Flex gap={8} align="baseline" justify="space-between">
                    <Flex gap={8} align="baseline" wrap>
                      {comment.author ? (
                        <Link to={`/people/${comment.author.id}`} className="step-comment-author">
                          {name}
                        </Link>
                      ) : (
                        <Typography.Text strong>{name}</Typography.Text>
                      )}
                      <Typography.Text type="secondary" className="step-comment-when">
                        <When at={comment.createdAt} />
                      </Typography.Text>
                    </Flex>
                    {comment.mine ? (
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('comments.delete')}
                        onClick={() => confirmDelete(comment)}
                      />
                    ) : null}
                  </Flex>
                  <Markdown source={comment.body} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <Form form={form} onFinish={onFinish} name="step-comment" layout="vertical" className="step-comment-form">
        <Form.Item
          name="body"
          rules={[{ required: true, whitespace: true, message: t('comments.required') }]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea
            aria-label={t('comments.label')}
            placeholder={t('comments.placeholder')}
            autoSize={{ minRows: 2, maxRows: 10 }}
            maxLength={10_000}
          />
        </Form.Item>
        <Flex justify="flex-end">
          <Button htmlType="submit" loading={fetching}>
            {t('comments.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
