import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, type Language } from '../i18n';

/** Renders a component with the portal's texts in one language. */
export function renderIn(ui: ReactElement, language: Language = 'id') {
  const i18n = initI18n(language);
  void i18n.changeLanguage(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
