import {
  ExceptionOutlined,
  ExclamationCircleOutlined,
  LockOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/viewer-context';
import { When } from '../../components/when';
import type { AssetLifecycleFieldsFragment } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';
import { LiftLegalHoldModal, PlaceLegalHoldModal } from './legal-hold-modals';

type Schedule = AssetLifecycleFieldsFragment['schedules'][number];
type Hold = AssetLifecycleFieldsFragment['holds'][number];

interface AssetLifecycleCardProps {
  asset: {
    id: string;
    qualifiedName: string;
    removedAt: string | null;
    lifecycle: AssetLifecycleFieldsFragment;
  };
  onChanged: () => void;
}

/** Who did something and when: "Placed by Sarah Updown, 2 days ago". */
function ByLine({ label, person, at }: { label: string; person: Hold['placedBy']; at: string }) {
  const { t } = useTranslation('catalog');
  return (
    <Typography.Text type="secondary" className="lifecycle-byline">
      {label} {person ? <Link to={`/people/${person.id}`}>{person.name}</Link> : t('lifecycle.someone')}
      {', '}
      <When at={at} />
    </Typography.Text>
  );
}

/** One retention class: its schedule, the policy and basis behind it, and whether the table is past it. */
function RetentionScheduleItem({ schedule }: { schedule: Schedule }) {
  const { t, i18n } = useTranslation('catalog');
  return (
    <div className="lifecycle-schedule" data-testid="retention-schedule">
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong data-testid="retention-class">
          {t(schedule.action === 'delete' ? 'lifecycle.classDelete' : 'lifecycle.classArchive', {
            count: schedule.keepDays,
          })}
        </Typography.Text>
        {schedule.pastSchedule ? (
          <Tooltip title={t('lifecycle.pastScheduleHelp')}>
            <Tag
              color="warning"
              icon={<ExclamationCircleOutlined aria-hidden />}
              className="catalog-class-tag"
              data-testid="retention-past-schedule"
            >
              {t('lifecycle.pastSchedule')}
            </Tag>
          </Tooltip>
        ) : null}
        {schedule.exceptionUntil ? (
          <Tooltip title={t('lifecycle.exceptionUntilHelp')}>
            <Tag
              color="gold"
              icon={<ExceptionOutlined aria-hidden />}
              className="catalog-class-tag"
              data-testid="retention-exception"
            >
              {t('lifecycle.exceptionUntil', { date: formatDay(schedule.exceptionUntil, i18n.language) })}
            </Tag>
          </Tooltip>
        ) : null}
        {schedule.pastSchedule && schedule.openTicketKey ? (
          <Link to={`/issues/${schedule.openTicketKey}`} data-testid="retention-disposal-task">
            {t('lifecycle.disposalTask', { key: schedule.openTicketKey })}
          </Link>
        ) : null}
      </Flex>
      <Descriptions column={1} size="small" className="lifecycle-facts">
        <Descriptions.Item label={t('lifecycle.policy')}>
          <Link to={`/policies/${schedule.policy.id}`}>
            <SafetyCertificateOutlined aria-hidden /> {schedule.policy.key} {schedule.policy.title}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('lifecycle.control')}>{schedule.controlName}</Descriptions.Item>
        <Descriptions.Item label={t('lifecycle.basis')}>
          {schedule.driver ?? <Typography.Text type="secondary">{t('lifecycle.noBasis')}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

/** A standing hold: the matter, why, who placed it and when, and (for the program's team) the way to lift it. */
function StandingHold({ hold, onLift }: { hold: Hold; onLift: (() => void) | null }) {
  const { t } = useTranslation('catalog');
  return (
    <Flex
      justify="space-between"
      align="flex-start"
      gap={12}
      className="lifecycle-hold lifecycle-hold-standing"
      data-testid="legal-hold"
      data-standing="true"
    >
      <Flex vertical gap={2}>
        <Typography.Text strong>
          <LockOutlined aria-hidden /> {hold.matter}
        </Typography.Text>
        {hold.reason ? <Typography.Text>{hold.reason}</Typography.Text> : null}
        <ByLine label={t('lifecycle.placedBy')} person={hold.placedBy} at={hold.placedAt} />
      </Flex>
      {onLift ? (
        <Button size="small" onClick={onLift}>
          {t('lifecycle.lift')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** A lifted hold, muted: the matter, who placed and who lifted it, when, and the note saying why. */
function LiftedHold({ hold }: { hold: Hold }) {
  const { t } = useTranslation('catalog');
  return (
    <Flex
      vertical
      gap={2}
      className="lifecycle-hold lifecycle-hold-lifted"
      data-testid="legal-hold"
      data-standing="false"
    >
      <Typography.Text type="secondary" strong>
        {hold.matter}
      </Typography.Text>
      {hold.reason ? <Typography.Text type="secondary">{hold.reason}</Typography.Text> : null}
      <ByLine label={t('lifecycle.placedBy')} person={hold.placedBy} at={hold.placedAt} />
      {hold.releasedAt ? (
        <ByLine label={t('lifecycle.liftedBy')} person={hold.releasedBy} at={hold.releasedAt} />
      ) : null}
      {hold.releaseNote ? (
        <Typography.Text type="secondary" italic>
          {hold.releaseNote}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/**
 * A table's information lifecycle: the retention classes that approved policies give it, and the
 * legal holds that keep its rows whatever those say (the program's team places and lifts them).
 */
export function AssetLifecycleCard({ asset, onChanged }: AssetLifecycleCardProps) {
  const { t } = useTranslation('catalog');
  const canHold = useCan('program:manage');
  const [placing, setPlacing] = useState(false);
  const [lifting, setLifting] = useState<Hold | null>(null);
  const { schedules, holds } = asset.lifecycle;
  const standing = holds.filter((hold) => !hold.releasedAt);
  const lifted = holds.filter((hold) => hold.releasedAt);

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          {t('lifecycle.title')}
          {standing.length ? (
            <Tooltip title={t('lifecycle.underHoldHelp')}>
              <Tag color="volcano" icon={<LockOutlined aria-hidden />} data-testid="asset-under-legal-hold">
                {t('lifecycle.underHold')}
              </Tag>
            </Tooltip>
          ) : null}
        </Flex>
      }
      className="stacked-card"
      data-testid="asset-lifecycle-card"
      extra={
        canHold && !asset.removedAt ? (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setPlacing(true)}>
            {t('lifecycle.place')}
          </Button>
        ) : null
      }
    >
      <Typography.Title level={5} className="lifecycle-heading">
        {t('lifecycle.retention')}
      </Typography.Title>
      {schedules.length === 0 ? (
        <Typography.Text type="secondary" data-testid="retention-empty">
          {t('lifecycle.noSchedule')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {schedules.map((schedule) => (
            <RetentionScheduleItem key={`${schedule.policy.id}:${schedule.controlName}`} schedule={schedule} />
          ))}
        </Flex>
      )}

      <Typography.Title level={5} className="lifecycle-heading">
        {t('lifecycle.holds')}
      </Typography.Title>
      {holds.length === 0 ? (
        <Typography.Text type="secondary" data-testid="legal-holds-empty">
          {t('lifecycle.noHolds')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {standing.length === 0 ? (
            <Typography.Text type="secondary">
              {schedules.length ? t('lifecycle.noStandingHolds') : t('lifecycle.noStandingHoldsNoSchedule')}
            </Typography.Text>
          ) : (
            standing.map((hold) => (
              <StandingHold key={hold.id} hold={hold} onLift={canHold ? () => setLifting(hold) : null} />
            ))
          )}
          {lifted.length ? (
            <>
              <Typography.Text type="secondary" className="lifecycle-subheading">
                {t('lifecycle.liftedHolds')}
              </Typography.Text>
              {lifted.map((hold) => (
                <LiftedHold key={hold.id} hold={hold} />
              ))}
            </>
          ) : null}
        </Flex>
      )}

      {canHold ? (
        <>
          <PlaceLegalHoldModal
            asset={asset}
            open={placing}
            onClose={() => setPlacing(false)}
            onPlaced={() => {
              setPlacing(false);
              onChanged();
            }}
          />
          <LiftLegalHoldModal
            hold={lifting}
            onClose={() => setLifting(null)}
            onLifted={() => {
              setLifting(null);
              onChanged();
            }}
          />
        </>
      ) : null}
    </Card>
  );
}
