import { Alert, Button, Card, Flex, Input, Radio, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { When } from '../../components/when';
import { PairDrawer } from './cluster-explorer';
import { DecideDuplicateReviewMutation, DuplicateReviewQuery } from './mdm.graphql';
import { formatProbability } from './score-format';

/**
 * On a duplicate_review issue: the suspect pairs side by side, a decision per pair (the same
 * entity or not), kept as labels that teach the policy; deciding resolves the issue.
 */
export function DuplicateReviewCard({ ticketId, onDecided }: { ticketId: string; onDecided: () => void }) {
  const { t, i18n } = useTranslation(['mdm', 'common']);
  const handle = useResultHandler();
  const [{ data, fetching }, refetch] = useQuery({ query: DuplicateReviewQuery, variables: { id: ticketId } });
  const [{ fetching: deciding }, decide] = useMutation(DecideDuplicateReviewMutation);
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [why, setWhy] = useState<[string, string] | null>(null);
  const task = data?.ticket?.duplicateReview;
  if (fetching && !data) return <Skeleton active />;
  if (!task) return null;

  const records = new Map(task.records.map((record) => [record.id, record]));
  const key = (a: string, b: string) => `${a}\u0001${b}`;
  const attributes = [...new Set(task.records.flatMap((record) => record.values.map((value) => value.attribute)))];
  const valueIn = (id: string, attribute: string) =>
    records.get(id)?.values.find((value) => value.attribute === attribute)?.value ?? null;
  const open = task.status === 'open';
  const complete = task.pairs.every((pair) => choices[key(pair.a, pair.b)] !== undefined);

  const submit = async () => {
    setProblem(null);
    const outcome = await decide({
      input: {
        taskId: task.id,
        decisions: task.pairs.map((pair) => ({ a: pair.a, b: pair.b, match: choices[key(pair.a, pair.b)]! })),
        note: note.trim() || null,
      },
    });
    if (handle({ payload: outcome.data?.decideDuplicateReview, error: outcome.error }, { onProblem: setProblem })) {
      refetch({ requestPolicy: 'network-only' });
      onDecided();
    }
  };

  return (
    <Card
      size="small"
      title={t('decide.title')}
      data-testid="duplicate-review"
      extra={<Link to={`/mdm/simulations/${task.simulation.id}`}>{t('decide.openRun')}</Link>}
    >
      <Flex vertical gap={16}>
        {open ? (
          <Typography.Text type="secondary">{t('decide.help', { domain: task.mdmDomain.name })}</Typography.Text>
        ) : (
          <Alert
            type="success"
            showIcon
            message={
              <span>
                {t('decide.decided', { name: task.decidedBy?.name ?? t('common:unknown') })}{' '}
                {task.decidedAt ? <When at={task.decidedAt} /> : null}
              </span>
            }
          />
        )}
        {task.pairs.map((pair) => {
          const choice = choices[key(pair.a, pair.b)];
          return (
            <Flex key={key(pair.a, pair.b)} vertical gap={8} className="mdm-review-pair">
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text strong>
                  {t('decide.pair', {
                    a: pair.a,
                    b: pair.b,
                    score: formatProbability(pair.score, i18n.language),
                  })}
                </Typography.Text>
                <Button type="link" size="small" onClick={() => setWhy([pair.a, pair.b])}>
                  {t('decide.why')}
                </Button>
              </Flex>
              <Table
                rowKey="attribute"
                size="small"
                pagination={false}
                dataSource={attributes.map((attribute) => ({
                  attribute,
                  a: valueIn(pair.a, attribute),
                  b: valueIn(pair.b, attribute),
                }))}
                rowClassName={(row) =>
                  (row.a ?? '').toLowerCase() !== (row.b ?? '').toLowerCase() ? 'mdm-differs' : ''
                }
                columns={[
                  { title: t('clusters.attribute'), dataIndex: 'attribute', key: 'attribute', width: 160 },
                  {
                    title: `${pair.a}${records.get(pair.a)?.source ? ` (${records.get(pair.a)?.source})` : ''}`,
                    key: 'a',
                    render: (_, row) => row.a ?? '—',
                  },
                  {
                    title: `${pair.b}${records.get(pair.b)?.source ? ` (${records.get(pair.b)?.source})` : ''}`,
                    key: 'b',
                    render: (_, row) => row.b ?? '—',
                  },
                ]}
              />
              {open ? (
                <Radio.Group
                  value={choice === undefined ? undefined : choice ? 'match' : 'different'}
                  onChange={(event) =>
                    setChoices((current) => ({ ...current, [key(pair.a, pair.b)]: event.target.value === 'match' }))
                  }
                  aria-label={t('decide.choiceLabel', { a: pair.a, b: pair.b })}
                >
                  <Radio value="match">{t('decide.match', { domain: task.mdmDomain.name.toLowerCase() })}</Radio>
                  <Radio value="different">{t('decide.different')}</Radio>
                </Radio.Group>
              ) : null}
            </Flex>
          );
        })}
        {open ? (
          <Flex vertical gap={8}>
            <Input.TextArea
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder={t('decide.notePlaceholder')}
              aria-label={t('decide.note')}
              autoSize={{ minRows: 2, maxRows: 4 }}
              maxLength={4000}
            />
            {problem ? <Alert type="error" showIcon message={problem} /> : null}
            <Flex justify="flex-end">
              <Button type="primary" disabled={!complete} loading={deciding} onClick={submit}>
                {t('decide.submit')}
              </Button>
            </Flex>
          </Flex>
        ) : null}
      </Flex>
      <PairDrawer simulationId={task.simulation.id} pair={why} onClose={() => setWhy(null)} />
    </Card>
  );
}
