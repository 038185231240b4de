import { useIntl } from 'react-intl';
import { WrapUpCode } from '../../../../../shared/api/calls';
import type { DayFigures } from '../../../../../shared/api/floor/floor';
import { useT } from '../../../i18n/use-t';

/** How the day's calls ended: one horizontal bar per wrap-up code, the most frequent first, with its count. */
export function WrapUpBars({ figures }: { figures: DayFigures }) {
  const t = useT();
  const intl = useIntl();
  const codes = WrapUpCode.options
    .map((code) => ({ code, count: figures.wrapUpCodes[code] ?? 0 }))
    .sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...codes.map((c) => c.count));
  const none = codes.every((c) => c.count === 0);

  return (
    <figure className="day-chart">
      <table className="wrap-up-bars">
        <caption className="day-chart__title">{t('dayFigures.wrapUp.title')}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('dayFigures.wrapUp.code')}</th>
            <th scope="col">{t('dayFigures.wrapUp.count')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map(({ code, count }) => (
            <tr key={code} data-code={code}>
              <th scope="row" className="wrap-up-bars__label">
                {t(`dayFigures.wrapUp.code.${code}`)}
              </th>
              <td className="wrap-up-bars__value">
                <span
                  className="wrap-up-bars__bar"
                  aria-hidden="true"
                  style={{ width: `${(count / max) * 100}%` }}
                />
                <span className="wrap-up-bars__count">{intl.formatNumber(count)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {none ? <p className="empty-state">{t('dayFigures.wrapUp.empty')}</p> : null}
    </figure>
  );
}
