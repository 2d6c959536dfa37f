import type { TranslatableKind } from '../domain/translations/translation.js';

/** A demo text in Ukrainian and Russian: the mission's own, so every one is marked unofficial. */
export interface DemoTranslation {
  record_kind: TranslatableKind;
  record_id: string;
  field: string;
  /** For a condition, its place in the position's list. */
  condition?: number;
  /** For a transition, the status it moved to: its id is made when it is recorded. */
  transition_to?: string;
  uk: string;
  ru: string;
}

const agreement = 'agreement-2025-03-30-day-ceasefire';
const term = (code: string, uk: string, ru: string): DemoTranslation => ({ record_kind: 'term', record_id: `${agreement}-${code}`, field: 'text', uk, ru });
const russianCondition = (condition: number, uk: string, ru: string): DemoTranslation => ({ record_kind: 'position', record_id: `${agreement}-position-russia`, field: 'condition', condition, uk, ru });

/**
 * The scenario's own texts in the other two languages. Quotations are not here: they stay in
 * the language the source printed them in, and readers see them marked with it.
 */
export const SCENARIO_TRANSLATIONS: readonly DemoTranslation[] = [
  { record_kind: 'party', record_id: 'party-russia', field: 'name', uk: 'Росія', ru: 'Россия' },
  { record_kind: 'party', record_id: 'party-ukraine', field: 'name', uk: 'Україна', ru: 'Украина' },
  { record_kind: 'party', record_id: 'party-united-states', field: 'name', uk: 'Сполучені Штати', ru: 'Соединённые Штаты' },
  {
    record_kind: 'agreement_transition',
    record_id: '',
    transition_to: 'proposed',
    field: 'reason',
    uk: 'Запропоновано Сполученими Штатами на переговорах у Саудівській Аравії 11 березня 2025 року.',
    ru: 'Предложено Соединёнными Штатами на переговорах в Саудовской Аравии 11 марта 2025 года.',
  },
  { record_kind: 'agreement', record_id: agreement, field: 'title', uk: 'Запропоноване США 30-денне припинення вогню', ru: 'Предложенное США 30-дневное прекращение огня' },
  term(
    'T1',
    'Негайне тимчасове 30-денне припинення вогню: сторони припиняють бойові дії; може бути продовжене за взаємною згодою.',
    'Немедленное временное 30-дневное прекращение огня: стороны прекращают боевые действия; может быть продлено по взаимному согласию.',
  ),
  term('T2', 'Жодної примусової мобілізації протягом 30 днів.', 'Никакой принудительной мобилизации в течение 30 дней.'),
  term('T3', 'Жодних постачань зброї протягом 30 днів.', 'Никаких поставок оружия в течение 30 дней.'),
  term('T4', 'Контроль і перевірка припинення вогню механізмом, який приймають обидві сторони.', 'Контроль и проверка прекращения огня механизмом, который принимают обе стороны.'),
  term(
    'T5',
    'Доля українських військ у Курській області: чи відходять вони, чи складають зброю.',
    'Судьба украинских войск в Курской области: отходят ли они или складывают оружие.',
  ),
  {
    record_kind: 'position',
    record_id: `${agreement}-position-ukraine`,
    field: 'statement',
    uk: 'На переговорах у Саудівській Аравії (Джидда, спільна заява США та України від 11 березня 2025 року) Україна погодилася на негайне тимчасове 30-денне припинення вогню, яке може бути продовжене за взаємною згодою.',
    ru: 'На переговорах в Саудовской Аравии (Джидда, совместное заявление США и Украины от 11 марта 2025 года) Украина согласилась на немедленное временное 30-дневное прекращение огня, которое может быть продлено по взаимному согласию.',
  },
  {
    record_kind: 'position',
    record_id: `${agreement}-position-ukraine`,
    field: 'condition',
    condition: 0,
    uk: 'За умови, що Російська Федерація погодиться і виконуватиме його одночасно.',
    ru: 'При условии, что Российская Федерация согласится и будет выполнять его одновременно.',
  },
  russianCondition(0, 'Припинення вогню має вести до тривалого миру й усунути першопричини конфлікту.', 'Прекращение огня должно вести к долгосрочному миру и устранить первопричины конфликта.'),
  russianCondition(1, 'Контроль і перевірка: як гарантувати, що 30 днів не буде використано проти Росії.', 'Контроль и проверка: как гарантировать, что 30 дней не будут использованы против России.'),
  russianCondition(2, 'Жодної примусової мобілізації в Україні протягом 30 днів.', 'Никакой принудительной мобилизации на Украине в течение 30 дней.'),
  russianCondition(3, 'Жодних постачань зброї в Україну протягом 30 днів.', 'Никаких поставок оружия на Украину в течение 30 дней.'),
  russianCondition(4, 'Доля українських військ у Курській області.', 'Судьба украинских войск в Курской области.'),
  russianCondition(5, 'Зняття санкцій — заявлена мета Кремля в будь-якій угоді.', 'Снятие санкций — заявленная цель Кремля в любой сделке.'),
  {
    record_kind: 'position',
    record_id: `${agreement}-position-united-states-2025-03-12`,
    field: 'statement',
    uk: 'Президент Трамп сподівається, що Росія погодиться на перемир’я, і погрожує «дуже поганими, руйнівними» фінансовими санкціями, якщо вона цього не зробить.',
    ru: 'Президент Трамп надеется, что Россия согласится на перемирие, и грозит «очень плохими, разрушительными» финансовыми санкциями, если она этого не сделает.',
  },
  {
    record_kind: 'position',
    record_id: `${agreement}-position-united-states-2025-03-13`,
    field: 'statement',
    uk: 'Держсекретар Рубіо: Вашингтон хоче, щоб Москва погодилася на припинення вогню без попередніх умов.',
    ru: 'Госсекретарь Рубио: Вашингтон хочет, чтобы Москва согласилась на прекращение огня без предварительных условий.',
  },
];
