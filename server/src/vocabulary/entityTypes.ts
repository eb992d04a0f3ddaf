// The entity types: one definition, read by the core (types, CoNLL labels), the server (semantic
// token types, hovers, code actions), the client (the Entities view, the correction commands) and
// the test that holds package.json to it. Adding a type starts here.

export interface EntityTypeInfo {
  /** The type as the analysis names it (DumpAnalysis, settings, annotation files). */
  readonly id: string;
  /** One of them, in hovers and correction titles: "Person". */
  readonly label: string;
  /** A group of them, in the Entities view: "People". */
  readonly plural: string;
  /** The CoNLL / IOB2 label of exports and of the tagger's training data. */
  readonly conll: string;
  /** A codicon for the Entities view. */
  readonly icon: string;
  /** The command that marks a mention as this type ("News Lens: Mark as Person"). */
  readonly markCommand: string;
  /** The semantic token type and the theme scope it falls back to (declared in package.json). */
  readonly tokenSuperType: string;
  readonly scope: string;
  /** Coloured and listed unless the user's `newsLens.entities.types` says otherwise. */
  readonly shownByDefault: boolean;
  /** Its colour in the graphic views: a theme colour (`charts.*`), so it follows the colour theme. */
  readonly chartColor: string;
}

export const ENTITY_TYPES = [
  {
    id: "person",
    label: "Person",
    plural: "People",
    conll: "PER",
    icon: "person",
    markCommand: "newsLens.markPerson",
    tokenSuperType: "function",
    scope: "entity.name.function.person.newsdump",
    shownByDefault: true,
    chartColor: "charts.yellow",
  },
  {
    id: "organization",
    label: "Organization",
    plural: "Organizations",
    conll: "ORG",
    icon: "organization",
    markCommand: "newsLens.markOrganization",
    tokenSuperType: "class",
    scope: "entity.name.type.class.organization.newsdump",
    shownByDefault: true,
    chartColor: "charts.green",
  },
  {
    id: "location",
    label: "Location",
    plural: "Places",
    conll: "LOC",
    icon: "location",
    markCommand: "newsLens.markLocation",
    tokenSuperType: "enumMember",
    scope: "variable.other.enummember.location.newsdump",
    shownByDefault: true,
    chartColor: "charts.blue",
  },
  {
    id: "misc",
    label: "Other",
    plural: "Other names",
    conll: "MISC",
    icon: "symbol-misc",
    markCommand: "newsLens.markOther",
    tokenSuperType: "macro",
    scope: "entity.name.other.misc.newsdump",
    shownByDefault: false,
    chartColor: "charts.purple",
  },
] as const satisfies readonly EntityTypeInfo[];

export type EntityType = (typeof ENTITY_TYPES)[number]["id"];

export const ENTITY_TYPE_IDS: readonly EntityType[] = ENTITY_TYPES.map((t) => t.id);

/** The types coloured and listed by default. */
export const DEFAULT_ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t.shownByDefault).map((t) => t.id);

export function entityTypeInfo(type: EntityType): EntityTypeInfo {
  return ENTITY_TYPES.find((t) => t.id === type)!;
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && (ENTITY_TYPE_IDS as readonly string[]).includes(value);
}

/** What a correction can make of a mention: one of the types, or "none" (Not an Entity). */
export type CorrectionType = EntityType | "none";

export const NOT_AN_ENTITY = { id: "none", label: "Not an Entity", markCommand: "newsLens.notAnEntity" } as const;

export const CORRECTION_TYPES: readonly CorrectionType[] = [...ENTITY_TYPE_IDS, NOT_AN_ENTITY.id];

export function correctionLabel(type: CorrectionType): string {
  return type === NOT_AN_ENTITY.id ? NOT_AN_ENTITY.label : entityTypeInfo(type).label;
}

export function isCorrectionType(value: unknown): value is CorrectionType {
  return value === NOT_AN_ENTITY.id || isEntityType(value);
}
