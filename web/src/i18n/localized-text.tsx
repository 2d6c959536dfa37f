import { useTranslation } from 'react-i18next';
import type { ContentText } from './content-store.js';

/**
 * A record's text in the page: a translation carries its `lang`, and an unofficial one says
 * so on hover and with a mark, so that no reader takes the mission's wording for the parties'.
 */
export function LocalizedText({ content }: { content: ContentText }) {
  const { t } = useTranslation();
  if (content.lang === undefined) return <>{content.text}</>;
  return content.unofficial ? (
    <span lang={content.lang} className="unofficial" title={t('content.unofficial')}>
      {content.text}
    </span>
  ) : (
    <span lang={content.lang}>{content.text}</span>
  );
}
