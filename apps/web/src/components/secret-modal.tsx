import { Alert, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretModalProps {
  open: boolean;
  title: string;
  description: string;
  warning: string;
  secret: string;
  onClose: () => void;
  /** Shown under the secret: how to use it. */
  children?: ReactNode;
}

/** Shows a secret (an API token, a one-time password) the only time Steward can show it. */
export function SecretModal({ open, title, description, warning, secret, onClose, children }: SecretModalProps) {
  const { t } = useTranslation('common');
  return (
    <Modal
      open={open}
      title={title}
      onOk={onClose}
      onCancel={onClose}
      okText={t('actions.done')}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ text: secret, tooltips: [t('actions.copy'), t('copied')] }}
        className="secret-value"
        data-testid="secret-value"
      >
        {secret}
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={warning} />
      {children}
    </Modal>
  );
}
