import type { ThemeConfig } from 'antd';

export const brandColor = '#0b6e69';
export const siderColor = '#0f2230';

/** Steward's look: Ant Design with a deep teal brand, a dark navigation rail and calm surfaces. */
export const stewardTheme: ThemeConfig = {
  token: {
    colorPrimary: brandColor,
    colorInfo: brandColor,
    colorLink: brandColor,
    borderRadius: 8,
    colorBgLayout: '#f4f6f8',
    fontFamily:
      "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { siderBg: siderColor, headerBg: '#ffffff', headerHeight: 60, headerPadding: '0 24px' },
    Menu: {
      darkItemBg: siderColor,
      darkSubMenuItemBg: siderColor,
      darkItemSelectedBg: brandColor,
      darkGroupTitleColor: 'rgba(255,255,255,0.45)',
    },
    Card: { headerFontSize: 15 },
    Table: { headerBg: '#fafbfc' },
  },
};
