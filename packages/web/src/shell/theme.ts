import type { ThemeConfig } from 'antd';

/**
 * The console's Ant Design theme. Ant Design's default greys and links fall below WCAG 2.1 AA's 4.5:1 contrast for
 * normal text (secondary text #8c8c8c is 3.4:1 on white, placeholders #bfbfbf 1.8:1, links #1677ff 4.1:1); GB/T
 * 37668-2019 holds public-facing systems to level AA and the center employs people with low vision. Each value below
 * is at least 4.5:1 on white and on the light greys (#fafafa, #f5f5f5) of table heads and filled fields, so every
 * desk inherits readable text without styling its own.
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8', // 6.7:1 on white
    colorInfo: '#1d4ed8', // links and info derive from it (antd's default #1677ff is 4.1:1)
    colorLink: '#1d4ed8',
    // Hover derives a lighter blue (#4373e6, 4.3:1) for a default button's text and a primary button's fill; a
    // pointer resting on a button after a click must not drop it below 4.5:1.
    colorPrimaryHover: '#1e40af', // 8.7:1 on white; white on it 8.7:1
    colorLinkHover: '#1e40af',
    colorTextSecondary: '#595959', // 7.0:1 on white, 6.3:1 on #f5f5f5
    colorTextTertiary: '#595959', // descriptions, statistic titles, empty states
    colorTextDescription: '#595959',
    colorTextQuaternary: '#666666', // placeholders, the unchecked switch track (white text on it: 5.7:1)
    colorTextPlaceholder: '#666666', // 5.7:1 on white, 5.2:1 on #f5f5f5
    colorSuccess: '#237804', // green-8: 6.0:1 on white
    colorWarning: '#ad4e00', // orange-8: 5.4:1 on white
    colorError: '#cf1322', // red-7: 5.5:1 on white
  },
  components: {
    // Preset tags write their -7 shade on the -1 tint: green 3.4:1, gold 2.8:1, orange/cyan/lime/yellow below 4.5:1.
    // A darker shade per colour, each ≥ 4.5:1 on its own tint (the tour's axe check measures them).
    Tag: {
      green7: '#237804', // green-8: 5.4:1 on green-1
      gold7: '#874d00', // gold-9
      orange7: '#ad4e00', // orange-8: 5.1:1
      volcano7: '#ad2102', // volcano-8: 6.4:1
      cyan7: '#006d75', // cyan-8: 5.8:1
      lime7: '#3f6600', // lime-9: 6.6:1
      yellow7: '#614700', // yellow-10: 8.6:1
    },
  },
};
