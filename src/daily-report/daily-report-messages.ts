import type { AgreementStatus } from '../domain/agreement/agreement-types.js';
import type { Language } from '../domain/languages.js';

/** Every word the daily report prints, per language; the names of kinds come from the domain's one table. */
export interface DailyReportMessages {
  dailyReport: string;
  day: (day: number, of: number) => string;
  status: Record<AgreementStatus, string>;
  generated: string;
  utc: string;
  synthetic: string;
  summaryByRegion: string;
  region: string;
  verifiedViolations: string;
  previousDay: string;
  change: string;
  noRegion: string;
  mapCaption: string;
  mapLabel: string;
  chartCaption: string;
  chartLabel: string;
  verifiedIncidents: string;
  noIncident: string;
  /** The day's violations not listed, and where they are. */
  omitted: (count: string) => string;
  accessRestrictions: string;
  noAccessRestriction: string;
  time: string;
  place: string;
  kind: string;
  attribution: string;
  independentSources: string;
  terms: string;
  logEntry: string;
  notAttributable: string;
  disputed: string;
  confidence: Record<'confirmed' | 'likely' | 'possible', string>;
  civilianCasualties: string;
  casualties: (killed: string, injured: string, incidents: string, killedBefore: string, injuredBefore: string) => string;
  controlChanges: string;
  noControlChange: string;
  from: string;
  to: string;
  asOf: string;
  area: string;
  annex: string;
  party: string;
  thisDay: string;
  sinceEffective: string;
  noAnnex: string;
  checkpoint: (origin: string, size: string, root: string) => string;
  checkCommand: string;
  noCheckpoint: string;
  borders: string;
}

