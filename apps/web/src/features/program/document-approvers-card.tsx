import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../components/person-avatar';
import type { ProgramDocumentQuery } from '../../gql/graphql';

type ProgramDocument = NonNullable<ProgramDocumentQuery['programDocument']>;

/** Who may approve the document, as the server names them; a warning when nobody can. */
export function DocumentApproversCard({ document }: { document: ProgramDocument }) {
  const { t } = useTranslation('program');
  const { approvers, sponsorApproval } = document;
  return (
    <Card title={t('document.approvers.title')} className="stacked-card" data-testid="document-approvers">
      <Typography.Paragraph className="document-approvers-rule">
        {sponsorApproval ? t('document.approvers.sponsorOnly') : t('document.approvers.leadOrSponsor')}
      </Typography.Paragraph>
      {approvers.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={sponsorApproval ? t('document.approvers.noSponsor') : t('document.approvers.noApprover')}
          description={
            <>
              {sponsorApproval ? t('document.approvers.noSponsorBody') : t('document.approvers.noApproverBody')}{' '}
              <Link to="/">{t('document.approvers.seeRoles')}</Link>
            </>
          }
        />
      ) : (
        <ul className="document-approvers">
          {approvers.map((person) => (
            <li key={person.id}>
              <Flex gap={10} align="center">
                <PersonAvatar name={person.name} size="small" />
                <Flex vertical style={{ minWidth: 0 }}>
                  <Link to={`/people/${person.id}`}>{person.name}</Link>
                  {person.title ? (
                    <Typography.Text type="secondary" className="document-approver-title" ellipsis>
                      {person.title}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      <Typography.Paragraph type="secondary" className="document-four-eyes">
        {t('document.approvers.fourEyes')}
      </Typography.Paragraph>
    </Card>
  );
}
