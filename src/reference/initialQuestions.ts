/**
 * Catalogue of the questions of an ATT initial report (Treaty Art. 13(1)): what a State Party says
 * about its national control system. Each transcribed answer (table initial_answers) names one of
 * these ids; the site draws the States × questions matrix from them.
 *
 * Sources, as read through stored copies (no live web access):
 * - The template: ATT/CSP1/2015/WP.4/Rev.2, 27 August 2015, "The Arms Trade Treaty provisional
 *   template: initial report on measures undertaken to implement the Arms Trade Treaty, in accordance
 *   with Article 13(1)", submitted by the Facilitator on Reporting (Sweden), First Conference of States
 *   Parties, Cancun. Copy read: https://slideblast.com/arms-trade-treaty_59726ae61723ddda6d51b0b2.html
 *   (its opening only). CSP1 "took note" of this provisional template
 *   (https://www.stimson.org/2016/att-and-transparency/).
 * - The wording and order of the template's first questions (activities regulated, activities with a
 *   control list, coverage of categories I–VIII, ammunition and parts, public list, definitions, export
 *   legislation, authorizations issued before export), with the Treaty articles each cites:
 *   http://www.armstrade.info/database/ (a database laid out on the template; its opening only).
 * - The Treaty text (English): UN text as held in github.com/statengeneraal/laws-markdown,
 *   verdrag/the/arms/trade/treaty/BWBV0006233/README.md. French: the Swiss official text,
 *   https://www.droit-bilingue.ch/fr-de/0.5/0.51/0.518.61-13-16.html. Spanish category names: the
 *   ATT-BAP guide quoting Art. 2(1), https://docplayer.es/74054621-Arms-trade-treaty-baseline-assessment-project.html.
 *
 * What could be verified: the template's symbol, date, author, title, and its rule for Sections A and B
 * (A = provisions prefaced with "shall", also when qualified "pursuant to national law", "where
 * necessary" …; B = provisions that States are "encouraged" or "may" take). The questions marked
 * `wording: 'template'` follow the template as laid out by armstrade.info. Note: that copy cites
 * Art. 5(3) for "is the control list public?", where the Treaty has it in Art. 5(4); we cite the Treaty.
 *
 * What could NOT be verified: the rest of the template's wording and its own numbering (only the
 * openings of the copies could be read), the official French and Spanish versions of the template,
 * and the later revision of the template (said to be adopted around CSP4–CSP7): no copy was found.
 * So: ids are the portal's own (scheme below); `wording: 'portal'` questions paraphrase the Treaty
 * provision they cite; every French and Spanish text is the portal's translation
 * (`translation: 'portal'`), using the Treaty's official French and Spanish terms. Each question is
 * put in Section A or B by applying the template's stated rule to the Treaty provision it cites.
 *
 * Id scheme: `A<n>.<m>` for Section A, grouped by Treaty topic (A1 control system and list, A2
 * authorities and contact points, A3 prohibitions and export, A4 import, A5 transit, A6 brokering,
 * A7 diversion, A8 records, A9 enforcement, A10 cooperation); a trailing letter (A1.1a …) marks one
 * row of a multi-row question. `B<n>` for Section B, in Treaty-article order. Ids are stable: a
 * question is never renumbered; a new one gets a new id.
 *
 * No Node or DOM imports: the site reads this catalogue too.
 */
import type { Translated } from '../schema/columns.ts';
import type { AttCategory } from '../schema/codes.ts';

export const INITIAL_SECTIONS = ['A', 'B'] as const;
export type InitialSection = (typeof INITIAL_SECTIONS)[number];

export const INITIAL_TOPICS = [
  'control_list',
  'authorities',
  'contact_points',
  'prohibitions',
  'export',
  'import',
  'transit',
  'brokering',
  'end_use',
  'diversion',
  'records',
  'enforcement',
  'cooperation',
  'assistance',
] as const;
export type InitialTopic = (typeof INITIAL_TOPICS)[number];

/** Where the English wording comes from: the template (as read in its copy) or the portal's paraphrase of the Treaty. */
export type Wording = 'template' | 'portal';

interface QuestionBase {
  /** Stable id, e.g. A1.3d, B2. */
  id: string;
  section: InitialSection;
  /** Treaty provisions the question rests on, as article(paragraph)(letter): '5(2)', '2(1)(a)', '14'. */
  articles: readonly string[];
  topic: InitialTopic;
  text: Translated;
  wording: Wording;
  /** For the coverage questions: the ATT category (Art. 2(1)) or item (Arts. 3, 4) the row is about. */
  covers?: AttCategory | 'ammunition' | 'parts_components';
}

/** French and Spanish texts: official wording (with where it was read) or the portal's translation. */
export type InitialQuestion = QuestionBase & ({ translation: 'portal' } | { translation: 'official'; translationSource: string });