export const DAILY_REPORT_MESSAGES: Record<Language, DailyReportMessages> = {
  en: {
    dailyReport: 'Daily report',
    day: (day, of) => `day ${day} of ${of}`,
    status: { draft: 'draft', proposed: 'proposed', in_force: 'in force', expired: 'expired', extended: 'extended', collapsed: 'collapsed', superseded: 'superseded' },
    generated: 'generated',
    utc: 'UTC',
    synthetic: 'This report includes synthetic demonstration data. It does not describe real events.',
    summaryByRegion: 'Summary by region',
    region: 'Region',
    verifiedViolations: 'Verified violations',
    previousDay: 'Previous day',
    change: 'Change',
    noRegion: 'No verified violations were recorded on this day or the day before.',
    mapCaption: 'The day’s verified incidents, coloured by the party they are attributed to (grey: not attributable).',
    mapLabel: 'Map of the day’s incidents',
    chartCaption: 'Verified violations per party per day over the agreement’s window; the shaded day is this report’s.',
    chartLabel: 'Verified violations per party per day',
    verifiedIncidents: 'Verified incidents',
    noIncident: 'No incident was verified for this day.',
    omitted: (n) => `Not listed here: ${n} more violations of this day. The figures above count them all; the incident export lists them.`,
    accessRestrictions: 'Access restrictions against monitors',
    noAccessRestriction: 'No restriction of the monitors’ access was verified for this day.',
    time: 'Time',
    place: 'Place',
    kind: 'Kind',
    attribution: 'Attribution',
    independentSources: 'Independent sources',
    terms: 'Terms',
    logEntry: 'Log entry',
    notAttributable: 'not attributable',
    disputed: 'disputed',
    confidence: { confirmed: 'confirmed', likely: 'likely', possible: 'possible' },
    civilianCasualties: 'Civilian casualties',
    casualties: (k, i, n, kb, ib) => `Corroborated civilian casualties: ${k} killed and ${i} injured in ${n} incident(s); the previous day ${kb} killed and ${ib} injured.`,
    controlChanges: 'Changes of control',
    noControlChange: 'No assessed change of control from the baseline on this day.',
    from: 'From',
    to: 'To',
    asOf: 'As of',
    area: 'Area',
    annex: 'Annex: verified violations by party and kind',
    party: 'Party',
    thisDay: 'This day',
    sinceEffective: 'Since effective',
    noAnnex: 'None since the agreement took effect.',
    checkpoint: (o, s, r) => `Computed from the transparency log ${o} at size ${s}, root ${r}.`,
    checkCommand: 'Check it yourself: truce verify --url SERVER --key VERIFIER_KEY recomputes the log and checks this checkpoint; every incident above names its log entry.',
    noCheckpoint: 'No signed checkpoint existed when this report was computed.',
    borders: 'Borders: Natural Earth',
  },
  uk: {
    dailyReport: 'Щоденний звіт',
    day: (day, of) => `день ${day} з ${of}`,
    status: { draft: 'чернетка', proposed: 'запропонована', in_force: 'чинна', expired: 'строк минув', extended: 'продовжена', collapsed: 'зірвана', superseded: 'замінена' },
    generated: 'складено',
    utc: 'UTC',
    synthetic: 'Цей звіт містить синтетичні демонстраційні дані. Він не описує реальних подій.',
    summaryByRegion: 'Підсумок за регіонами',
    region: 'Регіон',
    verifiedViolations: 'Перевірені порушення',
    previousDay: 'Попередній день',
    change: 'Зміна',
    noRegion: 'Цього дня і напередодні перевірених порушень не зафіксовано.',
    mapCaption: 'Перевірені інциденти дня, за кольором сторони, якій їх приписано (сірий: не приписано).',
    mapLabel: 'Карта інцидентів дня',
    chartCaption: 'Перевірені порушення за сторонами і днями протягом строку угоди; затінений день — день цього звіту.',
    chartLabel: 'Перевірені порушення за сторонами і днями',
    verifiedIncidents: 'Перевірені інциденти',
    noIncident: 'Цього дня жодного інциденту не перевірено.',
    omitted: (n) => `Не наведено порушень цього дня: ${n}. Показники вище враховують усі; експорт інцидентів містить їх повністю.`,
    accessRestrictions: 'Обмеження доступу спостерігачів',
    noAccessRestriction: 'Цього дня обмежень доступу спостерігачів не перевірено.',
    time: 'Час',
    place: 'Місце',
    kind: 'Вид',
    attribution: 'Приписано',
    independentSources: 'Незалежні джерела',
    terms: 'Умови',
    logEntry: 'Запис журналу',
    notAttributable: 'не приписано',
    disputed: 'оскаржено',
    confidence: { confirmed: 'підтверджено', likely: 'ймовірно', possible: 'можливо' },
    civilianCasualties: 'Жертви серед цивільних',
    casualties: (k, i, n, kb, ib) => `Підтверджені жертви серед цивільних: загиблих ${k}, поранених ${i}, інцидентів ${n}; попереднього дня загиблих ${kb}, поранених ${ib}.`,
    controlChanges: 'Зміни контролю',
    noControlChange: 'Цього дня оцінених змін контролю від базової лінії немає.',
    from: 'Від',
    to: 'До',
    asOf: 'Станом на',
    area: 'Площа',
    annex: 'Додаток: перевірені порушення за сторонами і видами',
    party: 'Сторона',
    thisDay: 'Цей день',
    sinceEffective: 'Від набрання чинності',
    noAnnex: 'Від набрання угодою чинності — жодного.',
    checkpoint: (o, s, r) => `Обчислено з журналу прозорості ${o} розміром ${s}, корінь ${r}.`,
    checkCommand: 'Перевірте самі: truce verify --url SERVER --key VERIFIER_KEY перераховує журнал і перевіряє цю контрольну точку; кожен інцидент вище називає свій запис журналу.',
    noCheckpoint: 'Коли складався цей звіт, підписаної контрольної точки ще не було.',
    borders: 'Кордони: Natural Earth',
  },
  ru: {
    dailyReport: 'Ежедневный отчёт',
    day: (day, of) => `день ${day} из ${of}`,
    status: { draft: 'черновик', proposed: 'предложено', in_force: 'действует', expired: 'срок истёк', extended: 'продлено', collapsed: 'сорвано', superseded: 'заменено' },
    generated: 'составлен',
    utc: 'UTC',
    synthetic: 'Этот отчёт содержит синтетические демонстрационные данные. Он не описывает реальных событий.',
    summaryByRegion: 'Сводка по регионам',
    region: 'Регион',
    verifiedViolations: 'Проверенные нарушения',
    previousDay: 'Предыдущий день',
    change: 'Изменение',
    noRegion: 'В этот день и накануне проверенных нарушений не зафиксировано.',
    mapCaption: 'Проверенные инциденты дня, по цвету стороны, которой они приписаны (серый: не приписано).',
    mapLabel: 'Карта инцидентов дня',
    chartCaption: 'Проверенные нарушения по сторонам и дням за срок соглашения; затенённый день — день этого отчёта.',
    chartLabel: 'Проверенные нарушения по сторонам и дням',
    verifiedIncidents: 'Проверенные инциденты',
    noIncident: 'В этот день ни один инцидент не проверен.',
    omitted: (n) => `Не приведено нарушений этого дня: ${n}. Показатели выше учитывают все; экспорт инцидентов содержит их полностью.`,
    accessRestrictions: 'Ограничения доступа наблюдателей',
    noAccessRestriction: 'В этот день ограничений доступа наблюдателей не проверено.',
    time: 'Время',
    place: 'Место',
    kind: 'Вид',
    attribution: 'Приписано',
    independentSources: 'Независимые источники',
    terms: 'Условия',
    logEntry: 'Запись журнала',
    notAttributable: 'не приписано',
    disputed: 'оспорено',
    confidence: { confirmed: 'подтверждено', likely: 'вероятно', possible: 'возможно' },
    civilianCasualties: 'Жертвы среди гражданских',
    casualties: (k, i, n, kb, ib) => `Подтверждённые жертвы среди гражданских: погибших ${k}, раненых ${i}, инцидентов ${n}; в предыдущий день погибших ${kb}, раненых ${ib}.`,
    controlChanges: 'Изменения контроля',
    noControlChange: 'В этот день оценённых изменений контроля от базовой линии нет.',
    from: 'От',
    to: 'К',
    asOf: 'По состоянию на',
    area: 'Площадь',
    annex: 'Приложение: проверенные нарушения по сторонам и видам',
    party: 'Сторона',
    thisDay: 'Этот день',
    sinceEffective: 'С вступления в силу',
    noAnnex: 'Со вступления соглашения в силу — ни одного.',
    checkpoint: (o, s, r) => `Вычислено из журнала прозрачности ${o} размером ${s}, корень ${r}.`,
    checkCommand: 'Проверьте сами: truce verify --url SERVER --key VERIFIER_KEY пересчитывает журнал и проверяет эту контрольную точку; каждый инцидент выше называет свою запись журнала.',
    noCheckpoint: 'Когда составлялся этот отчёт, подписанной контрольной точки ещё не было.',
    borders: 'Границы: Natural Earth',
  },
};
