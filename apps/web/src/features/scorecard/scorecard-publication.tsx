import { CheckOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { When } from '../../components/when';
import type { ScorecardPublicationFieldsFragment } from '../../gql/graphql';
import { AcknowledgeScorecardMutation } from './scorecard.graphql';

/** The latest scorecard sent to the sponsors: who published it, who has acknowledged it, and the viewer's acknowledgement. */
export function ScorecardPublication({
  publication,
  onChanged,
}: {
  publication: ScorecardPublicationFieldsFragment | null;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('metrics');
  const handle = useResultHandler();
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeScorecardMutation);

  if (!publication) return null;
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));

  const onAcknowledge = async () => {
    const outcome = await acknowledge({ id: publication.id });
    if (
      handle(
        { payload: outcome.data?.acknowledgeScorecard, error: outcome.error },
        { successMessage: t('scorecard.publication.acknowledged') },
      )
    )
      onChanged();
  };

  return (
    <section
      className="scorecard-publication"
      data-testid="scorecard-publication"
      aria-label={t('scorecard.publication.label')}
    >
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 360px' }}>
          <Typography.Text>
            <SendOutlined aria-hidden className="scorecard-publication-icon" /> {t('scorecard.publication.latest')}{' '}
            <strong>{publication.title}</strong>
            {' · '}
            <Typography.Text type="secondary">
              {publication.publishedBy
                ? t('scorecard.publication.byPerson', { name: publication.publishedBy.name })
                : t('scorecard.publication.published')}{' '}
              <When at={publication.publishedAt} />
            </Typography.Text>
          </Typography.Text>
          {publication.note ? (
            <Typography.Text type="secondary" className="scorecard-publication-note">
              {publication.note}
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary" data-testid="scorecard-acknowledgements">
            {publication.acknowledgements.length === 0 ? (
              t('scorecard.publication.noAcknowledgements')
            ) : (
              <>
                {t('scorecard.publication.acknowledgedBy')}{' '}
                {publication.acknowledgements.map((item, index) => (
                  <span key={item.person.id}>
                    {index > 0 ? ', ' : null}
                    <Tooltip title={day(item.at)}>
                      <Link to={`/people/${item.person.id}`}>{item.person.name}</Link>
                    </Tooltip>
                  </span>
                ))}
              </>
            )}
          </Typography.Text>
        </Flex>
        {publication.acknowledgedByMe ? (
          <Typography.Text type="success" data-testid="scorecard-acknowledged-by-me">
            <CheckOutlined aria-hidden /> {t('scorecard.publication.youAcknowledged')}
          </Typography.Text>
        ) : publication.canAcknowledge ? (
          <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={fetching} onClick={onAcknowledge}>
            {t('scorecard.publication.acknowledge')}
          </Button>
        ) : null}
      </Flex>
    </section>
  );
}