type Q = Omit<QuestionBase, 'text'> & { en: string; fr: string; es: string };
const q = ({ en, fr, es, ...rest }: Q): InitialQuestion => ({ ...rest, text: { en, fr, es }, translation: 'portal' });

/** A1.1: activities regulated. Template rows; the template cites Arts. 3, 4, 5(2), 8, 9 and 10 for the question as a whole. */
const ACTIVITIES: [string, string[], InitialTopic, string, string, string][] = [
  ['a', ['3', '4', '5(2)'], 'export', 'exports', 'des exportations', 'las exportaciones'],
  ['b', ['8(2)'], 'import', 'imports', 'des importations', 'las importaciones'],
  ['c', ['9'], 'transit', 'transit or trans-shipment by land', 'du transit ou du transbordement par voie terrestre', 'el tránsito o transbordo por vía terrestre'],
  ['d', ['9'], 'transit', 'transit or trans-shipment by sea', 'du transit ou du transbordement par voie maritime', 'el tránsito o transbordo por vía marítima'],
  ['e', ['9'], 'transit', 'transit or trans-shipment by air', 'du transit ou du transbordement par voie aérienne', 'el tránsito o transbordo por vía aérea'],
  ['f', ['10'], 'brokering', 'brokering', 'du courtage', 'el corretaje'],
];

/** A1.2: activities for which a national control list is kept (template cites Arts. 2(2) and 5(2)). */
const LISTED: [string, string, string, string][] = [
  ['a', 'exports', 'les exportations', 'las exportaciones'],
  ['b', 'imports', 'les importations', 'las importaciones'],
  ['c', 'transit or trans-shipment', 'le transit ou le transbordement', 'el tránsito o transbordo'],
  ['d', 'brokering', 'le courtage', 'el corretaje'],
];

/** A1.3: coverage of the control list. Category names as in the Treaty's English, French and Spanish texts. */
const COVERAGE: [string, string, QuestionBase['covers'] & string, string, string, string][] = [
  ['a', '2(1)(a)', 'I', 'battle tanks', 'les chars de combat', 'los carros de combate'],
  ['b', '2(1)(b)', 'II', 'armoured combat vehicles', 'les véhicules blindés de combat', 'los vehículos blindados de combate'],
  ['c', '2(1)(c)', 'III', 'large-calibre artillery systems', 'les systèmes d’artillerie de gros calibre', 'los sistemas de artillería de gran calibre'],
  ['d', '2(1)(d)', 'IV', 'combat aircraft', 'les avions de combat', 'las aeronaves de combate'],
  ['e', '2(1)(e)', 'V', 'attack helicopters', 'les hélicoptères de combat', 'los helicópteros de ataque'],
  ['f', '2(1)(f)', 'VI', 'warships', 'les navires de guerre', 'los buques de guerra'],
  ['g', '2(1)(g)', 'VII', 'missiles and missile launchers', 'les missiles et lanceurs de missiles', 'los misiles y lanzamisiles'],
  ['h', '2(1)(h)', 'VIII', 'small arms and light weapons', 'les armes légères et de petit calibre', 'las armas pequeñas y ligeras'],
];

