import { defineConfig } from 'wxt';
import { catalog } from './lib/i18n/catalog';
import { toChromeMessages } from './lib/i18n/define';
import { amoLintClean } from './scripts/amo-lint-clean';

export const GECKO_ID = 'tact@tact-cm.org';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [amoLintClean()],
    ...(process.env.TACT_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // alarms: day rollover and checklist reminders. storage: a revision counter that tells content scripts to refresh. activeTab: the popup reads the current tab's
    // address (to silence Tact on that page or site) only when the CM opens it; no `tabs`, no <all_urls>.
    permissions: ['alarms', 'activeTab', 'storage'],
    // Asked only when the CM turns checklist reminders on.
    optional_permissions: ['notifications'],
    commands: {
      'open-templates': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenTemplates__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions exists from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // Parallel work (and CI) may build into another folder, e.g. TACT_OUT_DIR=.output-e2e.
  outDir: process.env.TACT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  hooks: {
    // The UI catalog (lib/i18n) is the one source of strings: write it out as the extension's _locales.
    'build:publicAssets': (_wxt, files) => {
      for (const lang of ['en', 'fr'] as const) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(toChromeMessages(catalog, lang), null, 2),
        });
      }
    },
  },
});
