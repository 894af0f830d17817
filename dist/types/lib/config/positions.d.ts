/** `positionKey('steps.imagePushToRegistry', 'targetRegistryUrl')`; the section itself has key ''. */
export declare function positionKey(section: string, key: string): string;
/**
 * Lines of the keys of general, stages.<S> and steps.<S> and of those sections themselves. Best
 * effort: text js-yaml accepted but this parser reads differently gets fewer lines, never an error.
 */
export declare function keyLines(text: string): ReadonlyMap<string, number>;
