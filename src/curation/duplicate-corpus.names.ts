/**
 * The words the duplicate corpus builds names from (duplicate-corpus.ts). None is a spelling of
 * another (no "Falih" beside "Faleh"): the only look-alike names in the corpus are the ones it
 * plants on purpose, as duplicates or as near misses.
 */

export const GIVEN_NAMES = [
  'Qasem', 'Muqtada', 'Hadi', 'Nouri', 'Haider', 'Adel', 'Faleh', 'Qais', 'Akram', 'Laith', 'Hamid', 'Jafar', 'Karim', 'Mahmoud', 'Nabil', 'Omar',
  'Rashid', 'Salim', 'Tariq', 'Walid', 'Yousef', 'Ziad', 'Bashir', 'Dawood', 'Ghazi', 'Ibrahim', 'Jamal', 'Latif', 'Majid', 'Osama', 'Riyad', 'Talal',
  'Wael', 'Yasin', 'Zuhair', 'Anwar', 'Bakr', 'Faisal', 'Hisham', 'Imad', 'Khalil', 'Mustafa', 'Raad', 'Sabah', 'Tahir', 'Emre', 'Mehmet', 'Oleg',
  'Viktor', 'Dmitri', 'Igor', 'Pavel', 'Ruslan', 'Arkady', 'Boris', 'Gennady', 'Leonid', 'Mikhail', 'Nikolai', 'Stanislav', 'Timur', 'Yuri', 'Vadim',
] as const;

export const FAMILY_NAMES = [
  'al-Amiri', 'al-Maliki', 'al-Abadi', 'al-Hakim', 'al-Jaafari', 'al-Kaabi', 'al-Hashimi', 'al-Issawi', 'al-Dulaimi', 'al-Jubouri', 'al-Obeidi', 'al-Tamimi',
  'al-Zubaidi', 'al-Shammari', 'al-Rubaie', 'al-Asadi', 'al-Hilli', 'al-Karbalai', 'al-Najafi', 'al-Basri', 'al-Mousawi', 'Barzani', 'Talabani', 'Zaidan',
  'Erdogan', 'Fidan', 'Kalin', 'Akar', 'Yildiz', 'Ozturk', 'Demir', 'Kaya', 'Celik', 'Sahin', 'Ivanov', 'Petrov', 'Sokolov', 'Volkov', 'Lavrov', 'Morozov',
  'Orlov', 'Kuznetsov', 'Popov', 'Smirnov', 'Fedorov', 'Novikov', 'Zakharov', 'Baranov', 'Rahimi', 'Karimi', 'Hosseini', 'Ahmadi', 'Mohammadi', 'Rezaei',
  'Moradi', 'Ghorbani', 'Sadeghi', 'Bagheri', 'Salehi', 'Nazari',
] as const;

/** Syllables of made-up words: distinctive surnames and group names that occur once in the corpus. */
// No two differ by one letter, so that two made-up words are never one spelling apart by chance.
export const SYLLABLES = ['kar', 'vaz', 'mon', 'tas', 'bel', 'rud', 'zeh', 'qan', 'dor', 'fal', 'mir', 'sul', 'gat', 'jun', 'lev', 'sab', 'wer', 'bik', 'vix', 'ozu', 'emp', 'lyk', 'cro', 'ulm'] as const;

export const GROUP_PREFIXES = ['Kataib', 'Saraya', 'Liwa', 'Asaib', 'Harakat', 'Jaish', 'Firqat', 'Ansar'] as const;

export const PARTY_WORDS = {
  first: [
    'National', 'Popular', 'Islamic', 'Democratic', 'Patriotic', 'Revolutionary', 'United', 'Free', 'Socialist', 'Liberal', 'Progressive', 'Independent',
    'Civic', 'Arab', 'Kurdish', 'Turkmen', 'Yazidi', 'Assyrian', 'Southern', 'Northern', 'Western', 'Central', 'Eastern', 'Federal',
  ],
  second: [
    'Reform', 'Salvation', 'Resistance', 'Mobilization', 'Liberation', 'Dawn', 'Future', 'Hope', 'Dignity', 'Freedom', 'Solidarity', 'Development', 'Peace',
    'Wisdom', 'Victory', 'Justice', 'Sovereignty', 'Awakening', 'Progress', 'Labour', 'Heritage', 'Tomorrow', 'Harmony', 'Prosperity', 'Truth',
  ],
  third: ['Movement', 'Party', 'Front', 'Alliance', 'Council', 'Committee', 'Union', 'Bloc', 'Assembly', 'Congress', 'League', 'Forum', 'Gathering', 'Current'],
} as const;

export const CITIES = ['Baghdad', 'Basra', 'Mosul', 'Kirkuk', 'Najaf', 'Karbala', 'Anbar', 'Diyala', 'Nineveh', 'Samarra', 'Tikrit', 'Erbil', 'Sulaymaniyah', 'Halabja', 'Ramadi', 'Fallujah'] as const;

export const UNITS = ['Operations Command', 'Infantry Division', 'Border Guard Command', 'Special Forces Regiment', 'Artillery Brigade', 'Police Directorate'] as const;

/** Given names of different people that transliterations make look alike (a hard near miss). */
export const CONFUSABLE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['Hassan', 'Hussein'],
  ['Amir', 'Amer'],
  ['Samir', 'Samer'],
  ['Nasser', 'Nasr'],
  ['Ali', 'Alaa'],
];

/** Arabic spellings of some names, for duplicates written in Arabic script. */
export const ARABIC_NAMES: Readonly<Record<string, string>> = {
  Qasem: 'قاسم', Hadi: 'هادي', Haider: 'حيدر', Adel: 'عادل', Qais: 'قيس', Akram: 'أكرم', Laith: 'ليث', Hamid: 'حامد', Karim: 'كريم', Mahmoud: 'محمود',
  Nabil: 'نبيل', Omar: 'عمر', Rashid: 'راشد', Salim: 'سليم', Tariq: 'طارق', Walid: 'وليد', Ziad: 'زياد', Bashir: 'بشير', Ibrahim: 'إبراهيم', Jamal: 'جمال',
  'al-Amiri': 'العامري', 'al-Maliki': 'المالكي', 'al-Abadi': 'العبادي', 'al-Hakim': 'الحكيم', 'al-Kaabi': 'الكعبي', 'al-Hashimi': 'الهاشمي', 'al-Tamimi': 'التميمي',
  'al-Zubaidi': 'الزبيدي', 'al-Shammari': 'الشمري', 'al-Asadi': 'الأسدي', 'al-Najafi': 'النجفي', 'al-Basri': 'البصري', Barzani: 'بارزاني', Talabani: 'طالباني',
};

const CYRILLIC: Readonly<Record<string, string>> = {
  shch: 'щ', kh: 'х', zh: 'ж', ch: 'ч', sh: 'ш', ts: 'ц', yu: 'ю', ya: 'я', a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', y: 'й',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', q: 'к', w: 'в', j: 'дж', x: 'кс', c: 'к',
};

/** A Latin name as Russian news would write it ("Qais al-Khazali" → "Каис аль-Хазали"). */
export function toCyrillic(name: string): string {
  return name.replace(/\bal-/g, 'аль-').replace(/shch|kh|zh|ch|sh|ts|yu|ya|[a-z]/gi, (letters) => {
    const cyrillic = CYRILLIC[letters.toLowerCase()] ?? letters;
    return letters[0] === letters[0].toUpperCase() ? cyrillic[0].toUpperCase() + cyrillic.slice(1) : cyrillic;
  });
}
