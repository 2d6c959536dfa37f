import { useTranslation } from 'react-i18next';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';
import type { Term } from './agreement-types.js';
import { TableScroll } from '../ui/table-scroll.js';

export function TermsTable({ terms, names }: { terms: Term[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const content = useContent();
  const name = (id: string) => names.get(id) ?? id;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('agreement.termCode')}</th>
            <th scope="col">{t('agreement.termText')}</th>
            <th scope="col">{t('agreement.termCategory')}</th>
            <th scope="col">{t('agreement.termAppliesTo')}</th>
            <th scope="col">{t('agreement.termProposedBy')}</th>
            <th scope="col">{t('agreement.termStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id} id={`term-${term.code}`}>
              <th scope="row">{term.code}</th>
              <td>
                <LocalizedText content={content.text('term', term.id, 'text', term.text)} />
                {term.verification_method && (
                  <p className="muted small">
                    {t('agreement.termVerification')}: <LocalizedText content={content.text('term', term.id, 'verification_method', term.verification_method)} />
                  </p>
                )}
              </td>
              <td>{t(`termCategory.${term.category}`)}</td>
              <td>{term.applies_to.map(name).join(', ')}</td>
              <td>{term.proposed_by ? name(term.proposed_by) : t('common.none')}</td>
              <td>
                <span className={`status status-${term.status}`}>{t(`termStatus.${term.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
