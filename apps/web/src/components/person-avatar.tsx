import { Avatar } from 'antd';

const palette = ['#0b6e69', '#2f54eb', '#c41d7f', '#d46b08', '#531dab', '#08979c', '#7cb305', '#1677ff'];

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

function colorOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? palette[0]!;
}

/** Initials on a color derived from the name, so a person looks the same on every screen. */
export function PersonAvatar({
  name,
  size = 'default',
}: {
  name: string;
  size?: 'small' | 'default' | 'large' | number;
}) {
  return (
    <Avatar size={size} style={{ backgroundColor: colorOf(name), flex: 'none' }} aria-hidden>
      {initialsOf(name)}
    </Avatar>
  );
}
