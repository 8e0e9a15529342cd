import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from './OptionsApp';
import './options.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <OptionsApp />
      </I18nProvider>
    </StrictMode>,
  );
}
