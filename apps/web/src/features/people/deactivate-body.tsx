import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonQuery } from '../../gql/graphql';

type Person = NonNullable<PersonQuery['person']>;

/** What deactivating someone ends, by name: each governance role and each council seat. */
export function DeactivateBody({ person }: { person: Person }) {
  const { t } = useTranslation(['people', 'common', 'enums']);
  const { roles, councilSeats: seats } = person;
  if (roles.length === 0 && seats.length === 0) return <p>{t('detail.deactivateNothing')}</p>;
  const roleNames = roles.map((role) =>
    t('detail.roleOn', {
      role: t(`enums:governanceRole.${role.role}`).toLowerCase(),
      domain: role.domain?.name ?? t('common:program').toLowerCase(),
    }),
  );
  const seatNames = seats.map((seat) =>
    t('detail.seatOn', {
      seat: t(`enums:councilMemberRole.${seat.role}`).toLowerCase(),
      council: seat.council.name,
    }),
  );
  return (
    <div data-testid="deactivate-summary">
      <p>{t('detail.deactivateBody')}</p>
      <ul className="deactivate-list">
        {roles.length > 0 ? (
          <li>
            <Typography.Text strong>{t('detail.deactivateRoles', { count: roles.length })}</Typography.Text>:{' '}
            {roleNames.join('; ')}
          </li>
        ) : null}
        {seats.length > 0 ? (
          <li>
            <Typography.Text strong>{t('detail.deactivateSeats', { count: seats.length })}</Typography.Text>:{' '}
            {seatNames.join('; ')}
          </li>
        ) : null}
      </ul>
      {roles.length > 0 ? <p>{t('detail.deactivateGaps')}</p> : null}
    </div>
  );
}
