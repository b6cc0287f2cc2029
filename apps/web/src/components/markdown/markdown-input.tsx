import { Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from './markdown';

interface MarkdownInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  rows?: number;
  placeholder?: string;
  'aria-invalid'?: boolean;
}

/** A Markdown text box with a Write / Preview switch (a form control: value and onChange). */
export function MarkdownInput({ id, value, onChange, rows = 6, placeholder, ...rest }: MarkdownInputProps) {
  const { t } = useTranslation('common');
  const [view, setView] = useState<'write' | 'preview'>('write');
  return (
    <div className="markdown-input">
      <div className="markdown-input-bar">
        <Segmented<'write' | 'preview'>
          size="small"
          value={view}
          onChange={setView}
          options={[
            { value: 'write', label: t('markdown.write') },
            { value: 'preview', label: t('markdown.preview') },
          ]}
        />
        <Typography.Text type="secondary" className="markdown-input-hint">
          {t('markdown.hint')}
        </Typography.Text>
      </div>
      {view === 'write' ? (
        <Input.TextArea
          id={id}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          autoSize={{ minRows: rows, maxRows: 18 }}
          placeholder={placeholder}
          aria-invalid={rest['aria-invalid']}
        />
      ) : (
        <div className="markdown-input-preview" data-testid="markdown-preview">
          {value?.trim() ? (
            <Markdown source={value} />
          ) : (
            <Typography.Text type="secondary">{t('markdown.nothing')}</Typography.Text>
          )}
        </div>
      )}
    </div>
  );
}
