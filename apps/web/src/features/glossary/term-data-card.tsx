import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '../../components/empty-state';
import { graphql } from '../../gql';

const TermDataLinksQuery = graphql(`
  query TermDataLinks($id: ID!) {
    glossaryTerm(id: $id) {
      id
      dataLinks {
        id
        decidedByLabel
        field {
          id
          name
          dataType
        }
        asset {
          id
          qualifiedName
          source {
            id
            name
          }
        }
      }
    }
  }
`);

/** Where the term lives: the columns and tables confirmed to carry its meaning. */
export function TermDataCard({ termId }: { termId: string }) {
  const { t } = useTranslation('glossary');
  const [{ data }] = useQuery({ query: TermDataLinksQuery, variables: { id: termId } });
  const links = data?.glossaryTerm?.dataLinks ?? [];
  return (
    <Card title={t('term.data.title')} data-testid="term-data-links" className="term-data-card">
      {links.length === 0 ? (
        <EmptyState description={t('term.data.empty')} />
      ) : (
        <List
          size="small"
          dataSource={links}
          renderItem={(link) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/catalog/assets/${link.asset.id}`}>
                    {link.asset.qualifiedName}
                    {link.field ? `.${link.field.name}` : ''}
                  </Link>
                }
                description={
                  <Typography.Text type="secondary">
                    {link.asset.source.name}
                    {link.field ? ` · ${link.field.dataType}` : ''}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
