import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Raci } from '../gql/graphql';

const raciColors: Record<Raci, string> = { A: 'volcano', R: 'blue', C: 'gold', I: 'default' };

interface RaciTagProps {
  letter: Raci | null;
  /** Whose letter it is: read out with it ("Steve Panic: Accountable"). */
  person?: string;
  muted?: boolean;
  onClick?: () => void;
  suffix?: ReactNode;
}

/** A RACI letter as a small colored tag; the tooltip spells it out. */
export function RaciTag({ letter, person, muted = false, onClick, suffix }: RaciTagProps) {
  const { t } = useTranslation('enums');
  if (!letter) return null;
  const tag = (
    <Tag
      color={muted ? 'default' : raciColors[letter]}
      className={onClick ? 'raci-tag raci-tag-clickable' : 'raci-tag'}
      onClick={onClick}
      role={onClick ? 'button' : undefined}
      tabIndex={onClick ? 0 : undefined}
      onKeyDown={onClick ? (event) => (event.key === 'Enter' || event.key === ' ') && onClick() : undefined}
      aria-label={person ? `${person}: ${t(`raci.${letter}`)}` : t(`raci.${letter}`)}
    >
      {letter}
      {suffix}
    </Tag>
  );
  return <Tooltip title={t(`raciHint.${letter}`)}>{tag}</Tooltip>;
}
