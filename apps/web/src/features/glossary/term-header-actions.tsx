import { EditOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../gql/graphql';

interface TermHeaderActionsProps {
  term: { status: TermStatus };
  hasOpenProposal: boolean;
  onChange: () => void;
  onLifecycle: (action: 'deprecate' | 'reinstate') => void;
}

/**
 * What a writer can propose for a term. One open proposal per term: while one is open, the
 * buttons stay visible but disabled, and say why.
 */
export function TermHeaderActions({ term, hasOpenProposal, onChange, onLifecycle }: TermHeaderActionsProps) {
  const { t } = useTranslation('glossary');
  const blocked = hasOpenProposal ? t('actions.blockedByProposal') : undefined;
  const changeBlocked =
    blocked ??
    (term.status === 'deprecated'
      ? t('actions.blockedDeprecated')
      : term.status === 'in_review'
        ? t('actions.blockedInReview')
        : undefined);
  const changeLabel =
    term.status === 'approved' || term.status === 'deprecated' ? t('actions.proposeChange') : t('actions.editAndSend');

  return (
    <>
      {term.status === 'approved' ? (
        <Tooltip title={blocked}>
          <Button
            danger
            icon={<StopOutlined aria-hidden />}
            disabled={Boolean(blocked)}
            onClick={() => onLifecycle('deprecate')}
          >
            {t('actions.deprecate')}
          </Button>
        </Tooltip>
      ) : null}
      {term.status === 'deprecated' ? (
        <Tooltip title={blocked}>
          <Button
            icon={<RollbackOutlined aria-hidden />}
            disabled={Boolean(blocked)}
            onClick={() => onLifecycle('reinstate')}
          >
            {t('actions.reinstate')}
          </Button>
        </Tooltip>
      ) : null}
      <Tooltip title={changeBlocked}>
        <Button type="primary" icon={<EditOutlined aria-hidden />} disabled={Boolean(changeBlocked)} onClick={onChange}>
          {changeLabel}
        </Button>
      </Tooltip>
    </>
  );
}
