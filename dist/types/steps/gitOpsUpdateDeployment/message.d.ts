export interface DeployedImage {
    /** The reference written. */
    reference: string;
    /** `registry/repository`, no tag or digest: the image Piper's subject names. */
    name: string;
    shortName: string;
    digest: string | undefined;
    tag: string | undefined;
    /** What the files held before, each distinct value once. */
    previous: readonly string[];
}
export interface MessageInput {
    template?: string | undefined;
    images: readonly DeployedImage[];
    files: readonly string[];
    sourceRevision?: string | undefined;
}
/** Throws a ConfigError naming an unknown placeholder, so a typo is found before anything is cloned. */
export declare function checkTemplate(template: string): void;
export declare function renderCommitMessage(input: MessageInput): string;