const sectionA1: InitialQuestion[] = [
  ...ACTIVITIES.map(([l, articles, topic, en, fr, es]) =>
    q({
      id: `A1.1${l}`,
      section: 'A',
      articles,
      topic,
      wording: 'template',
      en: `Does your State maintain a national system for controlling or regulating ${en}?`,
      fr: `Votre État dispose-t-il d’un système national de contrôle ou de réglementation ${fr} ?`,
      es: `¿Mantiene su Estado un sistema nacional para controlar o regular ${es}?`,
    }),
  ),
  ...LISTED.map(([l, en, fr, es]) =>
    q({
      id: `A1.2${l}`,
      section: 'A',
      articles: ['2(2)', '5(2)'],
      topic: 'control_list',
      wording: 'template',
      en: `Does your State maintain a national control list of conventional arms for ${en}?`,
      fr: `Votre État tient-il une liste de contrôle nationale des armes classiques pour ${fr} ?`,
      es: `¿Mantiene su Estado una lista nacional de control de armas convencionales para ${es}?`,
    }),
  ),
  ...COVERAGE.map(([l, article, covers, en, fr, es]) =>
    q({
      id: `A1.3${l}`,
      section: 'A',
      articles: [article, '5(2)'],
      topic: 'control_list',
      wording: 'template',
      covers,
      en: `Does your national control list cover ${en} (category ${covers}, Art. ${article})?`,
      fr: `Votre liste de contrôle nationale couvre-t-elle ${fr} (catégorie ${covers}, art. ${article}) ?`,
      es: `¿Abarca su lista nacional de control ${es} (categoría ${covers}, art. ${article})?`,
    }),
  ),
  q({
    id: 'A1.3i',
    section: 'A',
    articles: ['3', '5(2)'],
    topic: 'control_list',
    wording: 'template',
    covers: 'ammunition',
    en: 'Does your national control list cover ammunition/munitions fired, launched or delivered by the arms of categories I–VIII (Art. 3)?',
    fr: 'Votre liste de contrôle nationale couvre-t-elle les munitions tirées, lancées ou délivrées au moyen des armes des catégories I à VIII (art. 3) ?',
    es: '¿Abarca su lista nacional de control las municiones disparadas, lanzadas o propulsadas por las armas de las categorías I a VIII (art. 3)?',
  }),
  q({
    id: 'A1.3j',
    section: 'A',
    articles: ['4', '5(2)'],
    topic: 'control_list',
    wording: 'template',
    covers: 'parts_components',
    en: 'Does your national control list cover parts and components exported in a form that provides the capability to assemble the arms of categories I–VIII (Art. 4)?',
    fr: 'Votre liste de contrôle nationale couvre-t-elle les pièces et composants exportés sous une forme rendant possible l’assemblage des armes des catégories I à VIII (art. 4) ?',
    es: '¿Abarca su lista nacional de control las piezas y componentes exportados en una forma que permite ensamblar las armas de las categorías I a VIII (art. 4)?',
  }),
  q({
    id: 'A1.4',
    section: 'A',
    articles: ['5(4)'],
    topic: 'control_list',
    wording: 'portal',
    en: 'Has your State provided its national control list to the ATT Secretariat?',
    fr: 'Votre État a-t-il communiqué sa liste de contrôle nationale au secrétariat du TCA ?',
    es: '¿Ha facilitado su Estado su lista nacional de control a la Secretaría del TCA?',
  }),
  q({
    id: 'A1.5',
    section: 'A',
    articles: ['5(3)'],
    topic: 'control_list',
    wording: 'template',
    en: 'Are the controlled items defined (e.g. by the Wassenaar Arrangement lists, the UN Register of Conventional Arms or national definitions)?',
    fr: 'Les biens contrôlés sont-ils définis (p. ex. par les listes de l’Arrangement de Wassenaar, le Registre des armes classiques de l’ONU ou des définitions nationales) ?',
    es: '¿Están definidos los artículos controlados (p. ej., por las listas del Arreglo de Wassenaar, el Registro de Armas Convencionales de las Naciones Unidas o definiciones nacionales)?',
  }),
];

