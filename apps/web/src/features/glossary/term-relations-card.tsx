import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RelationDirection, TermRelationType, TermStatus } from '../../gql/graphql';
import { TermStatusTag } from './term-tags';

interface Relation {
  type: TermRelationType;
  direction: RelationDirection;
  term: { id: string; name: string; status: TermStatus };
}

/** How each relation reads from this term's side; related_to reads the same both ways. */
type Group = 'is_a_out' | 'is_a_in' | 'part_of_out' | 'part_of_in' | 'replaces_out' | 'replaces_in' | 'related_to';

const groupOrder: Group[] = [
  'is_a_out',
  'is_a_in',
  'part_of_out',
  'part_of_in',
  'replaces_out',
  'replaces_in',
  'related_to',
];

function groupOf(relation: Relation): Group {
  if (relation.type === 'related_to') return 'related_to';
  return `${relation.type}_${relation.direction === 'OUTGOING' ? 'out' : 'in'}` as Group;
}

/** Typed relations from both ends: "Is a kind of: Appliance", "Kinds of this: Washer, Fridge". */
export function TermRelationsCard({ relations }: { relations: readonly Relation[] }) {
  const { t } = useTranslation('glossary');
  const groups = new Map<Group, Relation[]>();
  for (const relation of relations) {
    const group = groupOf(relation);
    const list = groups.get(group) ?? [];
    if (!list.some((item) => item.term.id === relation.term.id)) list.push(relation);
    groups.set(group, list);
  }

  return (
    <Card title={t('term.relations')} className="stacked-card" data-testid="term-relations">
      {relations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('term.noRelations')} />
      ) : (
        <dl className="relation-groups">
          {groupOrder
            .filter((group) => groups.has(group))
            .map((group) => (
              <div key={group} className="relation-group">
                <dt>{t(`relation.group.${group}`)}</dt>
                <dd>
                  {(groups.get(group) ?? [])
                    .sort((a, b) => a.term.name.localeCompare(b.term.name))
                    .map((relation) => (
                      <span key={relation.term.id} className="relation-term">
                        <Link to={`/glossary/terms/${relation.term.id}`}>{relation.term.name}</Link>
                        <TermStatusTag status={relation.term.status} hideApproved />
                      </span>
                    ))}
                </dd>
              </div>
            ))}
        </dl>
      )}
      <Typography.Paragraph type="secondary" className="card-footnote">
        {t('term.relationsHint')}
      </Typography.Paragraph>
    </Card>
  );
}
