import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultNamespace, type Language, namespaces, resources } from './resources';

const supported = Object.keys(resources) as Language[];

function preferredLanguage(): Language {
  const fromBrowser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return fromBrowser.map((tag) => tag as Language).find((tag) => supported.includes(tag)) ?? 'en';
}

/** Starts i18next once, before the first render; resources are bundled, so it is synchronous. */
export function initI18n() {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources,
    lng: preferredLanguage(),
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: defaultNamespace,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}