const sectionA2toA10: InitialQuestion[] = [
  q({
    id: 'A2.1',
    section: 'A',
    articles: ['5(5)'],
    topic: 'authorities',
    wording: 'portal',
    en: 'Has your State designated competent national authorities to regulate transfers of conventional arms, ammunition/munitions, and parts and components?',
    fr: 'Votre État a-t-il désigné des autorités nationales compétentes chargées de réglementer les transferts d’armes classiques, de munitions et de pièces et composants ?',
    es: '¿Ha designado su Estado autoridades nacionales competentes para regular las transferencias de armas convencionales, municiones y piezas y componentes?',
  }),
  q({
    id: 'A2.2',
    section: 'A',
    articles: ['5(6)'],
    topic: 'contact_points',
    wording: 'portal',
    en: 'Has your State designated one or more national points of contact and notified them to the ATT Secretariat?',
    fr: 'Votre État a-t-il désigné un ou plusieurs points de contact nationaux et les a-t-il notifiés au secrétariat du TCA ?',
    es: '¿Ha designado su Estado uno o varios puntos de contacto nacionales y los ha notificado a la Secretaría del TCA?',
  }),
  q({
    id: 'A3.1',
    section: 'A',
    articles: ['5(5)'],
    topic: 'export',
    wording: 'template',
    en: 'Is the control of arms exports established in national legislation?',
    fr: 'Le contrôle des exportations d’armes est-il établi par la législation nationale ?',
    es: '¿Está establecido el control de las exportaciones de armas en la legislación nacional?',
  }),
  q({
    id: 'A3.2',
    section: 'A',
    articles: ['7(5)'],
    topic: 'export',
    wording: 'template',
    en: 'Does your State take measures to ensure that all export authorizations are detailed and issued prior to the export?',
    fr: 'Votre État prend-il des mesures pour que toutes les autorisations d’exportation soient détaillées et délivrées avant l’exportation ?',
    es: '¿Adopta su Estado medidas para garantizar que todas las autorizaciones de exportación sean detalladas y se expidan antes de la exportación?',
  }),
  q({
    id: 'A3.3a',
    section: 'A',
    articles: ['6(1)'],
    topic: 'prohibitions',
    wording: 'portal',
    en: 'Does your State refuse any transfer that would violate measures adopted by the UN Security Council under Chapter VII of the UN Charter, in particular arms embargoes?',
    fr: 'Votre État refuse-t-il tout transfert qui violerait des mesures adoptées par le Conseil de sécurité de l’ONU en vertu du Chapitre VII de la Charte, en particulier les embargos sur les armes ?',
    es: '¿Deniega su Estado toda transferencia que viole medidas adoptadas por el Consejo de Seguridad de las Naciones Unidas en virtud del Capítulo VII de la Carta, en particular los embargos de armas?',
  }),
  q({
    id: 'A3.3b',
    section: 'A',
    articles: ['6(2)'],
    topic: 'prohibitions',
    wording: 'portal',
    en: 'Does your State refuse any transfer that would violate its relevant obligations under international agreements to which it is a Party?',
    fr: 'Votre État refuse-t-il tout transfert qui violerait ses obligations pertinentes en vertu des accords internationaux auxquels il est partie ?',
    es: '¿Deniega su Estado toda transferencia que viole sus obligaciones pertinentes en virtud de acuerdos internacionales en los que es parte?',
  }),
  q({
    id: 'A3.3c',
    section: 'A',
    articles: ['6(3)'],
    topic: 'prohibitions',
    wording: 'portal',
    en: 'Does your State refuse any transfer if it knows at the time of authorization that the arms or items would be used in the commission of genocide, crimes against humanity, grave breaches of the Geneva Conventions of 1949, attacks directed against civilians or civilian objects, or other war crimes?',
    fr: 'Votre État refuse-t-il tout transfert s’il a connaissance, au moment de l’autorisation, que les armes ou les biens serviraient à commettre un génocide, des crimes contre l’humanité, des infractions graves aux Conventions de Genève de 1949, des attaques dirigées contre des civils ou des biens de caractère civil, ou d’autres crimes de guerre ?',
    es: '¿Deniega su Estado toda transferencia si, en el momento de la autorización, tiene conocimiento de que las armas o los elementos se utilizarían para cometer genocidio, crímenes de lesa humanidad, infracciones graves de los Convenios de Ginebra de 1949, ataques dirigidos contra civiles o bienes de carácter civil, u otros crímenes de guerra?',
  }),
  q({
    id: 'A3.4',
    section: 'A',
    articles: ['7(1)'],
    topic: 'export',
    wording: 'portal',
    en: 'Before authorizing an export, does your State assess the potential that the arms or items would contribute to or undermine peace and security, or could be used to commit or facilitate serious violations of international humanitarian law or international human rights law, or offences under conventions on terrorism or transnational organized crime?',
    fr: 'Avant d’autoriser une exportation, votre État évalue-t-il si les armes ou les biens contribueraient ou porteraient atteinte à la paix et à la sécurité, ou pourraient servir à commettre ou à faciliter une violation grave du droit international humanitaire ou du droit international des droits de l’homme, ou une infraction au regard des conventions relatives au terrorisme ou à la criminalité transnationale organisée ?',
    es: 'Antes de autorizar una exportación, ¿evalúa su Estado la posibilidad de que las armas o los elementos contribuyan a la paz y la seguridad o la menoscaben, o puedan utilizarse para cometer o facilitar violaciones graves del derecho internacional humanitario o del derecho internacional de los derechos humanos, o delitos tipificados en convenios relativos al terrorismo o a la delincuencia organizada transnacional?',
  }),
  q({
    id: 'A3.5',
    section: 'A',
    articles: ['7(2)'],
    topic: 'export',
    wording: 'portal',
    en: 'Does your State consider measures to mitigate the risks identified in the export assessment?',
    fr: 'Votre État envisage-t-il des mesures d’atténuation des risques recensés lors de l’évaluation des exportations ?',
    es: '¿Considera su Estado medidas para mitigar los riesgos detectados en la evaluación de las exportaciones?',
  }),
  q({
    id: 'A3.6',
    section: 'A',
    articles: ['7(3)'],
    topic: 'export',
    wording: 'portal',
    en: 'Does your State refuse an export if it determines that there is an overriding risk of any of the negative consequences assessed?',
    fr: 'Votre État refuse-t-il une exportation s’il conclut à l’existence d’un risque prépondérant de l’une des conséquences négatives évaluées ?',
    es: '¿Deniega su Estado una exportación si determina que existe un riesgo preponderante de cualquiera de las consecuencias negativas evaluadas?',
  }),
  q({
    id: 'A3.7',
    section: 'A',
    articles: ['7(4)'],
    topic: 'export',
    wording: 'portal',
    en: 'Does the export assessment take into account the risk of the arms or items being used to commit or facilitate serious acts of gender-based violence or serious acts of violence against women and children?',
    fr: 'L’évaluation des exportations tient-elle compte du risque que les armes ou les biens servent à commettre ou à faciliter des actes graves de violence fondée sur le sexe ou des actes graves de violence contre les femmes et les enfants ?',
    es: '¿Tiene en cuenta la evaluación de las exportaciones el riesgo de que las armas o los elementos se utilicen para cometer o facilitar actos graves de violencia por motivos de género o actos graves de violencia contra mujeres y niños?',
  }),
  q({
    id: 'A3.8',
    section: 'A',
    articles: ['7(6)'],
    topic: 'export',
    wording: 'portal',
    en: 'Does your State make appropriate information about an export authorization available, upon request, to the importing State and to transit or trans-shipment States?',
    fr: 'Votre État communique-t-il, sur demande, des informations appropriées sur une autorisation d’exportation à l’État importateur et aux États de transit ou de transbordement ?',
    es: '¿Facilita su Estado, previa solicitud, información adecuada sobre una autorización de exportación al Estado importador y a los Estados de tránsito o transbordo?',
  }),
  q({
    id: 'A3.9',
    section: 'A',
    articles: ['3', '4'],
    topic: 'export',
    wording: 'portal',
    en: 'Does your State apply the prohibitions (Art. 6) and the export assessment (Art. 7) before authorizing exports of ammunition/munitions and of parts and components?',
    fr: 'Votre État applique-t-il les interdictions (art. 6) et l’évaluation des exportations (art. 7) avant d’autoriser l’exportation de munitions et de pièces et composants ?',
    es: '¿Aplica su Estado las prohibiciones (art. 6) y la evaluación de las exportaciones (art. 7) antes de autorizar la exportación de municiones y de piezas y componentes?',
  }),
  q({
    id: 'A4.1',
    section: 'A',
    articles: ['8(1)'],
    topic: 'import',
    wording: 'portal',
    en: 'Does your State take measures to provide appropriate and relevant information, upon request, to an exporting State to assist its export assessment?',
    fr: 'Votre État prend-il des mesures pour fournir, sur demande, des informations appropriées et pertinentes à l’État exportateur afin de l’aider dans son évaluation des exportations ?',
    es: '¿Adopta su Estado medidas para proporcionar, previa solicitud, información adecuada y pertinente al Estado exportador a fin de ayudarlo en su evaluación de las exportaciones?',
  }),
  q({
    id: 'A4.2',
    section: 'A',
    articles: ['8(2)'],
    topic: 'import',
    wording: 'portal',
    en: 'Does your State take measures that allow it to regulate, where necessary, imports of conventional arms under its jurisdiction?',
    fr: 'Votre État prend-il des mesures lui permettant de réglementer, si nécessaire, les importations d’armes classiques relevant de sa juridiction ?',
    es: '¿Adopta su Estado medidas que le permitan regular, cuando sea necesario, las importaciones de armas convencionales bajo su jurisdicción?',
  }),
  q({
    id: 'A5.1',
    section: 'A',
    articles: ['9'],
    topic: 'transit',
    wording: 'portal',
    en: 'Does your State take appropriate measures to regulate, where necessary and feasible, the transit or trans-shipment of conventional arms through its territory?',
    fr: 'Votre État prend-il des mesures appropriées pour réglementer, lorsque cela est nécessaire et possible, le transit ou le transbordement d’armes classiques sur son territoire ?',
    es: '¿Adopta su Estado medidas apropiadas para regular, cuando sea necesario y factible, el tránsito o transbordo de armas convencionales a través de su territorio?',
  }),
  q({
    id: 'A6.1',
    section: 'A',
    articles: ['10'],
    topic: 'brokering',
    wording: 'portal',
    en: 'Does your State take measures to regulate brokering of conventional arms taking place under its jurisdiction?',
    fr: 'Votre État prend-il des mesures pour réglementer les activités de courtage d’armes classiques relevant de sa juridiction ?',
    es: '¿Adopta su Estado medidas para regular el corretaje de armas convencionales que tenga lugar bajo su jurisdicción?',
  }),
  q({
    id: 'A7.1',
    section: 'A',
    articles: ['11(1)'],
    topic: 'diversion',
    wording: 'portal',
    en: 'When involved in a transfer of conventional arms, does your State take measures to prevent their diversion?',
    fr: 'Lorsqu’il participe à un transfert d’armes classiques, votre État prend-il des mesures pour prévenir leur détournement ?',
    es: 'Cuando participa en una transferencia de armas convencionales, ¿adopta su Estado medidas para prevenir su desvío?',
  }),
  q({
    id: 'A7.2',
    section: 'A',
    articles: ['11(2)'],
    topic: 'diversion',
    wording: 'portal',
    en: 'Does your State assess the risk of diversion of an export and consider mitigation measures?',
    fr: 'Votre État évalue-t-il le risque de détournement d’une exportation et envisage-t-il des mesures d’atténuation ?',
    es: '¿Evalúa su Estado el riesgo de desvío de una exportación y considera medidas de mitigación?',
  }),
  q({
    id: 'A7.3',
    section: 'A',
    articles: ['11(3)'],
    topic: 'diversion',
    wording: 'portal',
    en: 'Does your State cooperate and exchange information with importing, transit, trans-shipment and exporting States to mitigate the risk of diversion?',
    fr: 'Votre État coopère-t-il et échange-t-il des informations avec les États importateurs, de transit, de transbordement et exportateurs afin d’atténuer le risque de détournement ?',
    es: '¿Coopera su Estado e intercambia información con los Estados importadores, de tránsito, de transbordo y exportadores para mitigar el riesgo de desvío?',
  }),
  q({
    id: 'A7.4',
    section: 'A',
    articles: ['11(4)'],
    topic: 'diversion',
    wording: 'portal',
    en: 'If your State detects a diversion of transferred conventional arms, does it take appropriate measures to address it (e.g. alerting affected States, examining shipments, investigation and law enforcement)?',
    fr: 'Si votre État détecte un détournement d’armes classiques transférées, prend-il des mesures appropriées pour y remédier (p. ex. alerter les États touchés, examiner les cargaisons, enquêter et faire appliquer la loi) ?',
    es: 'Si su Estado detecta un desvío de armas convencionales transferidas, ¿adopta medidas apropiadas para hacerle frente (p. ej., alertar a los Estados afectados, examinar los envíos, investigar y hacer cumplir la ley)?',
  }),
  q({
    id: 'A8.1',
    section: 'A',
    articles: ['12(1)'],
    topic: 'records',
    wording: 'portal',
    en: 'Does your State maintain national records of its export authorizations or of its actual exports of conventional arms?',
    fr: 'Votre État tient-il des registres nationaux des autorisations d’exportation qu’il délivre ou de ses exportations effectives d’armes classiques ?',
    es: '¿Lleva su Estado registros nacionales de las autorizaciones de exportación que expide o de sus exportaciones efectivas de armas convencionales?',
  }),
  q({
    id: 'A8.2',
    section: 'A',
    articles: ['12(4)'],
    topic: 'records',
    wording: 'portal',
    en: 'Are these records kept for a minimum of ten years?',
    fr: 'Ces registres sont-ils conservés pendant au moins dix ans ?',
    es: '¿Se conservan estos registros durante un mínimo de diez años?',
  }),
  q({
    id: 'A9.1',
    section: 'A',
    articles: ['14'],
    topic: 'enforcement',
    wording: 'portal',
    en: 'Has your State taken appropriate measures to enforce the national laws and regulations that implement the Treaty (e.g. penalties for violations)?',
    fr: 'Votre État a-t-il pris des mesures appropriées pour faire appliquer les lois et règlements nationaux qui mettent en œuvre le Traité (p. ex. des sanctions en cas d’infraction) ?',
    es: '¿Ha adoptado su Estado medidas apropiadas para hacer cumplir las leyes y reglamentos nacionales que aplican el Tratado (p. ej., sanciones por infracciones)?',
  }),
  q({
    id: 'A10.1',
    section: 'A',
    articles: ['15(1)'],
    topic: 'cooperation',
    wording: 'portal',
    en: 'Does your State cooperate with other States Parties to implement the Treaty effectively?',
    fr: 'Votre État coopère-t-il avec les autres États Parties pour mettre en œuvre efficacement le Traité ?',
    es: '¿Coopera su Estado con los demás Estados Partes para aplicar eficazmente el Tratado?',
  }),
  q({
    id: 'A10.2',
    section: 'A',
    articles: ['15(5)'],
    topic: 'cooperation',
    wording: 'portal',
    en: 'Where jointly agreed, does your State afford other States Parties assistance in investigations, prosecutions and judicial proceedings relating to violations of national measures implementing the Treaty?',
    fr: 'Lorsque cela a été convenu d’un commun accord, votre État prête-t-il assistance aux autres États Parties dans les enquêtes, poursuites et procédures judiciaires relatives aux violations des mesures nationales de mise en œuvre du Traité ?',
    es: 'Cuando se haya acordado mutuamente, ¿presta su Estado asistencia a otros Estados Partes en investigaciones, enjuiciamientos y procedimientos judiciales relativos a infracciones de las medidas nacionales de aplicación del Tratado?',
  }),
];

