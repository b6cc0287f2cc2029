import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  /** 0-based index of the page shown. */
  pageIndex: number;
  pageSize: number;
  shown: number;
  total: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous / next over a cursor connection, with "26–50 of 120". */
export function CursorPager({ pageIndex, pageSize, shown, total, hasNextPage, onPrevious, onNext }: CursorPagerProps) {
  const { t, i18n } = useTranslation('common');
  const number = new Intl.NumberFormat(i18n.language);
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = pageIndex * pageSize + shown;
  return (
    <Flex justify="flex-end" align="center" gap={12} className="cursor-pager">
      <Typography.Text type="secondary">
        {t('pager.range', { from: number.format(from), to: number.format(to), total: number.format(total) })}
      </Typography.Text>
      <Button
        icon={<LeftOutlined aria-hidden />}
        disabled={pageIndex === 0}
        onClick={onPrevious}
        aria-label={t('actions.previous')}
      />
      <Button
        icon={<RightOutlined aria-hidden />}
        disabled={!hasNextPage}
        onClick={onNext}
        aria-label={t('actions.next')}
      />
    </Flex>
  );
}
