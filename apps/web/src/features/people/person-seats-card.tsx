import { Card, Empty, Flex, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CouncilKindTag, SeatTag } from '../../components/enum-tags';
import type { PersonQuery } from '../../gql/graphql';

type Seat = NonNullable<PersonQuery['person']>['councilSeats'][number];

/** The councils a person sits on, and in which seat. */
export function PersonSeatsCard({ seats }: { seats: readonly Seat[] }) {
  const { t } = useTranslation('people');
  return (
    <Card title={t('detail.seats')} className="stacked-card" data-testid="person-seats">
      {seats.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noSeats')} />
      ) : (
        <List
          dataSource={[...seats]}
          rowKey="id"
          renderItem={(seat) => (
            <List.Item>
              <Flex justify="space-between" align="center" style={{ width: '100%' }} gap={12}>
                <Link to="/councils">{seat.council.name}</Link>
                <Flex gap={4}>
                  <CouncilKindTag kind={seat.council.kind} />
                  <SeatTag role={seat.role} />
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