const sectionB: InitialQuestion[] = [
  q({
    id: 'B1',
    section: 'B',
    articles: ['5(3)'],
    topic: 'control_list',
    wording: 'portal',
    en: 'Does your State apply the provisions of the Treaty to a broader range of conventional arms than the eight categories of Art. 2(1)?',
    fr: 'Votre État applique-t-il les dispositions du Traité à un éventail d’armes classiques plus large que les huit catégories de l’art. 2(1) ?',
    es: '¿Aplica su Estado las disposiciones del Tratado a una gama de armas convencionales más amplia que las ocho categorías del art. 2(1)?',
  }),
  q({
    id: 'B2',
    section: 'B',
    articles: ['5(4)'],
    topic: 'control_list',
    wording: 'template',
    en: 'Is/are your national control list(s) publicly available?',
    fr: 'Votre ou vos listes de contrôle nationales sont-elles accessibles au public ?',
    es: '¿Está(n) su(s) lista(s) nacional(es) de control a disposición del público?',
  }),
  q({
    id: 'B3',
    section: 'B',
    articles: ['7(7)'],
    topic: 'export',
    wording: 'portal',
    en: 'If new relevant information emerges after an export authorization has been granted, does your State reassess the authorization?',
    fr: 'Si de nouvelles informations pertinentes apparaissent après l’octroi d’une autorisation d’exportation, votre État réévalue-t-il l’autorisation ?',
    es: 'Si surge nueva información pertinente después de concedida una autorización de exportación, ¿vuelve a evaluar su Estado la autorización?',
  }),
  q({
    id: 'B4',
    section: 'B',
    articles: ['8(1)'],
    topic: 'end_use',
    wording: 'portal',
    en: 'As an importing State, does your State provide end-use or end-user documentation to exporting States?',
    fr: 'En tant qu’État importateur, votre État fournit-il aux États exportateurs des documents relatifs à l’utilisation finale ou à l’utilisateur final ?',
    es: 'Como Estado importador, ¿proporciona su Estado a los Estados exportadores documentación sobre el uso final o el usuario final?',
  }),
  q({
    id: 'B5',
    section: 'B',
    articles: ['8(2)'],
    topic: 'import',
    wording: 'portal',
    en: 'Does your State operate an import system (e.g. import authorizations) for conventional arms?',
    fr: 'Votre État applique-t-il un régime d’importation (p. ex. des autorisations d’importation) pour les armes classiques ?',
    es: '¿Aplica su Estado un sistema de importación (p. ej., autorizaciones de importación) para las armas convencionales?',
  }),
  q({
    id: 'B6',
    section: 'B',
    articles: ['8(3)'],
    topic: 'import',
    wording: 'portal',
    en: 'As a country of final destination, does your State request information from exporting States on pending or actual export authorizations?',
    fr: 'En tant que pays de destination finale, votre État demande-t-il aux États exportateurs des informations sur les autorisations d’exportation en attente ou accordées ?',
    es: 'Como país de destino final, ¿solicita su Estado a los Estados exportadores información sobre autorizaciones de exportación pendientes o concedidas?',
  }),
  q({
    id: 'B7',
    section: 'B',
    articles: ['10'],
    topic: 'brokering',
    wording: 'portal',
    en: 'Does your State require brokers to register or to obtain written authorization before engaging in brokering?',
    fr: 'Votre État exige-t-il que les courtiers s’enregistrent ou obtiennent une autorisation écrite avant d’exercer des activités de courtage ?',
    es: '¿Exige su Estado que los intermediarios se inscriban en un registro u obtengan una autorización por escrito antes de realizar actividades de corretaje?',
  }),
  q({
    id: 'B8',
    section: 'B',
    articles: ['11(2)'],
    topic: 'end_use',
    wording: 'portal',
    en: 'To prevent the diversion of exports, does your State examine the parties involved or require additional documentation, certificates or assurances (e.g. end-user certificates)?',
    fr: 'Pour prévenir le détournement des exportations, votre État examine-t-il les parties concernées ou exige-t-il des documents, certificats ou assurances supplémentaires (p. ex. des certificats d’utilisateur final) ?',
    es: 'Para prevenir el desvío de las exportaciones, ¿examina su Estado a las partes que intervienen o exige documentación, certificados o garantías adicionales (p. ej., certificados de usuario final)?',
  }),
  q({
    id: 'B9',
    section: 'B',
    articles: ['11(5)'],
    topic: 'diversion',
    wording: 'portal',
    en: 'Does your State share information with other States Parties on effective measures to address diversion (e.g. illicit brokers, trafficking routes, methods of concealment)?',
    fr: 'Votre État échange-t-il avec les autres États Parties des informations sur les mesures efficaces de lutte contre le détournement (p. ex. courtiers illicites, itinéraires de trafic, méthodes de dissimulation) ?',
    es: '¿Comparte su Estado con otros Estados Partes información sobre medidas eficaces para hacer frente al desvío (p. ej., intermediarios ilícitos, rutas de tráfico, métodos de ocultación)?',
  }),
  q({
    id: 'B10',
    section: 'B',
    articles: ['11(6)', '13(2)'],
    topic: 'diversion',
    wording: 'portal',
    en: 'Does your State report to other States Parties, through the Secretariat, on measures taken to address the diversion of transferred conventional arms?',
    fr: 'Votre État rend-il compte aux autres États Parties, par l’intermédiaire du secrétariat, des mesures prises pour lutter contre le détournement d’armes classiques transférées ?',
    es: '¿Informa su Estado a los demás Estados Partes, por conducto de la Secretaría, de las medidas adoptadas para hacer frente al desvío de armas convencionales transferidas?',
  }),
  q({
    id: 'B11',
    section: 'B',
    articles: ['12(2)'],
    topic: 'records',
    wording: 'portal',
    en: 'Does your State keep records of conventional arms transferred to its territory as the final destination, or authorized to transit or trans-ship territory under its jurisdiction?',
    fr: 'Votre État tient-il des registres des armes classiques transférées vers son territoire en tant que destination finale, ou autorisées à transiter ou à être transbordées sur un territoire relevant de sa juridiction ?',
    es: '¿Lleva su Estado registros de las armas convencionales transferidas a su territorio como destino final o autorizadas a transitar o ser transbordadas por un territorio bajo su jurisdicción?',
  }),
  q({
    id: 'B12',
    section: 'B',
    articles: ['12(3)'],
    topic: 'records',
    wording: 'portal',
    en: 'Do these records include quantity, value, model/type, the States involved and the end users?',
    fr: 'Ces registres indiquent-ils la quantité, la valeur, le modèle ou type, les États concernés et les utilisateurs finaux ?',
    es: '¿Incluyen estos registros la cantidad, el valor, el modelo o tipo, los Estados involucrados y los usuarios finales?',
  }),
  q({
    id: 'B13',
    section: 'B',
    articles: ['15(6)'],
    topic: 'enforcement',
    wording: 'portal',
    en: 'Has your State taken national measures to prevent transfers of conventional arms from becoming subject to corrupt practices?',
    fr: 'Votre État a-t-il pris des mesures nationales pour éviter que les transferts d’armes classiques ne donnent lieu à des pratiques de corruption ?',
    es: '¿Ha adoptado su Estado medidas nacionales para evitar que las transferencias de armas convencionales sean objeto de prácticas corruptas?',
  }),
  q({
    id: 'B14',
    section: 'B',
    articles: ['16(1)'],
    topic: 'assistance',
    wording: 'portal',
    en: 'Does your State seek international assistance to implement the Treaty?',
    fr: 'Votre État sollicite-t-il une assistance internationale pour mettre en œuvre le Traité ?',
    es: '¿Solicita su Estado asistencia internacional para aplicar el Tratado?',
  }),
];

/** Every question, in catalogue order (the order of the template, then of the Treaty). */
export const INITIAL_QUESTIONS: readonly InitialQuestion[] = [...sectionA1, ...sectionA2toA10, ...sectionB];

/** Headings of the question groups (the id up to the first dot, or B), for the matrix's column groups. */
export const INITIAL_GROUPS: Readonly<Record<string, Translated>> = {
  A1: { en: 'National control system and control list', fr: 'Système national de contrôle et liste de contrôle', es: 'Sistema nacional de control y lista de control' },
  A2: { en: 'Competent national authorities and points of contact', fr: 'Autorités nationales compétentes et points de contact', es: 'Autoridades nacionales competentes y puntos de contacto' },
  A3: { en: 'Prohibitions and export', fr: 'Interdictions et exportation', es: 'Prohibiciones y exportación' },
  A4: { en: 'Import', fr: 'Importation', es: 'Importación' },
  A5: { en: 'Transit and trans-shipment', fr: 'Transit et transbordement', es: 'Tránsito y transbordo' },
  A6: { en: 'Brokering', fr: 'Courtage', es: 'Corretaje' },
  A7: { en: 'Diversion', fr: 'Détournement', es: 'Desvío' },
  A8: { en: 'Record keeping', fr: 'Tenue de registres', es: 'Registros' },
  A9: { en: 'Enforcement', fr: 'Application des lois', es: 'Aplicación de la ley' },
  A10: { en: 'International cooperation', fr: 'Coopération internationale', es: 'Cooperación internacional' },
  B: { en: 'Section B: encouraged measures', fr: 'Section B : mesures encouragées', es: 'Sección B: medidas alentadas' },
};

/** The group of a question id: 'A3' for A3.3b, 'B' for B12. */
export function groupOf(id: string): string {
  return id.startsWith('B') ? 'B' : id.split('.')[0]!;
}

/** A lookup by id as a transcriber wrote it: case and surrounding spaces do not matter. */
export function questionLookup(questions: readonly InitialQuestion[]): (idAsWritten: string) => InitialQuestion | undefined {
  const byKey = new Map(questions.map((question) => [question.id.toLowerCase(), question]));
  return (idAsWritten) => byKey.get(idAsWritten.trim().toLowerCase());
}

/** Looks a question of the catalogue up by its id as written. */
export const findQuestion = questionLookup(INITIAL_QUESTIONS);
